/// The kinds of entity Diplograph resolves.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person, country, organization, place

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable {
    case day, month, year
}

/// A calendar date known to the day, the month or only the year.
///
/// ```swift
/// PartialDate(year: 2025, month: 9, day: 28).iso   // "2025-09-28"
/// PartialDate(year: 2025, month: 9).iso            // "2025-09"
/// ```
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

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
            guard parts[2].count == 2, let v = Int(parts[2]), (1...PartialDate.daysIn(month: m!, year: y)).contains(v) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

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

/// A block of article text: the headline or one paragraph of the body, as a byte range of
/// `Article.text`.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case headline, body }
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// One article as ingested: metadata plus its text as UTF-8 bytes.
///
/// `text` holds the article's text (for a plain-text file, the file itself); `blocks` are the
/// byte ranges of that text that carry content — the headline first, then the paragraphs —
/// with datelines, bylines, "Published:" lines, share buttons and other boilerplate left out.
/// Evidence offsets are byte offsets into `text`.
public struct Article: Sendable {
    /// The file name without extension, or the JSON Lines `id` field.
    public var id: String
    /// Where it came from: a path, `path:line` for JSON Lines, or `-` for standard input.
    public var source: String
    public var headline: String
    /// Publication date; nil when the article does not say (never "today").
    public var published: PartialDate?
    public var url: String?
    /// The place of a dateline such as "SEOUL –", where the report was filed (not where events were).
    public var dateline: String?
    public var text: [UInt8]
    public var blocks: [TextBlock]
    /// Which part of a giant article this is (`ArticleChunker`): 0 for an article processed
    /// whole and for the first part. Every part shares the whole article's `text` (so byte
    /// offsets are offsets into the whole article) and holds only some of its `blocks`.
    public var part: Int = 0

    public init(id: String, source: String, headline: String = "", published: PartialDate? = nil,
                url: String? = nil, dateline: String? = nil, text: [UInt8], blocks: [TextBlock]) {
        self.id = id
        self.source = source
        self.headline = headline
        self.published = published
        self.url = url
        self.dateline = dateline
        self.text = text
        self.blocks = blocks
    }

    /// The text of a byte range as a String (invalid UTF-8 repaired).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }
}

/// One sentence: a byte range of `Article.text` and the index of the block it belongs to.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    /// Index into `Article.blocks` (the paragraph for the `paragraph` co-occurrence window).
    public var block: Int

    public init(range: Range<Int>, block: Int) {
        self.range = range
        self.block = block
    }
}

/// A diagnostic about an input: compiler-style `file:line:column: severity: message`.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }
    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var s = file
        if let l = line {
            s += ":\(l)"
            if let c = column { s += ":\(c)" }
        }
        return s + ": \(severity.rawValue): \(message)"
    }
}
