/// Rule: a sentence opens after a soft dateline that heads it.
///
///     CITY [(OUTLET)] : OPENING-PHRASE …
///     "LAKEPORT: In a telephone conversation with Tomas Berg, Ana Lind said …"
///     "Lakeport (Kestria News): After talks with Tomas Berg, Ana Lind said …"
///
/// A dateline with a dash is cut from the block when the text is read (`PlainText.swift`); one
/// closed by a colon stays in the text, so the frames that need the opening of the sentence
/// ("During talks with X, Y …", "After meeting X, Y …") start after it. Soft datelines head the
/// lead of many outlets in the dev part (thenews.com.pk, channelnewsasia.com, nst.com.my,
/// thehimalayantimes.com, newsfirst.lk, …); before an opening phrase in a10510c103cca5be.
///
/// The dateline is at most six capitalised words or places, countries and organisations, then
/// perhaps a parenthesis of at most eight tokens, then the colon.
///
/// Counterexample: "Kestria's leader said: during talks with Y, …" (a lowercase word and a
/// possessive before the colon: no dateline).
extension MeetingMatcher {
    /// The token after a soft dateline that opens the sentence, or 0 when there is none.
    var sentenceOpening: Int {
        var k = 0
        while k < t.count, k < 6, !t[k].possessive,
            t[k].kind == .word && t[k].capitalized || t[k].kind == .entity && t[k].type != .person
        {
            k += 1
        }
        guard k > 0 else { return 0 }
        if isPunct(k, "(") {
            let open = k
            while k < t.count, k - open <= 8, !isPunct(k, ")") { k += 1 }
            guard isPunct(k, ")") else { return 0 }
            k += 1
        }
        return isPunct(k, ":") ? k + 1 : 0
    }

    /// True when the tokens before `i` are punctuation, after a soft dateline if any.
    func opensSentence(_ i: Int) -> Bool {
        if (0..<i).allSatisfy({ t[$0].kind == .punct }) { return true }
        let s = sentenceOpening
        return s > 0 && s <= i && (s..<i).allSatisfy { t[$0].kind == .punct }
    }
}
