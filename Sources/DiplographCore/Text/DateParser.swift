/// A date expression found in text.
public struct DateMatch: Sendable, Hashable {
    /// Byte range of the expression in the scanned text.
    public var range: Range<Int>
    /// The resolved date at its precision, or nil when it is relative and no reference date
    /// was given ("on Sunday" in an undated article).
    public var date: PartialDate?
    /// True for expressions resolved against the reference date ("on Sunday", "last month").
    public var relative: Bool

    public init(range: Range<Int>, date: PartialDate?, relative: Bool) {
        self.range = range
        self.date = date
        self.relative = relative
    }
}

/// Finds and resolves dates in news text.
public enum DateParser {
    /// Date expressions in `text[range]`, in text order: explicit ("Sept 28, 2025", "on
    /// September 17", "Jan. 14", "2025-09-28", "29 Sep. 2025") and relative to `reference`
    /// ("on Sunday", "on Friday", "last month", "earlier this month", "yesterday").
    /// A month and day without a year take the year of `reference` (the previous year when that
    /// would put the date well after the reference).
    public static func find(in text: [UInt8], range: Range<Int>, reference: PartialDate?) -> [DateMatch] {
        []
    }

    /// The publication date of a header line such as "Published: 29 Sep. 2025, 09:59",
    /// "Updated: 2025-09-29 09:33", "By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33",
    /// "date 2024-09-18" or "September 17, 2024"; nil when the line holds none.
    public static func publicationDate(inLine line: [UInt8]) -> PartialDate? {
        nil
    }
}
