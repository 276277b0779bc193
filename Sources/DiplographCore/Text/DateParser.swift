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

    /// A date expression found at `range`.
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

    /// Whether a header date was labelled as the publication or the update date, or stands
    /// unlabelled (a labelled publication date wins over a bare one, which wins over an update).
    enum HeaderKind: Int, Comparable {
        case published = 0, bare = 1, updated = 2
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
        var line = ByteClass.trim(t, range)
        // ". Jun 23, 2020": a stray mark before the date.
        while !line.isEmpty, t[line.lowerBound] == 0x2E || t[line.lowerBound] == 0x2C {
            line = ByteClass.trim(t, (line.lowerBound + 1)..<line.upperBound)
        }
        guard !line.isEmpty, line.count <= 240 else { return nil }
        if ByteClass.isDigit(t[line.lowerBound]), let d = foreignHeaderDate(t, line) { return (d, .bare) }
        // Segments separated by "|" (and "·").
        var segments: [Range<Int>] = []
        // Most lines hold no separator: the (trimmed) line is the one segment.
        let separated = t.withUnsafeBufferPointer { b in
            b[line].contains { $0 == 0x7C || $0 == 0xC2 }
        }
        var s = line.lowerBound
        var i = separated ? line.lowerBound : line.upperBound + 1
        if !separated { segments.append(line) }
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
            if let found = headerSegment(t, bylineSkipped(t, seg)) {
                if best == nil || found.kind < best!.kind { best = found }
            } else {
                other += 1
                if seg.count > 60 { return nil }
            }
        }
        guard let b = best, other <= 3 else { return nil }
        return b
    }

    /// A header line that is only a date with a month named in another European language,
    /// day first or year first, and an optional time: "26. oktobar 2023 15:42", "2018. június
    /// 22.", "3 de marzo de 2024", "12 mars 2021, 10:05". Nil for anything else on the line.
    static func foreignHeaderDate(_ t: [UInt8], _ line: Range<Int>) -> PartialDate? {
        guard line.count <= 48 else { return nil }
        let text = String(decoding: t[line], as: UTF8.self).lowercased()
        var year: Int?
        var month: Int?
        var numbers: [Int] = []
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let w = raw.hasSuffix(".") ? raw.dropLast() : raw[...]
            if w.isEmpty || w == "de" || w == "del" { continue }
            if let n = Int(w) {
                if w.count == 4, (1900...2100).contains(n), year == nil {
                    year = n
                } else if w.count <= 2, (1...31).contains(n), numbers.isEmpty {
                    numbers.append(n)
                } else {
                    return nil
                }
            } else if let m = foreignMonths[String(w)], month == nil {
                month = m
            } else if !(w.contains(":") && w.allSatisfy { $0.isNumber || $0 == ":" }) {
                return nil  // a word that is not a month, a time, a year or a day
            }
        }
        guard let year, let month, numbers.count == 1 else { return nil }
        let day = numbers[0]
        guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// Month names in German, French, Spanish, Italian, Portuguese, Dutch, Indonesian and Malay,
    /// Hungarian and the Latin-script South Slavic languages (English ones are `DateScanner.months`).
    static let foreignMonths: [String: Int] = {
        let lists: [[String]] = [
            [
                "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre",
                "novembre", "dicembre",
            ],
            [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ],
            // Indonesian and Malay ("23 Oktober 2014").
            [
                "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                "november", "desember",
            ],
            [
                "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
                "október", "november", "december",
            ],
            [
                "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
                "decembar",
            ],
        ]
        var out: [String: Int] = [:]
        for list in lists { for (i, name) in list.enumerated() { out[name] = i + 1 } }
        out["setiembre"] = 9
        return out
    }()

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
            // "… Updated 1 hour ago": an update told relative to now leaves the date before it.
            if cut.2 == .updated, n > 0, isAgo(t, body) { continue }
            guard startsLikeDate(t, body) else { return nil }
            // "19/01/2031 - 09:08": a slashed date whose numbers settle the order.
            if ByteClass.isDigit(t[body.lowerBound]), let d = slashedHeaderDate(t, body) {
                let kind = cut.2 ?? .bare
                if best == nil || kind < best!.kind { best = (d, kind) }
                continue
            }
            var scanner = DateScanner(text: t, range: body, reference: nil)
            scanner.skipLeadingWeekday = true
            let matches = scanner.run()
            guard let m = matches.first, let d = m.date, !m.relative, d.month != nil,
                isLeadIn(t, body.lowerBound..<m.range.lowerBound),
                isTimeTail(t, m.range.upperBound..<body.upperBound)
            else { return nil }
            let kind = cut.2 ?? .bare
            if best == nil || kind < best!.kind { best = (d, kind) }
        }
        return best
    }

    /// "1 hour ago", "5 mins ago", "an hour ago": a number (or "a", "an") and a unit of time,
    /// then "ago", alone.
    static func isAgo(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        let w = String(decoding: t[r], as: UTF8.self).lowercased().split(separator: " ")
        guard w.count == 3, w[2] == "ago", w[0] == "a" || w[0] == "an" || w[0].allSatisfy(\.isNumber) else {
            return false
        }
        return agoUnits.contains(String(w[1]))
    }

    static let agoUnits: Set<String> = [
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
    ]

    /// A header segment after a byline that opens it: "By Ana Duarte Posted : …", "By Ana
    /// Duarte 13 October 2023, 11:00PM" (the word "By", then at most five capitalised words
    /// before a header keyword or a digit). Other segments come back unchanged.
    static func bylineSkipped(_ t: [UInt8], _ seg: Range<Int>) -> Range<Int> {
        guard seg.count > 5, t[seg.lowerBound] == 0x42, t[seg.lowerBound + 1] | 0x20 == 0x79,
            t[seg.lowerBound + 2] == 0x20
        else { return seg }
        var p = seg.lowerBound + 3
        var names = 0
        while p < seg.upperBound {
            while p < seg.upperBound, t[p] == 0x20 { p += 1 }
            guard p < seg.upperBound else { break }
            if names > 0, ByteClass.isDigit(t[p]) || keyword(t, at: p, seg.upperBound) != nil {
                return p..<seg.upperBound
            }
            guard names < 5, ByteClass.isUpper(t[p]) else { return seg }
            while p < seg.upperBound, t[p] != 0x20 { p += 1 }
            names += 1
        }
        return seg
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

    /// Before a header date only a weekday and a comma may appear, or a time and its zone
    /// ("17:11 JST,").
    static func isLeadIn(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        var r = ByteClass.trim(t, r)
        if r.isEmpty { return true }
        if ByteClass.isDigit(t[r.lowerBound]) {
            var p = r.lowerBound
            while p < r.upperBound, ByteClass.isDigit(t[p]) || t[p] == 0x3A { p += 1 }
            guard p - r.lowerBound >= 4, t[(r.lowerBound)..<p].contains(0x3A) else { return false }
            while p < r.upperBound, t[p] == 0x20 || ByteClass.isUpper(t[p]) { p += 1 }
            if p < r.upperBound, t[p] == 0x2C { p += 1 }
            r = ByteClass.trim(t, p..<r.upperBound)
            if r.isEmpty { return true }
        }
        var e = r.upperBound
        if t[e - 1] == 0x2C { e -= 1 }
        let w = String(decoding: t[r.lowerBound..<e], as: UTF8.self).lowercased()
        return DateScanner.weekdays[w] != nil || DateScanner.weekdayAbbrev[w] != nil
    }

    /// After a header date only times, time zones and punctuation may appear, then maybe a page
    /// label.
    static func isTimeTail(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        // "- Article", "   Read: 793" after the time (`DateParser+HeaderLabel.swift`).
        if let head = beforePageLabel(t, r) { return head.isEmpty || isTimeTail(t, head) }
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
