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
        // About one token per five bytes of news text: one allocation instead of six doublings.
        toks.reserveCapacity(range.count / 4 + 8)
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
}
