/// "The first … since": news of the day, not an earlier meeting.
///
///     "X has arrived in Lakeport on his first foreign trip since his election"   → the day's news
///     "It was X's first visit to Ostria since 2029"                              → the day's news
///     "X has met Y three times since 2029"                                       → one of several
///
/// "since" makes a perfect tell an earlier meeting or one of several (`earlierMarkers`), but
/// after "first" (at most five words before it) it measures how long the day's event had not
/// happened: the lede still tells the day's news (`Meetings+NewsOfTheDay.swift`,
/// `Meetings+LedeNews.swift`).
extension ArticleMeetings {
    /// True when token `k` is an `earlierMarkers` word that is not a "since" after "first".
    static func marksEarlier(_ t: [MeetingToken], _ k: Int) -> Bool {
        guard t[k].kind == .word, earlierMarkers.contains(t[k].word) else { return false }
        guard t[k].word == "since" else { return true }
        return !t[max(0, k - 5)..<k].contains { $0.kind == .word && $0.word == "first" }
    }

    /// True when some token of `t` `marksEarlier`.
    static func marksEarlier(_ t: [MeetingToken]) -> Bool {
        t.indices.contains { marksEarlier(t, $0) }
    }
}
