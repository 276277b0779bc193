/// A calendar date known to the day, the month or only the year.
///
/// ```swift
/// PartialDate(year: 2025, month: 9, day: 28).iso   // "2025-09-28"
/// PartialDate(year: 2025, month: 9).iso            // "2025-09"
/// ```
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (four digits in ISO text).
    public var year: Int
    /// 1–12, or nil for a year-precision date.
    public var month: Int?
    /// 1–31, or nil; always nil when `month` is.
    public var day: Int?

    /// A date at the precision given; a day without a month is dropped.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Day, month or year: the finest part that is known.
    public var precision: DatePrecision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// ISO 8601 text at the date's own precision: `2025-09-28`, `2025-09` or `2025`.
    public var iso: String {
        var s = String(year)
        while s.count < 4 { s = "0" + s }
        if let m = month { s += "-" + (m < 10 ? "0" : "") + String(m) }
        if let d = day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        return s
    }

    /// The `iso` text.
    public var description: String { iso }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the forms `iso` writes).
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count > 1 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let v = Int(parts[2]), (1...PartialDate.daysIn(month: m!, year: y)).contains(v)
            else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    /// Chronological, a less precise date before the more precise ones inside it (`2025` <
    /// `2025-01`).
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Whether `y` is a leap year in the proleptic Gregorian calendar.
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// The number of days of `month` (1–12) in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a day-precision date (proleptic Gregorian).
    public var dayNumber: Int? {
        guard let m = month, let d = day else { return nil }
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date of a day number (inverse of `dayNumber`).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday (day precision only).
    public var weekday: Int? {
        guard let n = dayNumber else { return nil }
        return ((n % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday
    }
}
