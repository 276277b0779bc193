/// Capitals named together as the parties of a state's act stand for their governments (a reading
/// of `actsAsGovernment`, beside `capitalPair` and `capitalInStateRole`):
///
/// - a list of two or more capitals (or countries) as the subject of a verb of saying or acting:
///   "Vexmoor and Tarsk will hold talks", "Kyiv, Tarsk and Ostia agree", "Rabat and Tarsk
///   “should talk”";
/// - such a list before a relation noun: "Tehran & Baghdad relations", "Rabat and Baku ties";
/// - the place of a state's own people or rulers: "his colleagues from Kyiv, Berlin and Paris",
///   "the new leadership in Tokyo" (not "his counterpart in Rabat", "officials in Brussels" or
///   "diplomats in Rabat", who may be met there or be foreigners there).
///
/// A list after a preposition of place or motion stays the cities ("flights to Rabat and Baku
/// resumed", "in Rabat and Baku, crowds gathered"), and so does a list that no verb or relation
/// noun follows ("Rabat and Baku lie on old routes"), nor a copula ("Rabat and Baku are hot").
extension ArticleResolver {
    /// Nouns for a state's people before "from" and a capital ("colleagues from Kyiv"), and for
    /// its rulers before "in" ("the leadership in Tokyo"); "his counterpart in Rabat" may be met
    /// there, and stays the city.
    static let peopleFromNouns = Lexicon.set("colleagues colleague counterparts counterpart")
    static let rulersInNouns = Lexicon.set("leadership government")
    /// Verbs in the plural that a list of states says or does ("Vexmoor and Tarsk agree").
    static let pluralStateVerbs = Lexicon.set(
        "agree say comment sign hold discuss seek want plan reject urge vow pledge share maintain continue launched")
    static let fromKey = NameTokenizer.key("from")
    /// "Tehran and Baghdad are hot": a list's copula says what the places are.
    static let copulas = Lexicon.set("is are was were")

    /// The capital at `i..<end` is one of several capitals that act together, or the place of a
    /// state's people (see above).
    func capitalInGroup(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        var first = i
        var last = end
        var members = 1
        while let s = listMember(before: first, sentenceStart: sentenceStart) {
            first = s
            members += 1
        }
        while let e = listMember(after: last) {
            last = e
            members += 1
        }
        // "colleagues from Kyiv, Berlin and Paris", "officials in Rabat".
        if first >= sentenceStart + 2, tokens[first - 1].isLower, tokens[first - 2].isLower {
            let (p, w) = (tokens[first - 1].key, tokens[first - 2].key)
            if p == Self.fromKey && Self.peopleFromNouns.contains(w) { return true }
            if p == Lexicon.inKey && Self.rulersInNouns.contains(w) { return true }
        }
        guard members >= 2 else { return false }
        if first > sentenceStart,
            Lexicon.motionPrepositions.contains(tokens[first - 1].key)
                || Lexicon.placePrepositions.contains(tokens[first - 1].key)
        {
            return false
        }
        guard last < tokens.count, tokens[last].isLower, onlySpacesAndQuotes(before: last) else { return false }
        if relationNoun(at: last) { return true }
        var k = tokens[last].key
        if Self.clauseAdverbs.contains(k), last + 1 < tokens.count, tokens[last + 1].isLower {
            k = tokens[last + 1].key
        }
        if Self.copulas.contains(k) { return false }
        return Lexicon.speechVerbs.contains(k) || Lexicon.governmentVerbs.contains(k)
            || Self.pluralStateVerbs.contains(k)
    }

    /// The start of the capital (or country) listed right before the one that starts at `s`:
    /// ", " or " and " or ", and " or " & " between them.
    func listMember(before s: Int, sentenceStart: Int) -> Int? {
        guard s > sentenceStart else { return nil }
        var p = s
        if isWord(s - 1, Lexicon.and) {
            p = s - 1
            guard p > sentenceStart, tokens[p].gap == .space || commaOnly(between: p - 1, p) else { return nil }
        } else if !(commaOnly(between: s - 1, s) || ampersandOnly(between: s - 1, s)) {
            return nil
        }
        guard let start = capitalStart(endingAt: p, sentenceStart: sentenceStart), start >= sentenceStart else {
            return nil
        }
        return start
    }

    /// The end of the capital (or country) listed right after the one that ends before `e`.
    func listMember(after e: Int) -> Int? {
        guard e < tokens.count else { return nil }
        var n = e
        if isWord(e, Lexicon.and) {
            guard tokens[e].gap == .space || commaOnly(between: e - 1, e) else { return nil }
            n = e + 1
        } else if !(commaOnly(between: e - 1, e) || ampersandOnly(between: e - 1, e)) {
            return nil
        }
        guard n < tokens.count, tokens[n].isCap else { return nil }
        return capitalMatch(at: n)
    }

    /// The country whose capital is table entry `e` (nil for any other entry): "Vexmoor's Coast
    /// Guard Law" is the state's body, as "Vexmoor's foreign ministry" is.
    func governmentOf(capital e: Int) -> Int? {
        let entry = index.entries[e]
        guard entry.type == .place, entry.roles.contains(where: { $0.title == "Capital" }),
            let country = entry.affiliation
        else { return nil }
        return index.byID[country]
    }

    /// Only an ampersand and spaces stand between tokens `a` and `b`.
    func ampersandOnly(between a: Int, _ b: Int) -> Bool {
        guard a >= 0 else { return false }
        let gap = text[tokens[a].end..<tokens[b].start]
        return gap.filter { $0 == 0x26 }.count == 1 && gap.allSatisfy { $0 == 0x26 || $0 == 0x20 }
    }

    /// Only spaces and opening quotes (ASCII or curly) stand before token `k`.
    func onlySpacesAndQuotes(before k: Int) -> Bool {
        guard k > 0 else { return false }
        var p = tokens[k - 1].end
        while p < tokens[k].start {
            let c = text[p]
            if c == 0x20 || c == 0x22 {
                p += 1
            } else if c == 0xE2, p + 2 < tokens[k].start, text[p + 1] == 0x80, text[p + 2] == 0x9C {
                p += 3
            } else {
                return false
            }
        }
        return true
    }
}
