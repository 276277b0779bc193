/// Frame: a plural description of the people met, then the ones it includes by name.
///
///     VERB [with] [ADJ…] PLURAL-NOUN[,] (including|among them [are]) PERSON, PERSON [and PERSON]
///     "X met top Kestrian officials, including Prime Minister Y, Parliament Speaker Z, before …"
///     "X held talks with Norvia's top leadership, including President Y"
///     "X received guests of state, among them the Prime Minister of Norvia Y, …"
///     "X called on dignitaries of Norvia which included President Y, Prime Minister Z"
///     ("which", "who" or "that" with "included", "include", "includes": dev article
///     ed6362bf063569b0)
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
        "diplomats", "senators", "personalities", "guests",
    ]

    /// The first item after "including" or "among them (are|were)" at `k`, or nil.
    func includedListStart(_ k: Int) -> Int? {
        if isWord(k, "including") { return k + 1 }
        // "dignitaries of Norvia which included President Y, …"
        if let w = word(k), w == "which" || w == "who" || w == "that", let v = word(k + 1),
            v == "included" || v == "include" || v == "includes"
        {
            return k + 2
        }
        guard isWord(k, "among"), isWord(k + 1, "them") || isWord(k + 1, "whom") else { return nil }
        return isWord(k + 2, "are") || isWord(k + 2, "were") ? k + 3 : k + 2
    }

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
        // "guests of state", "leaders of the region": a short complement of the noun.
        if isWord(k, "of") {
            let c = k
            k += 1
            while k < t.count, k - c <= 3, !isPerson(k), t[k].kind != .punct, includedListStart(k) == nil { k += 1 }
        }
        if isPunct(k, ",") { k += 1 }
        guard let first = includedListStart(k) else { return nil }
        var people: [Int] = []
        var end = first
        while end < t.count {
            // Items with long titles: `listItem` (`MeetingMatcher+TitledPerson.swift`).
            guard let item = listItem(from: end) else { break }
            people.append(t[item.person].entity)
            end = item.end
            guard isPunct(end, ",") || isWord(end, "and") else { break }
            var n = end + 1
            if isPunct(end, ","), isWord(n, "and") { n += 1 }
            guard listItem(from: n) != nil else { break }
            end = n
        }
        guard !people.isEmpty else { return nil }
        return Objects(people: people, end: end, paired: true)
    }
}
