/// Rule: a role mention may name an office by a description ("monarch", "leader"), and an
/// office that two people of the article hold goes to the article's protagonist.
///
///     the [COUNTRY-ADJ] monarch | the COUNTRY-ADJ leader | COUNTRY's leader
///     "The monarch also met President Eva Holm"             (the article's one king or queen)
///     "The visiting Kestrian leader also met Ivo Brandt"     (Kestria's one top office holder)
///     "King Oskar received Y. … Also on Wednesday, the King received Z"
///                                  (two kings: King Oskar opens the article and is named most)
///
/// A "monarch" is a king, queen, emir, sultan or emperor; a "leader" is the holder of a top
/// office (`ArticleContext.topOffices`, or prime minister) without a rank word, and only a
/// country's leader: "the leader" alone, "the opposition leader" are no role mention.
///
/// Protagonist: when two or more people fit a role mention (and so far it named no one), the
/// one the article names first is the mention when it fits and the article names it more often
/// than every other fitting person — the person the report is about ("Prime Minister X said …
/// X chaired … On Thursday, the prime minister met Y" in a report that also quotes X's foreign
/// counterpart once). Named first but no more often than another: no one, still no guess.
extension ArticleContext {
    /// Heads of a role mention that describe an office rather than name it.
    static let describedHeads: WordKeys = ["monarch", "leader"]

    /// Offices a monarch holds.
    private static let monarchOffices: Set<String> = ["king", "queen", "emir", "sultan", "emperor", "monarch"]

    /// True when a role whose words are `role` holds the described office `word`; nil when
    /// `word` describes no office (it must then be a word of the role).
    static func describedFits(_ role: [String], _ word: String) -> Bool? {
        // Most role words are neither: one byte settles it before any string comparison.
        guard let b = word.utf8.first, b == UInt8(ascii: "m") || b == UInt8(ascii: "l") else { return nil }
        switch word {
        case "monarch":
            return role.contains(where: monarchOffices.contains)
        case "leader":
            let top = role.contains(where: topOffices.contains) || (role.contains("prime") && role.contains("minister"))
            return top && !role.contains(where: MeetingLexicon.rankWords.contains)
        default:
            return nil
        }
    }

    /// Of the person ids `fitting` (two or more), the article's protagonist: the person the
    /// article names first, when it is among them and named more often than each of the others.
    func protagonist(among fitting: [String], firstPerson: String?) -> String? {
        guard let lead = firstPerson, fitting.contains(lead) else { return nil }
        var count: [String: Int] = [:]
        for s in mentionsBySentence.indices {
            for m in mentionsBySentence[s] where r.entities[m.entity].type == .person {
                let id = r.entities[m.entity].id
                if fitting.contains(id) { count[id, default: 0] += 1 }
            }
        }
        let most = count[lead, default: 0]
        return fitting.allSatisfy({ $0 == lead || count[$0, default: 0] < most }) ? lead : nil
    }
}
