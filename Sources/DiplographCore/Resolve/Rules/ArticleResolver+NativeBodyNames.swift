/// A body called by a word of its own language, which no cue word marks, named through the
/// title of the one who presides over it (rule 1 of `Resolver`):
///
/// - after "Speaker", "Chairman", "President" … and "of (the)": "the Speaker of the Varsadag Per
///   Holm" (the body, then its holder), "the Chairman of the Halk Varslahaty of the Milli
///   Gangesh" (a chamber of a body, both named);
/// - before "Speaker" or "Chairman" and the holder: "Varsema Speaker Ina Holm".
///
/// The body is one or two name-like words (no English, title, cue or given-name word), in no
/// table and not a gazetteer place: "the President of the Republic", "the Speaker of the
/// House", "the President of Chile", "the Chairman of Ostia" and "Deputy Speaker Ivo Holm" are
/// read as before. After "of", one to three capitalised words count: with three, the last two
/// are the holder's name ("of the Varsadag Per Holm").
extension ArticleResolver {
    /// Heads of a title that presides over a body.
    private static let presidingHeads = Lexicon.set("speaker chairman chairwoman chairperson chair president")
    /// Heads that may follow the body's name ("Varsema Speaker"): not "President", which follows
    /// places and parties as often.
    private static let presidingHeadsAfter = Lexicon.set("speaker chairman chairwoman chairperson")

    /// The `count` words from `k` are a native body's name.
    private func nativeBodyWords(_ k: Int, count: Int) -> Bool {
        let r = k..<(k + count)
        guard
            r.allSatisfy({
                nameLikeWord($0) && tokens[$0].letters >= 4 && !tokens[$0].isPossessive
                    && !Self.commonGivenNames.contains(tokens[$0].key) && ($0 == k || tokens[$0].gap == .space)
            })
        else { return false }
        if r.contains(where: { index.match(tokens, at: $0, limit: r.upperBound) != nil }) { return false }
        return PlaceGazetteer.shared.country(of: tokens, r) == nil
            && r.allSatisfy { PlaceGazetteer.shared.country(of: tokens, $0..<($0 + 1)) == nil }
    }

    /// "of (the) Body" at `i`, right after a presiding title's head or after a body this rule
    /// read ("… of the Milli Gangesh"): the body's words. Nil otherwise.
    func nativeBodyAfterTitle(at i: Int, limit b: Int) -> Range<Int>? {
        guard isWord(i, Lexicon.of), i > 0 else { return nil }
        let prev = tokens[i - 1]
        let afterHead = prev.isCap && !prev.isAllCaps && Self.presidingHeads.contains(prev.key)
        let afterBody: Bool = {
            guard let last = items.last, last.end == i, case .discovered(.organization, _, _) = last.kind else {
                return false
            }
            return nativeBodyWords(last.first, count: last.end - last.first)
        }()
        guard afterHead || afterBody else { return nil }
        var k = i + 1
        if isWord(k, Lexicon.the) { k += 1 }
        var n = 0
        while k + n < b, n < 4, tokens[k + n].isCap, n == 0 || tokens[k + n].gap == .space { n += 1 }
        guard (1...3).contains(n) else { return nil }
        let count = n == 3 ? 1 : n
        // With one word and a two-word name after it, the name must not be the body's too.
        guard nativeBodyWords(k, count: count) else { return nil }
        return k..<(k + count)
    }

    /// The native body's name at `i` before a presiding head and its holder ("Varsema Speaker
    /// Ina Holm"): its end. Nil otherwise.
    func nativeBodyBeforeTitle(at i: Int, limit b: Int) -> Int? {
        for count in 1...2 where i + count + 1 < b {
            let h = tokens[i + count]
            guard h.isCap, !h.isAllCaps, h.gap == .space, Self.presidingHeadsAfter.contains(h.key) else { continue }
            return nativeBodyWords(i, count: count) ? i + count : nil
        }
        return nil
    }
}
