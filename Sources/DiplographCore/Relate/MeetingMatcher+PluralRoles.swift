/// Frame: a plural office with the countries of its holders as the subject of a meeting verb.
///
///     [the] [MODIFIERS] OFFICE-PLURAL (from|of) [the] COUNTRY, COUNTRY and COUNTRY VERB …
///     "Foreign ministers from Kestria, Norvia and Zembla met in Port Vela on Monday"
///     "The foreign and defence ministers of Kestria and Norvia held talks"
///     "The presidents of Kestria and Norvia have held talks" (auxiliaries before the verb)
///
/// Each country stands for the article's one person (named anywhere in it) who is affiliated
/// with that country and whose role holds the office and one of the modifiers; a country with
/// no such person, or with several, stands for no one (no guessing). Two people at least.
extension MeetingMatcher {
    func pluralRoleSubject(before v: Int) -> Subject? {
        // "Kestria and Norvia's leaders met" (`MeetingMatcher+CountryLeader.swift`)
        if let s = countriesLeadersSubject(before: v) { return s }
        // The countries, back from the verb and its auxiliaries: "The foreign ministers of Kestria
        // and Norvia have met", "… also held talks" (dev articles 1ad9101810ffcd82 and
        // eeead79f284515bc, two outlets).
        var j = v - 1
        while j > 0, let w = word(j), Words.auxiliaryWords.contains(w) { j -= 1 }
        var countries: [String] = []
        while j >= 0, v - j < 16 {
            if t[j].kind == .entity, t[j].type == .country, !t[j].possessive {
                countries.append(id(j))
            } else if !(isPunct(j, ",") || isWord(j, "and")) {
                break
            }
            j -= 1
        }
        guard countries.count >= 2, isWord(j, "from") || isWord(j, "of") else { return nil }
        j -= 1
        // The office: a plural role head and its modifiers ("foreign and defence ministers").
        guard let plural = word(j), Words.pairNouns.contains(plural) || Words.roleHeads.contains(plural) else {
            return nil
        }
        var head = lowercasedWord(j)
        if head.hasSuffix("s") { head.removeLast() }
        guard Words.roleHeads.contains(Word(head)) || Self.leaderNouns.contains(Word(head)) else { return nil }
        var modifiers: [String] = []
        var k = j - 1
        while k >= 0, let w = word(k), Words.roleModifiers.contains(w) || w == "and" {
            if w != "and" { modifiers.append(lowercasedWord(k)) }
            k -= 1
        }
        var people: [Int] = []
        for c in countries {
            // "the leaders of Kestria and Norvia": each country's one top office holder.
            let p =
                Self.leaderNouns.contains(Word(head)) && modifiers.isEmpty
                ? article.leader(of: c, upTo: sentence) : article.holder(of: head, anyOf: modifiers, country: c)
            if let p { people.append(p) }
        }
        guard people.count >= 2 else { return nil }
        return Subject(people: people, start: k + 1)
    }
}

extension ArticleContext {
    /// The article's one person (by id) affiliated with `country` whose role holds `head` and,
    /// when `modifiers` are given, one of them, and no rank word ("deputy", "vice") that they
    /// lack: "foreign ministers of Kestria" is Kestria's foreign minister, not its deputy.
    func holder(of head: String, anyOf modifiers: [String], country: String) -> Int? {
        var found: Int?
        for (i, e) in r.entities.enumerated() where e.type == .person && sides[e.id] == country {
            let fits = (officeRoles[e.id] ?? []).contains { words in
                words.contains(head) && (modifiers.isEmpty || modifiers.contains(where: words.contains))
                    && !words.contains(where: { MeetingLexicon.rankWords.contains($0) && !modifiers.contains($0) })
            }
            guard fits else { continue }
            if let f = found, r.entities[f].id != e.id { return nil }
            found = found ?? i
        }
        return found
    }
}
