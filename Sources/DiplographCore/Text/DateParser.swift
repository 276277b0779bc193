/// A date expression found in text.
public struct DateMatch: Sendable, Hashable {
    /// Byte range of the expression in the scanned text.
    public var range: Range<Int>
    /// The resolved date at its precision, or nil when it is relative and no reference date
    /// was given ("on Sunday" in an undated article).
    public var date: PartialDate?
    /// True for expressions resolved against the reference date ("on Sunday", "last month",
    /// and a month or month-day without a year, which takes its year from the reference).
    public var relative: Bool

    public init(range: Range<Int>, date: PartialDate?, relative: Bool) {
        self.range = range
        self.date = date
        self.relative = relative
    }
}

/// Finds and resolves dates in news text, working on UTF-8 bytes.
///
/// Recognised forms (see `find(in:range:reference:)`):
///
/// | text                                   | date (reference 2025-09-29, a Monday) | precision |
/// |----------------------------------------|---------------------------------------|-----------|
/// | `2025-09-28`, `Sept 28, 2025`, `28 September 2025`, `29 Sep. 2025` | as written | day |
/// | `Sept. 28`, `on September 17`, `Oct. 10`, `28th September` | reference's year¹ | day |
/// | `June 2022`                            | 2022-06                               | month |
/// | `in September`, `the September parade`, `mid-September` | reference's year¹ | month |
/// | `last September`, `next March`         | the previous / next such month        | month |
/// | `in 2022`, `since 2018`, `the 2018 summit` (1900…2099, after a cue word) | 2022 | year |
/// | `on Sunday`, `Sunday`, `last Sunday`   | 2025-09-28 (most recent on or before) | day |
/// | `next Friday`, `until Tuesday`         | 2025-10-03, 2025-09-30 (on or after)  | day |
/// | `yesterday`, `today`, `tomorrow`       | 2025-09-28, -29, -30                  | day |
/// | `three days ago`                       | 2025-09-26                            | day |
/// | `last week`, `this week`, `next week`  | the month of that week                | month |
/// | `last month`, `earlier this month`, `this month`, `next month`, `two months ago` | | month |
/// | `last year`, `earlier this year`, `next year` |                                | year |
///
/// ¹ A month (and day) without a year takes the reference's year; the previous year when that
/// would put it more than about two months (62 days) after the reference, the next year when it
/// would put it more than 300 days before. Without a reference the year is unknown: such
/// matches have `date == nil` and `relative == true`, like every other relative expression.
///
/// Bare numbers are not years unless a cue word precedes them, and "$2021", "1931-45",
/// "2,025", "2022%" and ordinals ("80th") never are. "May" and "March" count as months only
/// with a day, a year or a cue word ("in May"); month abbreviations only with a day or a year.
public enum DateParser {
    /// Date expressions in `text[range]`, in text order: explicit ("Sept 28, 2025", "on
    /// September 17", "Jan. 14", "2025-09-28", "29 Sep. 2025") and relative to `reference`
    /// ("on Sunday", "on Friday", "last month", "earlier this month", "yesterday").
    /// A month and day without a year take the year of `reference` (the previous year when that
    /// would put the date well after the reference).
    ///
    /// - Complexity: O(n) in the length of the range.
    public static func find(in text: [UInt8], range: Range<Int>, reference: PartialDate?) -> [DateMatch] {
        var scanner = DateScanner(text: text, range: range, reference: reference)
        return scanner.run()
    }

    /// The publication date of a header line such as "Published: 29 Sep. 2025, 09:59",
    /// "Updated: 2025-09-29 09:33", "By ZHAO JIA | China Daily | Updated: 2025-09-29 09:33",
    /// "date 2024-09-18" or "September 17, 2024"; nil when the line holds none.
    /// A "Published" (or "Posted", "Date") date wins over an "Updated" one on the same line.
    public static func publicationDate(inLine line: [UInt8]) -> PartialDate? {
        headerDate(line, 0..<line.count)?.date
    }

    /// Whether a header date was labelled as the publication or the update date.
    enum HeaderKind: Int, Comparable {
        case published = 0, updated = 1
        static func < (a: HeaderKind, b: HeaderKind) -> Bool { a.rawValue < b.rawValue }
    }

    /// Header keywords and what they announce. Longest first where one is a prefix of another.
    static let headerKeywords: [(String, HeaderKind)] = [
        ("first published", .published), ("last updated", .updated), ("last modified", .updated),
        ("published", .published), ("posted", .published), ("release date", .published),
        ("dated", .published), ("date", .published), ("created", .published),
        ("updated", .updated), ("modified", .updated),
    ]

    /// Lower-case words allowed after a header date (times, time zones, connectors).
    static let headerTail: Set<String> = ["am", "pm", "a", "m", "p", "at", "on", "hrs", "h", "local", "time"]

    /// The header date of a line (whole line must be a header: dates, times, keywords and
    /// short byline segments separated by "|"), with its kind.
    static func headerDate(_ t: [UInt8], _ range: Range<Int>) -> (date: PartialDate, kind: HeaderKind)? {
        let line = ByteClass.trim(t, range)
        guard !line.isEmpty, line.count <= 240 else { return nil }
        // Segments separated by "|" (and "·").
        var segments: [Range<Int>] = []
        var s = line.lowerBound
        var i = line.lowerBound
        while i <= line.upperBound {
            var sepLen = 0
            if i < line.upperBound {
                if t[i] == 0x7C {
                    sepLen = 1
                } else if t[i] == 0xC2, i + 1 < line.upperBound, t[i + 1] == 0xB7 {
                    sepLen = 2
                }
            }
            if i == line.upperBound || sepLen > 0 {
                let seg = ByteClass.trim(t, s..<i)
                if !seg.isEmpty { segments.append(seg) }
                s = i + max(sepLen, 1)
                i = s
                continue
            }
            i += 1
        }
        var best: (date: PartialDate, kind: HeaderKind)?
        var other = 0
        for seg in segments {
            if let found = headerSegment(t, seg) {
                if best == nil || found.kind < best!.kind { best = found }
            } else {
                other += 1
                if seg.count > 60 { return nil }
            }
        }
        guard let b = best, other <= 3 else { return nil }
        return b
    }

    /// One "|"-separated segment: keyword? date time? (keyword date time?)*
    private static func headerSegment(_ t: [UInt8], _ seg: Range<Int>) -> (date: PartialDate, kind: HeaderKind)? {
        // A segment that starts with neither a keyword nor a date holds none: its first piece
        // (the bare date below) must parse. Checked before splitting, which most lines never need.
        if keyword(t, at: seg.lowerBound, seg.upperBound) == nil {
            var p = seg.lowerBound
            while p < seg.upperBound, t[p] == 0x3A || t[p] == 0x2C || ByteClass.isSpace(t[p]) { p += 1 }
            let body = ByteClass.trim(t, p..<seg.upperBound)
            if body.isEmpty || !startsLikeDate(t, body) { return nil }
        }
        // Split at keywords that start a word.
        var cuts: [(Int, Int, HeaderKind?)] = []  // (start, keyword end, kind)
        var i = seg.lowerBound
        var atWordStart = true
        while i < seg.upperBound {
            if atWordStart, let (e, kind) = keyword(t, at: i, seg.upperBound) {
                // A keyword inside a keyword ("updated" in "Last updated") is not a new cut.
                cuts.append((i, e, kind))
                i = e
                atWordStart = false
                continue
            }
            atWordStart = !ByteClass.isAlnum(t[i])
            i += 1
        }
        if cuts.isEmpty || cuts[0].0 != seg.lowerBound {
            // A bare date (optionally after a weekday) must start the segment.
            cuts.insert((seg.lowerBound, seg.lowerBound, nil), at: 0)
        }
        var best: (date: PartialDate, kind: HeaderKind)?
        for (n, cut) in cuts.enumerated() {
            let end = n + 1 < cuts.count ? cuts[n + 1].0 : seg.upperBound
            var p = cut.1
            // Skip ":" "-" "on" and spaces after the keyword.
            while p < end, t[p] == 0x3A || t[p] == 0x2C || ByteClass.isSpace(t[p]) { p += 1 }
            if ByteClass.hasPrefixIgnoringCase(t, p..<end, "on "), cut.2 != nil { p += 3 }
            let body = ByteClass.trim(t, p..<end)
            if body.isEmpty { if cut.2 != nil { continue } else { return nil } }
            guard startsLikeDate(t, body) else { return nil }
            var scanner = DateScanner(text: t, range: body, reference: nil)
            scanner.skipLeadingWeekday = true
            let matches = scanner.run()
            guard let m = matches.first, let d = m.date, !m.relative, d.month != nil,
                isLeadIn(t, body.lowerBound..<m.range.lowerBound),
                isTimeTail(t, m.range.upperBound..<body.upperBound)
            else { return nil }
            let kind = cut.2 ?? .published
            if best == nil || kind < best!.kind { best = (d, kind) }
        }
        return best
    }

    /// `headerKeywords` as lower-cased bytes, by first byte (256 buckets).
    static let keywordBytes: [[([UInt8], HeaderKind)]] = {
        var out = [[([UInt8], HeaderKind)]](repeating: [], count: 256)
        for (k, kind) in headerKeywords { out[Int(k.utf8.first!)].append((Array(k.utf8), kind)) }
        return out
    }()

    /// The header keyword starting at `i` (a word start), ending at a word boundary before
    /// `end`: its end and kind.
    @inline(__always)
    private static func keyword(_ t: [UInt8], at i: Int, _ end: Int) -> (Int, HeaderKind)? {
        guard i < end, ByteClass.isAlpha(t[i]) else { return nil }
        for (k, kind) in keywordBytes[Int(ByteClass.lower(t[i]))] where Boilerplate.startsWith(t, i..<end, k) {
            let e = i + k.count
            if e == end || !ByteClass.isAlpha(t[e]) { return (e, kind) }
        }
        return nil
    }

    /// A cheap test before scanning: a digit, or a month or weekday name, starts the text.
    private static func startsLikeDate(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        if ByteClass.isDigit(t[r.lowerBound]) { return true }
        var e = r.lowerBound
        while e < r.upperBound, e - r.lowerBound < 10, ByteClass.isAlpha(t[e]) { e += 1 }
        guard e > r.lowerBound, e - r.lowerBound < 10 else { return false }
        var h: UInt64 = 0
        for i in r.lowerBound..<e { h = h << 5 | UInt64((t[i] | 0x20) &- 0x60) }
        return DateScanner.calendarWords.contains(h)
    }

    /// Before a header date only a weekday and a comma may appear.
    private static func isLeadIn(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        let r = ByteClass.trim(t, r)
        if r.isEmpty { return true }
        var e = r.upperBound
        if t[e - 1] == 0x2C { e -= 1 }
        let w = String(decoding: t[r.lowerBound..<e], as: UTF8.self).lowercased()
        return DateScanner.weekdays[w] != nil || DateScanner.weekdayAbbrev[w] != nil
    }

    /// After a header date only times, time zones and punctuation may appear.
    private static func isTimeTail(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 40 else { return false }
        for w in ByteClass.words(t, r) {
            var i = w.lowerBound
            while i < w.upperBound {
                let b = t[i]
                if ByteClass.isAlpha(b) {
                    var j = i
                    while j < w.upperBound, ByteClass.isAlpha(t[j]) { j += 1 }
                    let isUpperWord = (i..<j).allSatisfy { ByteClass.isUpper(t[$0]) } && j - i <= 5
                    let word = String(decoding: t[i..<j], as: UTF8.self).lowercased()
                    if !isUpperWord && !headerTail.contains(word) { return false }
                    i = j
                } else if ByteClass.isDigit(b) || b == 0x3A || b == 0x2C || b == 0x2E || b == 0x28 || b == 0x29
                    || b == 0x2B || b == 0x2D || b == 0x2F
                {
                    i += 1
                } else {
                    return false
                }
            }
        }
        return true
    }
}

/// The scanning state of `DateParser.find`.
struct DateScanner {
    enum Kind: Equatable { case word, number, punct, other }
    struct Tok {
        var lo: Int
        var hi: Int
        var kind: Kind
        /// Whitespace directly before this token.
        var spaced: Bool
    }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbrev: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// 0 = Monday … 6 = Sunday, as `PartialDate.weekday`.
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    static let weekdayAbbrev: [String: Int] = [
        "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    ]
    /// Words after which a bare month ("in September") or a bare year ("in 2022") is a date.
    static let cues: Set<String> = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "early", "late",
        "mid", "the", "through", "throughout", "around", "circa", "last", "this", "next", "of",
        "between", "to", "and", "or", "year", "earlier", "later", "as",
    ]
    /// Cues too weak for a bare year ("a total of 2000", "up to 2000").
    static let weakYearCues: Set<String> = ["of", "to", "and", "or", "last", "this", "next", "as", "earlier", "later"]
    static let smallNumbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "several": -1, "few": -1,
    ]

    let text: [UInt8]
    let range: Range<Int>
    let reference: PartialDate?
    var toks: [Tok] = []
    var skipLeadingWeekday = false

    init(text: [UInt8], range: Range<Int>, reference: PartialDate?) {
        self.text = text
        self.range = range
        self.reference = reference
    }

    mutating func tokenize() {
        var i = range.lowerBound
        var spaced = true
        let end = range.upperBound
        while i < end {
            let n = ByteClass.spaceLength(text, i, end)
            if n > 0 {
                spaced = true
                i += n
                continue
            }
            let b = text[i]
            var j = i + 1
            let kind: Kind
            if ByteClass.isAlpha(b) {
                while j < end, ByteClass.isAlpha(text[j]) { j += 1 }
                kind = .word
            } else if ByteClass.isDigit(b) {
                while j < end, ByteClass.isDigit(text[j]) { j += 1 }
                kind = .number
            } else if b < 0x80 {
                kind = .punct
            } else {
                // One whole UTF-8 scalar; an en/em dash counts as "-".
                while j < end, text[j] & 0xC0 == 0x80 { j += 1 }
                kind = ByteClass.dashLength(text, i, end) == 3 ? .punct : .other
            }
            toks.append(Tok(lo: i, hi: j, kind: kind, spaced: spaced))
            spaced = false
            i = j
        }
    }

    // MARK: token helpers

    /// The lowercase letters of word token `k`, five bits each (nil past 12 letters): a key
    /// that identifies the word exactly.
    @inline(__always) func packedWord(_ k: Int) -> UInt64? {
        let t = toks[k]
        guard t.hi - t.lo <= 12 else { return nil }
        return text.withUnsafeBufferPointer { b in
            var h: UInt64 = 0
            for i in t.lo..<t.hi { h = h << 5 | UInt64((b[i] | 0x20) &- 0x60) }
            return h
        }
    }

    static func packed(_ w: String) -> UInt64 {
        w.utf8.reduce(0) { $0 << 5 | UInt64(($1 | 0x20) &- 0x60) }
    }

    /// Month and weekday names and abbreviations, packed.
    static let calendarWords = KeySet(
        (Array(months.keys) + Array(monthAbbrev.keys) + Array(weekdays.keys) + Array(weekdayAbbrev.keys)).map(packed))

    /// Every word a word-initial match (`matchAt`) can start with: weekdays, months,
    /// relative words, the counts of "… ago".
    static let startWords = KeySet(
        (Array(months.keys) + Array(monthAbbrev.keys) + Array(weekdays.keys) + Array(weekdayAbbrev.keys)
            + ["yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "this", "next", "past"]
            + Array(smallNumbers.keys)).map(packed))

    func word(_ k: Int) -> String? {
        guard k >= 0, k < toks.count, toks[k].kind == .word else { return nil }
        return String(decoding: text[toks[k].lo..<toks[k].hi], as: UTF8.self).lowercased()
    }
    func isCapitalized(_ k: Int) -> Bool { ByteClass.isUpper(text[toks[k].lo]) }
    func number(_ k: Int) -> Int? {
        guard k >= 0, k < toks.count, toks[k].kind == .number, toks[k].hi - toks[k].lo <= 4 else { return nil }
        var v = 0
        for i in toks[k].lo..<toks[k].hi { v = v * 10 + Int(text[i] - 0x30) }
        return v
    }
    func digits(_ k: Int) -> Int { toks[k].hi - toks[k].lo }
    func isPunct(_ k: Int, _ c: UInt8) -> Bool {
        k >= 0 && k < toks.count && toks[k].kind == .punct && toks[k].hi - toks[k].lo == 1 && text[toks[k].lo] == c
    }
    func isDash(_ k: Int) -> Bool {
        k >= 0 && k < toks.count && toks[k].kind == .punct && ByteClass.dashLength(text, toks[k].lo, toks[k].hi) > 0
    }
    /// Month number of a capitalised month word at `k` (`abbrev` when abbreviated).
    func month(_ k: Int) -> (month: Int, abbrev: Bool)? {
        guard let w = word(k), isCapitalized(k) else { return nil }
        if let m = Self.months[w] { return (m, false) }
        if let m = Self.monthAbbrev[w] { return (m, true) }
        return nil
    }
    /// A day number at `k` (1…31, one or two digits, optional ordinal suffix glued to it);
    /// returns the index after it.
    func day(_ k: Int) -> (day: Int, next: Int)? {
        guard let d = number(k), digits(k) <= 2, (1...31).contains(d) else { return nil }
        var next = k + 1
        if next < toks.count, !toks[next].spaced, let w = word(next), ["st", "nd", "rd", "th"].contains(w) {
            next += 1
        }
        // Not a time ("28:00"), a decimal or a fraction.
        if next < toks.count, !toks[next].spaced,
            isPunct(next, 0x3A) || isPunct(next, 0x2F)
                || (isPunct(next, 0x2E) && next + 1 < toks.count && toks[next + 1].kind == .number
                    && !toks[next + 1].spaced)
        {
            return nil
        }
        return (d, next)
    }
    /// A four-digit year at `k` not followed by a range dash, a percent or thousands.
    func year(_ k: Int) -> Int? {
        guard let y = number(k), digits(k) == 4, (1000...2999).contains(y) else { return nil }
        if k + 1 < toks.count, !toks[k + 1].spaced {
            if isPunct(k + 1, 0x25) { return nil }
            if isDash(k + 1), k + 2 < toks.count, toks[k + 2].kind == .number { return nil }
            if isPunct(k + 1, 0x2C) || isPunct(k + 1, 0x2E), k + 2 < toks.count, toks[k + 2].kind == .number,
                !toks[k + 2].spaced
            {
                return nil
            }
        }
        if k > 0, !toks[k].spaced {
            if toks[k - 1].kind == .number || toks[k - 1].kind == .word { return nil }
            if isPunct(k - 1, 0x24) || isPunct(k - 1, 0x2C) || isPunct(k - 1, 0x2E) { return nil }
            if isDash(k - 1), k >= 2, toks[k - 2].kind == .number { return nil }
            if toks[k - 1].kind == .other { return nil }  // €, £, ¥ …
        }
        return y
    }

    // MARK: calendar helpers

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { d >= 1 && d <= PartialDate.daysIn(month: m, year: y) }

    /// The year of a month (and day) written without one, from the reference.
    func inferYear(month m: Int, day d: Int?) -> Int? {
        guard let ref = reference else { return nil }
        let refMonth = ref.month ?? 6
        let refDay = ref.day ?? 15
        let refN = PartialDate(year: ref.year, month: refMonth, day: refDay).dayNumber!
        var y = ref.year
        let dd = min(d ?? 1, PartialDate.daysIn(month: m, year: y))
        let n = PartialDate(year: y, month: m, day: dd).dayNumber!
        if n - refN > 62 { y -= 1 } else if refN - n > 300 { y += 1 }
        return y
    }

    func refDay() -> Int? { reference?.dayNumber }

    // MARK: scanning

    mutating func run() -> [DateMatch] {
        tokenize()
        var out: [DateMatch] = []
        var k = 0
        while k < toks.count {
            if let (m, next) = matchAt(k) {
                out.append(m)
                k = max(next, k + 1)
            } else {
                k += 1
            }
        }
        return out
    }

    mutating func matchAt(_ k: Int) -> (DateMatch, Int)? {
        let t = toks[k]
        if t.kind == .number {
            return iso(k) ?? dayMonth(k) ?? bareYear(k) ?? ago(k)
        }
        guard t.kind == .word else { return nil }
        // Most words start no date: only the words below can, so the others are rejected
        // without building a string.
        guard let p = packedWord(k), Self.startWords.contains(p) else { return nil }
        if let w = word(k) {
            if isCapitalized(k), let wd = Self.weekdays[w] ?? (skipLeadingWeekday ? Self.weekdayAbbrev[w] : nil) {
                // "Sunday, Sept. 28, 2025": the explicit date wins and absorbs the weekday.
                var j = k + 1
                if isPunct(j, 0x2E) { j += 1 }
                if isPunct(j, 0x2C) { j += 1 }
                if j < toks.count, let (m, next) = monthFirst(j) ?? dayMonth(j) ?? iso(j), m.date != nil || m.relative {
                    return (DateMatch(range: t.lo..<m.range.upperBound, date: m.date, relative: m.relative), next)
                }
                return weekday(k, wd)
            }
            if let r = monthFirst(k) { return r }
            if let r = relativeWord(k, w) { return r }
            if let r = ago(k) { return r }
        }
        return nil
    }

    /// 2025-09-28, 2025/09/28, 2025.09.28
    func iso(_ k: Int) -> (DateMatch, Int)? {
        guard digits(k) == 4, let y = number(k), k + 4 < toks.count else { return nil }
        let sep = toks[k + 1]
        guard sep.kind == .punct, sep.hi - sep.lo == 1, [0x2D, 0x2F, 0x2E].contains(text[sep.lo]),
            isPunct(k + 3, text[sep.lo]), !toks[k + 1].spaced, !toks[k + 2].spaced, !toks[k + 3].spaced,
            !toks[k + 4].spaced,
            let m = number(k + 2), digits(k + 2) <= 2, let d = number(k + 4), digits(k + 4) <= 2,
            (1...12).contains(m), Self.valid(y, m, d)
        else { return nil }
        if k > 0, !toks[k].spaced, toks[k - 1].kind == .number || toks[k - 1].kind == .word { return nil }
        return (
            DateMatch(
                range: toks[k].lo..<toks[k + 4].hi, date: PartialDate(year: y, month: m, day: d), relative: false),
            k + 5
        )
    }

    /// "Sept 28, 2025", "Sept. 28", "September 28", "June 2022", "in September", "last September".
    func monthFirst(_ k: Int) -> (DateMatch, Int)? {
        guard let (m, abbrev) = month(k) else { return nil }
        var j = k + 1
        if isPunct(j, 0x2E), !toks[j].spaced { j += 1 }
        if let (d, after) = day(j) {
            // "Sept 28, 2025" / "Sept 28 2025"
            var y: Int?
            var end = after
            var yk = after
            if isPunct(yk, 0x2C) { yk += 1 }
            if yk < toks.count, let yy = year(yk) {
                y = yy
                end = yk + 1
            }
            let lo = toks[k].lo
            let hi = toks[end - 1].hi
            if let y {
                guard Self.valid(y, m, d) else { return nil }
                return (DateMatch(range: lo..<hi, date: PartialDate(year: y, month: m, day: d), relative: false), end)
            }
            guard d <= PartialDate.daysIn(month: m, year: 2000) else { return nil }
            let iy = inferYear(month: m, day: d)
            let date = iy.flatMap { Self.valid($0, m, d) ? PartialDate(year: $0, month: m, day: d) : nil }
            return (DateMatch(range: lo..<hi, date: date, relative: true), end)
        }
        if j < toks.count, let y = year(j) {
            return (
                DateMatch(range: toks[k].lo..<toks[j].hi, date: PartialDate(year: y, month: m), relative: false), j + 1
            )
        }
        // A month alone.
        guard !abbrev else { return nil }
        var prev = k - 1
        if isDash(prev), !toks[k].spaced { prev -= 1 }  // mid-September
        let cue = word(prev)
        if m == 5 || m == 3 {
            guard let c = cue, Self.cues.contains(c) else { return nil }
        }
        if let c = cue, c == "last" || c == "next", let ref = reference, let rm = ref.month {
            var y = ref.year
            if c == "last" { if m >= rm { y -= 1 } } else { if m <= rm { y += 1 } }
            return (
                DateMatch(range: toks[prev].lo..<toks[k].hi, date: PartialDate(year: y, month: m), relative: true),
                k + 1
            )
        }
        if let c = cue, c == "last" || c == "next" {
            return (DateMatch(range: toks[prev].lo..<toks[k].hi, date: nil, relative: true), k + 1)
        }
        let iy = inferYear(month: m, day: nil)
        return (
            DateMatch(range: toks[k].lo..<toks[k].hi, date: iy.map { PartialDate(year: $0, month: m) }, relative: true),
            k + 1
        )
    }

    /// "28 September 2025", "29 Sep. 2025", "28th September".
    func dayMonth(_ k: Int) -> (DateMatch, Int)? {
        guard let (d, after) = day(k), after < toks.count, let (m, _) = month(after) else { return nil }
        var j = after + 1
        if isPunct(j, 0x2E), !toks[j].spaced { j += 1 }
        var yk = j
        if isPunct(yk, 0x2C) { yk += 1 }
        if yk < toks.count, let y = year(yk) {
            guard Self.valid(y, m, d) else { return nil }
            return (
                DateMatch(
                    range: toks[k].lo..<toks[yk].hi, date: PartialDate(year: y, month: m, day: d), relative: false),
                yk + 1
            )
        }
        guard d <= PartialDate.daysIn(month: m, year: 2000) else { return nil }
        let iy = inferYear(month: m, day: d)
        let date = iy.flatMap { Self.valid($0, m, d) ? PartialDate(year: $0, month: m, day: d) : nil }
        return (DateMatch(range: toks[k].lo..<toks[after].hi, date: date, relative: true), after + 1)
    }

    /// "in 2022", "since 2018", "the 2018 summit".
    func bareYear(_ k: Int) -> (DateMatch, Int)? {
        guard let y = year(k), (1900...2099).contains(y) else { return nil }
        var prev = k - 1
        if isDash(prev), !toks[k].spaced { prev -= 1 }
        guard let c = word(prev), Self.cues.contains(c) else { return nil }
        if Self.weakYearCues.contains(c) {
            // "the summer of 2022", "between 2018 and 2019": only after a date-ish word.
            let before = word(prev - 1) ?? ""
            let ok: Set<String> = [
                "summer", "spring", "autumn", "fall", "winter", "end", "beginning", "start",
                "middle", "half", "quarter", "late", "early", "mid",
            ]
            guard ok.contains(before) || (c == "and" || c == "to" || c == "or") && yearBefore(prev) else { return nil }
        }
        // Not a quantity: "in 2022 troops" is rare, "by 2000 votes" is not a date.
        if let next = word(k + 1),
            [
                "votes", "people", "troops", "soldiers", "times", "km", "kilometers", "miles", "tons", "units",
                "dollars", "won", "yuan", "yen",
            ].contains(next)
        {
            return nil
        }
        return (DateMatch(range: toks[k].lo..<toks[k].hi, date: PartialDate(year: y), relative: false), k + 1)
    }

    private func yearBefore(_ k: Int) -> Bool {
        let p = k - 1
        return p >= 0 && digits(p) == 4 && toks[p].kind == .number
    }

    /// "on Sunday", "last Friday", "next Monday", "until Tuesday".
    func weekday(_ k: Int, _ wd: Int) -> (DateMatch, Int)? {
        let cue = word(k - 1)
        var lo = toks[k].lo
        enum Dir { case onOrBefore, before, onOrAfter, after }
        var dir = Dir.onOrBefore
        switch cue {
        case "last", "past", "previous":
            dir = .before
            lo = toks[k - 1].lo
        case "next", "coming":
            dir = .after
            lo = toks[k - 1].lo
        case "until", "till", "through": dir = .onOrAfter
        default: if futureBefore(k) { dir = .onOrAfter }
        }
        guard let n = refDay(), let rw = reference?.weekday else {
            return (DateMatch(range: lo..<toks[k].hi, date: nil, relative: true), k + 1)
        }
        var delta: Int
        switch dir {
        case .onOrBefore: delta = -((rw - wd + 7) % 7)
        case .before:
            delta = -((rw - wd + 7) % 7)
            if delta == 0 { delta = -7 }
        case .onOrAfter: delta = (wd - rw + 7) % 7
        case .after:
            delta = (wd - rw + 7) % 7
            if delta == 0 { delta = 7 }
        }
        return (DateMatch(range: lo..<toks[k].hi, date: PartialDate(dayNumber: n + delta), relative: true), k + 1)
    }

    /// "is expected to meet X on Tuesday", "will travel there on Friday": a future cue among the
    /// few words before a weekday (within its clause) points to the coming one.
    func futureBefore(_ k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 7 {
            if toks[j].kind == .punct { return false }
            if let w = word(j), Self.futureCues.contains(w) { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    static let futureCues: Set<String> = [
        "will", "expected", "scheduled", "due", "slated", "shall", "plans", "planned", "ll",
    ]

    /// "yesterday", "today", "last week", "earlier this month", "next year" …
    func relativeWord(_ k: Int, _ w: String) -> (DateMatch, Int)? {
        let lo = toks[k].lo
        switch w {
        case "yesterday", "today", "tomorrow", "tonight":
            let delta = w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0)
            let date = refDay().map { PartialDate(dayNumber: $0 + delta) }
            return (DateMatch(range: lo..<toks[k].hi, date: date, relative: true), k + 1)
        case "earlier", "later":
            guard word(k + 1) == "this", let unit = word(k + 2), ["week", "month", "year"].contains(unit) else {
                return nil
            }
            return (unitMatch(lo: lo, end: k + 3, unit: unit, offset: 0), k + 3)
        case "last", "this", "next", "past":
            guard let unit = word(k + 1), ["week", "month", "year"].contains(unit) else { return nil }
            let offset = w == "next" ? 1 : (w == "this" ? 0 : -1)
            return (unitMatch(lo: lo, end: k + 2, unit: unit, offset: offset), k + 2)
        default:
            return nil
        }
    }

    /// "three days ago", "two weeks ago", "a month ago", "5 years ago".
    func ago(_ k: Int) -> (DateMatch, Int)? {
        let count: Int
        if let n = number(k), digits(k) <= 3 {
            count = n
        } else if let w = word(k), let n = Self.smallNumbers[w] {
            count = n
        } else {
            return nil
        }
        guard var unit = word(k + 1), word(k + 2) == "ago" else { return nil }
        if unit.hasSuffix("s") { unit.removeLast() }
        guard ["day", "week", "month", "year"].contains(unit) else { return nil }
        let lo = toks[k].lo
        let hi = toks[k + 2].hi
        guard count > 0 else { return (DateMatch(range: lo..<hi, date: nil, relative: true), k + 3) }
        if unit == "day" {
            return (
                DateMatch(range: lo..<hi, date: refDay().map { PartialDate(dayNumber: $0 - count) }, relative: true),
                k + 3
            )
        }
        if unit == "week" {
            let date = refDay().map { PartialDate(dayNumber: $0 - 7 * count) }.map {
                PartialDate(year: $0.year, month: $0.month)
            }
            return (DateMatch(range: lo..<hi, date: date, relative: true), k + 3)
        }
        var m = unitMatch(lo: lo, end: k + 3, unit: unit, offset: -count)
        m.range = lo..<hi
        return (m, k + 3)
    }

    /// A week, month or year `offset` units from the reference.
    func unitMatch(lo: Int, end: Int, unit: String, offset: Int) -> DateMatch {
        let hi = toks[end - 1].hi
        guard let ref = reference else { return DateMatch(range: lo..<hi, date: nil, relative: true) }
        var date: PartialDate?
        switch unit {
        case "week":
            if let n = ref.dayNumber {
                let d = PartialDate(dayNumber: n + 7 * offset)
                date = PartialDate(year: d.year, month: d.month)
            } else if offset == 0, let m = ref.month {
                date = PartialDate(year: ref.year, month: m)
            }
        case "month":
            if let m = ref.month {
                let total = ref.year * 12 + (m - 1) + offset
                date = PartialDate(year: total / 12, month: total % 12 + 1)
            }
        default:
            date = PartialDate(year: ref.year + offset)
        }
        return DateMatch(range: lo..<hi, date: date, relative: true)
    }
}
