/// A lede that tells the day's news without a date dates the meetings that the next sentences
/// report, as it dates a meeting it reports itself (`Meetings+NewsOfTheDay.swift`):
///
///     "The Ostrian foreign minister has met the leaders of Norvia on his tour." (the lede, no date)
///     "Mr Varga met Prime Minister Lind and President Berg."   → the publication day
///
///     "Varga has begun a two-day state visit to Norvia."        (a visit told as news)
///     "Varga, who was received by Lind, inspected a guard."     → the publication day
///
/// The lede must be the sentence that `leadDates` takes as telling the meeting or the visit
/// (naming its participants or some of them), give no date of its own, and tell nothing earlier
/// or later: no past perfect ("had"), no "will", no word of an earlier meeting ("before",
/// "last", "since": `earlierMarkers`). The reference day must give its day.
extension ArticleMeetings {
    /// The publication day for the meetings that lead sentence `s` tells, when `s` is the lede
    /// and tells the day's news (see above); nil otherwise.
    func ledeNewsDate(_ s: Int) -> PartialDate? {
        guard s == ctx.ledeSentence, let p = r.article.referenceDate, p.day != nil else { return nil }
        let t = ctx.tokens(sentence: s)
        let other =
            t.contains { $0.kind == .word && ($0.word == "had" || $0.word == "will") } || Self.marksEarlier(t)
        return other ? nil : p
    }
}
