/// Day ranges: "4 and 5 April 2018", "1st-6th October 2019", "from 13 to 15 November",
/// "October 1-6, 2019", "April 4 and 5".
///
/// A range of days is not one day: it is read as one date of the month's precision (the month
/// and year the range gives or implies), so that a meeting "held on 4 and 5 April" is dated
/// April rather than the last day named. The second day must be later than the first ("5 and 4
/// April" is a list, not a range) and the connector a dash, "to", "and", "&" or "till".
extension DateScanner {
    static let rangeWords: Set<String> = ["to", "and", "till", "until"]

    /// True when token `k` joins two days of a range.
    func isRangeConnector(_ k: Int) -> Bool {
        if isDash(k) || isPunct(k, 0x26) { return true }
        guard let w = word(k) else { return false }
        return Self.rangeWords.contains(w)
    }

    /// The second day of a range that starts with day `d` ending before token `k`: its index
    /// after the connector at `k`, when it is a later day.
    func rangeSecondDay(after k: Int, first d: Int) -> (day: Int, next: Int)? {
        guard isRangeConnector(k), let (d2, next) = day(k + 1), d2 > d else { return nil }
        return (d2, next)
    }

    /// "4 and 5 April 2018", "1st-6th October 2019": a day, a connector, then a day-first date.
    func dayRange(_ k: Int) -> (DateMatch, Int)? {
        guard let (d, c) = day(k), c < toks.count, rangeSecondDay(after: c, first: d) != nil,
            let (m, next) = dayMonth(c + 1), let date = m.date
        else { return nil }
        return (DateMatch(range: toks[k].lo..<m.range.upperBound, date: Self.monthOf(date), relative: m.relative), next)
    }

    /// The month (and year) of a date, without its day.
    static func monthOf(_ d: PartialDate) -> PartialDate {
        d.month == nil ? d : PartialDate(year: d.year, month: d.month)
    }
}
