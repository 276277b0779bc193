/// Two capitals named as the two sides of a relation stand for their governments: "the
/// dialogue between Vexmoor and Tarsk", "relations between Vexmoor and Tarsk", "the
/// Vexmoor-Tarsk talks" (a reading of `actsAsGovernment`). "Flights between Vexmoor and Tarsk"
/// and "the Vexmoor-Tarsk railway" are the cities.
extension ArticleResolver {
    static let relationWords = """
        relations relationship ties talks dialogue discord tension tensions rift rapprochement cooperation dispute
        differences contacts negotiations rivalry standoff feud cooperate trust trade
        """
    static let relationNouns = Lexicon.set(relationWords)
    static let between = NameTokenizer.key("between")

    /// The capital at `i..<end` is one side of a relation with another capital.
    func capitalPair(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        // "the Vexmoor-Tarsk dialogue": the other capital glued by a hyphen, then a relation noun.
        if end < tokens.count, tokens[end].gap == .hyphen, let m = capitalMatch(at: end),
            m < tokens.count, relationNoun(at: m)
        {
            return true
        }
        if i > sentenceStart, tokens[i].gap == .hyphen, end < tokens.count, relationNoun(at: end),
            let start = capitalStart(endingAt: i, sentenceStart: sentenceStart), start >= sentenceStart
        {
            return true
        }
        // "relations between Vexmoor and Tarsk": the first side (the second may be a region's
        // seat, which the table does not list) …
        if i >= sentenceStart + 2, isWord(i - 1, Self.between), relationNoun(at: i - 2) || relationNoun(at: i - 3),
            isWord(end, Lexicon.and), end + 1 < tokens.count, tokens[end + 1].isCap
        {
            return true
        }
        // … and the second.
        if i >= sentenceStart + 4, isWord(i - 1, Lexicon.and),
            let start = capitalStart(endingAt: i - 1, sentenceStart: sentenceStart), start >= sentenceStart + 2,
            isWord(start - 1, Self.between), relationNoun(at: start - 2) || relationNoun(at: start - 3)
        {
            return true
        }
        return false
    }

    func isWord(_ k: Int, _ key: UInt64) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].isLower && tokens[k].key == key
    }

    /// A relation noun at `k` ("discord between …", "Relations between …").
    func relationNoun(at k: Int) -> Bool {
        k >= 0 && k < tokens.count && Self.relationNouns.contains(tokens[k].key)
    }

    /// The end of a capital (a table place with the role Capital) starting at `k`.
    func capitalMatch(at k: Int) -> Int? {
        guard k < tokens.count, let m = index.match(tokens, at: k, limit: tokens.count) else { return nil }
        let e = index.entries[m.hit.entry]
        let isCapital = e.type == .place && e.roles.contains(where: { $0.title == "Capital" })
        return isCapital || (e.type == .country && !m.hit.demonym) ? m.end : nil
    }

    /// The start of a capital (or country) name that ends right before token `k`.
    func capitalStart(endingAt k: Int, sentenceStart: Int) -> Int? {
        for s in stride(from: k - 1, through: max(sentenceStart, k - 3), by: -1) where capitalMatch(at: s) == k {
            return s
        }
        return nil
    }
}
