/// Frame helpers: a country's leader, and "both" for a pair, as the people of a description.
///
///     the COUNTRY-ADJECTIVE leader | COUNTRY's leader | COUNTRY's (prime minister|president) …
///     "Norvian President Tomas Berg met the Kestrian leader at the palace"   (Kestria's one leader)
///     "Kestria's prime minister met Berg on Tuesday"
///     "Both leaders met in the palace"   (the two people of the sentence before)
///     "Kestria and Norvia's leaders have met" / "the leaders of Kestria and Norvia met"
///
/// "Leader" stands for the article's one person affiliated with that country whose role is a
/// top office (president, prime minister, premier, chancellor, monarch) without a rank word
/// ("vice", "deputy"); a country with two such people (a president and a prime minister) has no
/// leader here. A possessive country opens a role description as "the" does, and restricts it to
/// people affiliated with that country.
///
/// Counterexample: "the Kestrian leader" in an article naming Kestria's president and prime
/// minister resolves to no one; "the opposition leader" names no country and stays no one.
extension MeetingMatcher {
    static let leaderNouns: WordKeys = ["leader"]

    func isPossessiveCountry(_ k: Int) -> Bool {
        k >= 0 && k < t.count && t[k].kind == .entity && t[k].type == .country && t[k].possessive
    }

    /// "Kestria and Norvia's leaders [have] met": each country's one leader (`ArticleContext.leader`),
    /// two at least, every country resolved.
    func countriesLeadersSubject(before v: Int) -> Subject? {
        var j = v - 1
        while j > 0, let w = word(j), Words.auxiliaryWords.contains(w) { j -= 1 }
        guard let w = word(j), w == "leaders", isPossessiveCountry(j - 1) else { return nil }
        var countries = [id(j - 1)]
        var k = j - 2
        while k >= 1, isWord(k, "and") || isPunct(k, ","), t[k - 1].kind == .entity, t[k - 1].type == .country,
            !t[k - 1].possessive
        {
            countries.append(id(k - 1))
            k -= 2
        }
        guard countries.count >= 2, Set(countries).count == countries.count else { return nil }
        let people = countries.compactMap { article.leader(of: $0, upTo: sentence) }
        guard people.count == countries.count else { return nil }
        return Subject(people: people.reversed(), start: k + 1)
    }

    /// "the two" or "both" before the plural noun at `j`: the token where the description starts.
    func pairDeterminer(before j: Int) -> Int? {
        if isWord(j - 1, "two"), isWord(j - 2, "the") { return j - 2 }
        if isWord(j - 1, "both") { return j - 1 }
        return nil
    }
}

extension ArticleContext {
    /// Words of a top office: a role holding one of them (and no rank word) leads its country.
    static let topOffices: Set<String> = [
        "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "taoiseach",
    ]

    /// The one person (by id) affiliated with `country`, named in sentence `s` or before it,
    /// whose role is a top office; when none is, the one such person of the whole article (a
    /// lead names the leaders the report names later, as a role mention does:
    /// `ArticleContext+RoleMentions.swift`); nil when none or two.
    func leader(of country: String, upTo s: Int) -> Int? {
        let last = mentionsBySentence.count - 1
        guard last >= 0 else { return nil }
        let before = leaders(of: country, in: 0...min(s, last))
        if !before.isEmpty || s >= last { return before.count == 1 ? before[0] : nil }
        let all = leaders(of: country, in: 0...last)
        return all.count == 1 ? all[0] : nil
    }

    /// The top office holders of `country` named in the sentences `range`: the first mention of
    /// each, two at most.
    private func leaders(of country: String, in range: ClosedRange<Int>) -> [Int] {
        var found: [Int] = []
        var ids: [String] = []
        for sentence in range {
            for m in mentionsBySentence[sentence] {
                let e = r.entities[m.entity]
                guard e.type == .person, sides[e.id] == country, !ids.contains(e.id) else { continue }
                let leads = (officeRoles[e.id] ?? []).contains { words in
                    let top =
                        words.contains(where: Self.topOffices.contains)
                        || (words.contains("prime") && words.contains("minister"))
                    return top && !words.contains(where: MeetingLexicon.rankWords.contains)
                }
                guard leads else { continue }
                ids.append(e.id)
                found.append(m.entity)
                if found.count == 2 { return found }
            }
        }
        return found
    }
}
