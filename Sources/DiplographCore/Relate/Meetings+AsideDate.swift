/// Frame: a time adverbial set off by commas between the subject and the verb.
///
///     SUBJECT[, DESCRIPTION], (in|at|on|during) … DATE, [AUX|ADVERB …] VERB …
///     "X, on Thursday, held talks with Y"; "X, in Lakeport on Thursday, met Y"; "X, head of
///     the council, at his office in Lakeport Thursday, 06.10.2031, received Y"
///
/// The date is the clause's when only a comma (and auxiliaries or adverbs) stands between it
/// and the verb, and the part between commas that holds it opens on a preposition of time or
/// place, or on the date itself, and holds no person, no relative or clause word and at most
/// eight tokens. "X, who met Z on Monday, received Y" and "X, after talks on Monday, met Y"
/// keep Monday out. A place in the aside ("at his office in Lakeport") places the meeting when
/// the clause after the verb gives none.
extension ArticleMeetings {
    /// Words that may stand between the aside's comma and the verb.
    static let asideAuxiliaries: WordKeys = ["also", "has", "had", "have", "then", "later", "first"]
    /// Words that may open the aside before the date.
    static let asideOpeners: WordKeys = ["in", "at", "on", "during"]

    /// The tokens of the aside that holds the date at byte range `m` (from the word after its
    /// opening comma to the date's end), when it is one of the clause whose verb is token
    /// `anchor` and whose subject starts at token `subjectStart`.
    static func asideDate(_ t: [MeetingToken], date m: Range<Int>, subjectStart: Int, anchor: Int) -> Range<Int>? {
        guard anchor < t.count, subjectStart >= 0 else { return nil }
        // After the date: one comma, then auxiliaries or adverbs up to the verb.
        guard var e = t.firstIndex(where: { $0.range.lowerBound >= m.upperBound }), e < anchor,
            t[e].kind == .punct, t[e].mark == ","
        else { return nil }
        let dateEnd = e
        e += 1
        while e < anchor {
            guard t[e].kind == .word, t[e].shape.contains(.ly) || asideAuxiliaries.contains(t[e].word) else {
                return nil
            }
            e += 1
        }
        // Before the date: back to the aside's opening comma.
        guard let b = t.firstIndex(where: { $0.range.lowerBound >= m.lowerBound }) else { return nil }
        var k = b - 1
        while k > subjectStart, b - k <= 8 {
            let tok = t[k]
            if tok.kind == .punct, tok.mark == "," {
                let opens = k + 1 == b || (t[k + 1].kind == .word && asideOpeners.contains(t[k + 1].word))
                return opens ? (k + 1)..<dateEnd : nil
            }
            if tok.isPerson { return nil }
            if tok.kind == .word, MeetingLexicon.clauseCuts.contains(tok.word) { return nil }
            if tok.kind == .punct { return nil }
            k -= 1
        }
        return nil
    }
}
