/// Frame: the subject's counterparts, named by their countries only.
///
///     SUBJECT VERB … (his|her|their) (counterparts|colleagues|counterpart|colleague) (from|of)
///         [the] COUNTRY[, COUNTRY] [and COUNTRY]
///     "X held meetings with his colleagues from Kestria and Norvia"
///
/// Each country stands for the article's one person (named anywhere in it) affiliated with that
/// country whose role has the head of the subject's role (a minister's counterparts are its
/// ministers: `ArticleContext.holder`); a country with no such person, or several, stands for no
/// one. The subject met each of them: the meetings are pairs.
///
/// Counterexample: a subject with no known role, or a country whose article names two ministers,
/// gives no one for that country.
extension MeetingMatcher {
    static let counterpartNouns: WordKeys = ["counterpart", "counterparts", "colleague", "colleagues"]
    static let possessivePronouns: WordKeys = ["his", "her", "their"]

    func counterparts(from i: Int, of subject: Subject) -> Objects? {
        guard subject.people.count == 1, let p = word(i), Self.possessivePronouns.contains(p),
            let n = word(i + 1), Self.counterpartNouns.contains(n), isWord(i + 2, "from") || isWord(i + 2, "of")
        else { return nil }
        var k = isWord(i + 3, "the") ? i + 4 : i + 3
        var countries: [String] = []
        while k < t.count, t[k].kind == .entity, t[k].type == .country, !t[k].possessive {
            countries.append(id(k))
            k += 1
            let more = isPunct(k, ",") || isWord(k, "and")
            guard more, k + 1 < t.count, t[k + 1].kind == .entity || isWord(k + 1, "and") else { break }
            k += isPunct(k, ",") && isWord(k + 1, "and") ? 2 : 1
        }
        let who = article.r.entities[subject.people[0]]
        guard !countries.isEmpty,
            let head = who.roles.lazy.compactMap({ Self.roleHead(of: $0) }).first
        else { return nil }
        let people = countries.compactMap { c in
            article.holder(of: head, anyOf: [], country: c).flatMap { article.r.entities[$0].id == who.id ? nil : $0 }
        }
        guard !people.isEmpty else { return nil }
        return Objects(people: people, end: k, unnamed: people.count < countries.count, paired: true)
    }

    /// The last word of a role title that heads an office ("minister" of "Minister of Foreign
    /// Affairs" and of "Foreign Minister").
    static func roleHead(of role: String) -> String? {
        role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            .last { Words.roleHeads.contains(Word($0)) }
    }
}
