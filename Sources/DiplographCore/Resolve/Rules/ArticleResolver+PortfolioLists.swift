/// A ministry whose portfolios are listed with commas: "the Ministry of Energy, Water
/// Resources, and Irrigation", "the Department of Law, Justice and Tarsk Affairs" (rule 1 of
/// `Resolver`). A comma ended the span, so the body was cut after its first portfolio
/// ("Ministry of Energy") and the rest was lost.
///
/// The list continues the span when a body's cue word and "of"/"for" end the span with at most
/// three capitalised words, and every element after the comma is one to three capitalised
/// portfolio words (ordinary English words, generic or title-modifier words, no table entry),
/// the list closing with "and" or ", and" before its last element. "the Ministry of Defence,
/// Ivo Brandt said" and "the Ministry of Finance, the central bank and …" are read as before.
extension ArticleResolver {
    private static let listHeads = Lexicon.set("ministry department commission committee office")

    /// The body's cue word and the end of the portfolio list that continues the span `i..<j` at
    /// the comma after it.
    func portfolioListEnd(_ i: Int, _ j: Int, limit: Int) -> (head: Int, end: Int)? {
        guard j < limit, j - i >= 3 else { return nil }
        // "<cue> of <one to three words>" ends the span.
        var c = j - 1
        while c > i, j - c <= 3, !tokens[c].isLower { c -= 1 }
        guard c > i, c - 1 >= i, tokens[c].isLower, tokens[c].key == Lexicon.of || tokens[c].key == Lexicon.forKey,
            Self.listHeads.contains(tokens[c - 1].key), tokens[c - 1].isCap
        else { return nil }
        var k = j
        var closed = false
        while !closed {
            guard k < limit, comma(before: k) else { return nil }
            // ", and Irrigation"
            if tokens[k].isLower && tokens[k].key == Lexicon.and {
                k += 1
                closed = true
            }
            guard let e = portfolioElement(k, limit: limit) else { return nil }
            k = e
            // "Water Resources and Irrigation"
            if !closed, k + 1 < limit, tokens[k].isLower, tokens[k].key == Lexicon.and, tokens[k].gap == .space {
                guard let last = portfolioElement(k + 1, limit: limit) else { return nil }
                k = last
                closed = true
            }
        }
        // "…, and Irrigation Minister Ivo Brandt": a title follows, not the end of the name.
        if k < limit, tokens[k].gap == .space, tokens[k].isCap { return nil }
        return (c - 1, k)
    }

    /// Only ", " stands between token `k` and the token before it.
    private func comma(before k: Int) -> Bool {
        guard k > 0 else { return false }
        let between = text[tokens[k - 1].end..<tokens[k].start]
        return between.first == 0x2C && between.dropFirst().allSatisfy { $0 == 0x20 } && between.count >= 2
    }

    /// One to three capitalised portfolio words from `k`, joined by spaces: returns their end.
    private func portfolioElement(_ k: Int, limit: Int) -> Int? {
        var e = k
        while e < limit, e - k < 3, tokens[e].isCap, !tokens[e].isAllCaps, e == k || tokens[e].gap == .space,
            portfolioWord(e), index.match(tokens, at: e, limit: e + 1) == nil
        {
            e += 1
        }
        return e > k ? e : nil
    }

    /// An ordinary English word, a generic or title-modifier word, or a noun of a field ("-ism",
    /// "-ity", "-ture", and the endings of `officeNoun`): "Tourism", "Connectivity".
    private func portfolioWord(_ k: Int) -> Bool {
        if englishWord(k) || Lexicon.genericOrgWords.contains(tokens[k].key)
            || Lexicon.titleModifiers.contains(tokens[k].key) || officeNoun(k)
        {
            return true
        }
        let t = tokens[k]
        guard t.letters >= 5 else { return false }
        let (a, b, c) = (text[t.end - 3] | 0x20, text[t.end - 2] | 0x20, text[t.end - 1] | 0x20)
        return (a, b, c) == (0x69, 0x73, 0x6D) || (a, b, c) == (0x69, 0x74, 0x79) || (a, b, c) == (0x75, 0x72, 0x65)
    }
}
