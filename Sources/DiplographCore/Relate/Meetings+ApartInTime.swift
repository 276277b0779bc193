/// An undated report and a report dated more than a month before the article was published
/// tell two meetings of the same people, not one:
///
///     "At the summit, Varga met Lind and Berg."                  (undated: the day's news)
///     "Varga and Lind met in Lakeport on December 14, 2029 …"    (two years before publication)
///
/// `add` combines reports of one meeting when their dates are compatible, and an undated one
/// is compatible with any date; but the background of a report ("they last met in …", "met
/// in 2029 and 2030") is not the news it tells. The same time frame keeps an undated report of
/// another article away from an old meeting (`MeetingMerger.timeFrameDays`). Without a
/// publication day, nothing is apart.
extension ArticleMeetings {
    /// True when exactly one of `a` and `b` is a date, and the latest day it may denote is more
    /// than `MeetingMerger.timeFrameDays` days before the article's reference day.
    func apartInTime(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard (a == nil) != (b == nil), let d = a ?? b, let p = r.article.referenceDate, let pn = p.dayNumber
        else { return false }
        let last: Int?
        if let dn = d.dayNumber {
            last = dn
        } else if let m = d.month {
            let (y, n) = m == 12 ? (d.year + 1, 1) : (d.year, m + 1)
            last = PartialDate(year: y, month: n, day: 1).dayNumber.map { $0 - 1 }
        } else {
            last = PartialDate(year: d.year, month: 12, day: 31).dayNumber
        }
        guard let last else { return false }
        return pn - last > MeetingMerger.timeFrameDays
    }
}
