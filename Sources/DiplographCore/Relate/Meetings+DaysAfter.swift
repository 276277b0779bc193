/// A meeting told in a clause "a day after" the sentence's news is a day before it:
///
///     "Varga met party leaders, a day after holding talks with Lind."   (published 2031-05-12)
///                                        → Varga and Lind: 2031-05-11
///
/// A meeting of the lede (or told in the present tense) with no date of its own is on the
/// publication day (`ArticleMeetings.run`); when the clause that tells it opens with "a day
/// after", "one day after" or "two days after" ("three", too), at most three words before its
/// trigger ("after holding extensive talks with"), it is that many days before.
extension ArticleMeetings {
    /// The days before the sentence's moment that the clause of the trigger at `anchor` tells
    /// (see above), or nil.
    static func daysBefore(_ t: [MeetingToken], _ anchor: Int) -> Int? {
        guard anchor < t.count else { return nil }
        var k = anchor - 1
        while k >= 0, anchor - k <= 4, t[k].kind == .word, t[k].word != "after" { k -= 1 }
        guard k >= 2, t[k].kind == .word, t[k].word == "after", t[k - 1].kind == .word, t[k - 2].kind == .word
        else { return nil }
        let unit = t[k - 1].word
        let count = t[k - 2].word
        if unit == "day", count == "a" || count == "one" { return 1 }
        guard unit == "days" else { return nil }
        return count == "two" ? 2 : count == "three" ? 3 : nil
    }
}
