/// The date patterns the scanner tries at each token: ISO dates, month-first and day-first
/// dates, bare years, weekdays and relative words ("yesterday", "three days ago").
extension DateScanner {
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
            return iso(k) ?? dottedDayFirst(k) ?? dayRange(k) ?? dayMonth(k) ?? bareYear(k) ?? ago(k)
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
                if j < toks.count, let (m, next) = monthFirst(j) ?? dottedDayFirst(j) ?? dayMonth(j) ?? iso(j),
                    m.date != nil || m.relative
                {
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

    /// 06.10.2016, 6.10.2016: day, month and a four-digit year between dots, the order of the
    /// countries that write dates with dots (a slashed 06/10/2016 stays unread: either order is
    /// in use). Not inside a longer run of numbers and dots ("1.2.2024.5", "v2.06.10.2016").
    func dottedDayFirst(_ k: Int) -> (DateMatch, Int)? {
        guard k + 4 < toks.count, digits(k) <= 2, let d = number(k), isPunct(k + 1, 0x2E), isPunct(k + 3, 0x2E),
            digits(k + 2) <= 2, let m = number(k + 2), digits(k + 4) == 4, let y = number(k + 4),
            !toks[k + 1].spaced, !toks[k + 2].spaced, !toks[k + 3].spaced, !toks[k + 4].spaced,
            (1...12).contains(m), (1900...2100).contains(y), Self.valid(y, m, d)
        else { return nil }
        if k > 0, !toks[k].spaced, toks[k - 1].kind == .number || toks[k - 1].kind == .word || isPunct(k - 1, 0x2E) {
            return nil
        }
        if k + 6 < toks.count, isPunct(k + 5, 0x2E), !toks[k + 5].spaced, !toks[k + 6].spaced,
            toks[k + 6].kind == .number
        {
            return nil
        }
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
        if var (d, after) = day(j) {
            // "October 1-6, 2019": a range of days (`DateScanner+Ranges.swift`) keeps its month.
            var days = false
            if let (d2, next) = rangeSecondDay(after: after, first: d) {
                (d, after, days) = (d2, next, true)
            }
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
                let date = PartialDate(year: y, month: m, day: d)
                return (DateMatch(range: lo..<hi, date: days ? Self.monthOf(date) : date, relative: false), end)
            }
            guard d <= PartialDate.daysIn(month: m, year: 2000) else { return nil }
            let iy = inferYear(month: m, day: d)
            let date = iy.flatMap { Self.valid($0, m, d) ? PartialDate(year: $0, month: m, day: d) : nil }
            return (DateMatch(range: lo..<hi, date: days ? date.map(Self.monthOf) : date, relative: true), end)
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

    func yearBefore(_ k: Int) -> Bool {
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

    /// Parts of a day after "this" that name the reference day.
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening"]

    /// "yesterday", "today", "last week", "earlier this month", "next year" …
    func relativeWord(_ k: Int, _ w: String) -> (DateMatch, Int)? {
        let lo = toks[k].lo
        switch w {
        case "yesterday", "today", "tomorrow", "tonight":
            return (dayMatch(lo..<toks[k].hi, delta: w == "yesterday" ? -1 : (w == "tomorrow" ? 1 : 0)), k + 1)
        case "earlier", "later":
            guard word(k + 1) == "this", let unit = word(k + 2), ["week", "month", "year"].contains(unit) else {
                return nil
            }
            return (unitMatch(lo: lo, end: k + 3, unit: unit, offset: 0), k + 3)
        case "last", "this", "next", "past":
            // "this morning", "this afternoon", "this evening": the reference day; "last night":
            // the day before.
            if let part = word(k + 1),
                (w == "this" && Self.partsOfDay.contains(part)) || (w == "last" && part == "night")
            {
                return (dayMatch(lo..<toks[k + 1].hi, delta: w == "last" ? -1 : 0), k + 2)
            }
            guard let unit = word(k + 1), ["week", "month", "year"].contains(unit) else { return nil }
            let offset = w == "next" ? 1 : (w == "this" ? 0 : -1)
            return (unitMatch(lo: lo, end: k + 2, unit: unit, offset: offset), k + 2)
        default:
            return nil
        }
    }

    /// The day `delta` days from the reference day, relative, over `range` (undated without a
    /// reference): "today", "yesterday", "this morning", "last night", "three days ago".
    func dayMatch(_ range: Range<Int>, delta: Int) -> DateMatch {
        DateMatch(range: range, date: refDay().map { PartialDate(dayNumber: $0 + delta) }, relative: true)
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
            return (dayMatch(lo..<hi, delta: -count), k + 3)
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
