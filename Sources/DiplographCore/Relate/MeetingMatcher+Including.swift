/// Frame: a plural description of the people met, then the ones it includes by name.
///
///     VERB [with] [ADJ…] PLURAL-NOUN[,] including PERSON, PERSON [and PERSON]
///     "X met top Kestrian officials, including Prime Minister Y, Parliament Speaker Z, before …"
///     "X held talks with Norvia's top leadership, including President Y"
///
/// After "including" every item is a person met (a comma list needs no "and" there, as it is no
/// apposition); each is met separately, as pairs with the subject. The description before it is
/// a few title words, countries, capitalised words or plain words ("a host of world leaders")
/// ending in a plural noun; no preposition but "of" and no clause word.
///
/// Counterexample: "X met reporters on many topics, including trade with Y" names Y after no
/// plural of people.
extension MeetingMatcher {
    static let includedNouns: WordKeys = [
        "officials", "leaders", "leadership", "ministers", "dignitaries", "figures", "members", "lawmakers",
        "politicians", "representatives", "authorities", "counterparts", "heads", "executives", "envoys",
        "diplomats", "senators", "personalities",
    ]

    func includingList(from i: Int) -> Objects? {
        var k = i
        while k < t.count, k - i < 6, !(word(k).map(Self.includedNouns.contains) ?? false) {
            // "a host of world leaders", "a number of senior officials": a quantity before the noun.
            let quantity = word(k).map { !Words.modifierStops.contains($0) && !Words.clauseCuts.contains($0) } ?? false
            guard
                isTitleToken(k) || quantity || (t[k].kind == .entity && t[k].type != .person && t[k].possessive),
                !isPerson(k)
            else { return nil }
            k += 1
        }
        guard word(k).map(Self.includedNouns.contains) ?? false else { return nil }
        k += 1
        if isPunct(k, ",") { k += 1 }
        guard isWord(k, "including") else { return nil }
        var people: [Int] = []
        var end = k + 1
        while end < t.count {
            let p = titleGap(from: end)
            guard isPerson(p), !t[p].possessive else { break }
            people.append(t[p].entity)
            end = qualifierEnd(p + 1)
            guard isPunct(end, ",") || isWord(end, "and") else { break }
            var n = end + 1
            if isPunct(end, ","), isWord(n, "and") { n += 1 }
            guard isPerson(titleGap(from: n)) else { break }
            end = n
        }
        guard !people.isEmpty else { return nil }
        return Objects(people: people, end: end, paired: true)
    }
}
