/// The news of the day: an undated meeting that a report's lede or headline tells is on the
/// day the article was published (its reference day), unless the verb tells of an earlier one.
///
///     lede:     "X has held talks with Y in Lakeport"        → the publication day
///               "X had met Y before the vote"                → undated (an earlier meeting)
///               "X has met Y three times since 2029"         → undated (one of several)
///     headline: "X meets Y in Lakeport" (the lede gives no date) → the publication day
///
/// A present perfect in a lede is news style for what just happened; with a word that makes
/// the meeting one of several or an earlier one it is not ("the first … since" is still the
/// day's news: `Meetings+FirstSince.swift`).
extension ArticleMeetings {
    /// Words that make a present perfect tell an earlier meeting or one of several.
    static let earlierMarkers: WordKeys = [
        "times", "before", "previously", "ever", "never", "since", "repeatedly", "often", "twice",
        "already", "earlier", "past", "ago", "recent", "last",
    ]

    /// The verb at `anchor` tells of a meeting before the day's news: a past perfect ("had
    /// met"), or a present perfect ("has met", "have held talks") in a sentence with an
    /// `earlierMarkers` word.
    static func toldAsEarlier(_ t: [MeetingToken], _ anchor: Int) -> Bool {
        guard let aux = perfectAuxiliary(t, anchor) else { return false }
        if t[aux].word == "had" { return true }
        return marksEarlier(t)
    }

    /// A headline's undated meeting is on the reference day when the headline's verb is not a
    /// perfect and no lede sentence dated it (`headlineLedeDate` first): a headline tells the
    /// day's news. The reference day must give its day.
    func headlineNewsDate(headline s: Int) -> PartialDate? {
        guard let p = r.article.referenceDate, p.day != nil else { return nil }
        let t = ctx.tokens(sentence: s)
        for (k, w) in t.enumerated() where w.kind == .word {
            if Self.marksEarlier(t, k) { return nil }
            // "had met" is earlier; "had talks" is the day's news (`perfectAuxiliary`).
            if w.word == "had", Self.perfectAuxiliary(t, k + 1) == k { return nil }
        }
        return p
    }
}
