/// A publication date on a short header line that is not a header line of its own:
/// "Archived Articles 07 Aug 2009 EWR", "Posted by: Ana Duarte 2031-08-11", "Kai Lundgren
/// 15.10.2031 11:21", "Source: Agency Published: 2031-1-14 17:11:25", "Home News - 2031.4.15",
/// "By Staff Date 23 Oktober 2031", "May 21, 2031 - Lakeport - Ministry of Trade".
///
/// `headerDate` reads a line that is nothing but dates, times, keywords and short byline
/// segments; outlets also put the date beside a section name, a byline without "By", a
/// source or a place. Such a line is read only when no header date was found in the whole
/// header (`ArticleLayout.layout` falls back to it): a short line (at most `maxWords` words
/// besides its dates, at most 120 bytes) among the first 15, whose dates are all one full date
/// (day, month and year). A line with two different dates, a month without a day, or a
/// sentence of body text is not read.
///
/// Numeric dates: year first with any of "-", "/", "." is year-month-day ("2031-1-14",
/// "2031.4.15"); day first with dots is day-month-year, the only order dotted dates are written
/// in ("15.10.2031"); slashed or dashed with the year last only when the numbers settle the order
/// (`slashed`). Month names: English (`DateScanner`) and the languages of `foreignMonths`.
extension DateParser {
    /// The most words, besides its dates and times, a short date line may have.
    static let maxWords = 8

    /// The one full date of the short line `r`, or nil.
    static func shortLineDate(_ t: [UInt8], _ r: Range<Int>) -> PartialDate? {
        let line = ByteClass.trim(t, r)
        guard !line.isEmpty, line.count <= 120, t[line].contains(where: ByteClass.isDigit) else { return nil }
        var date: PartialDate?
        var covered: [Range<Int>] = []
        func add(_ d: PartialDate, _ range: Range<Int>) -> Bool {
            guard d.day != nil, date == nil || date == d else { return false }
            date = d
            covered.append(range)
            return true
        }
        // Numeric dates.
        var i = line.lowerBound
        while i < line.upperBound {
            if ByteClass.isDigit(t[i]), i == line.lowerBound || !ByteClass.isAlnum(t[i - 1]),
                let (d, end) = numericDate(t, i, line.upperBound)
            {
                guard add(d, i..<end) else { return nil }
                i = end
                continue
            }
            i += 1
        }
        // English month names.
        for m in find(in: t, range: line, reference: nil) {
            guard let d = m.date, !m.relative, !covered.contains(where: { $0.overlaps(m.range) }) else { continue }
            guard add(d, m.range) else { return nil }
        }
        // Month names in other languages: "23 Oktober 2031", day first.
        let words = spaceSeparated(t, line)
        if words.count >= 3 {
            for k in 0...(words.count - 3) {
                let w = words[k].lowerBound..<words[k + 2].upperBound
                guard !covered.contains(where: { $0.overlaps(w) }), ByteClass.isDigit(t[w.lowerBound]),
                    let d = foreignHeaderDate(t, w)
                else { continue }
                guard add(d, w) else { return nil }
            }
        }
        guard let date else { return nil }
        // What is left: words (times such as "11:21" and marks do not count), of which at most
        // one lower-case word that is not a header word: a sentence ("The vote is set for May 2,
        // 2031.") or a list of links ("Port to reopen (05 Feb 2031)") is no header.
        var others = 0
        var lower = 0
        for w in words where !covered.contains(where: { $0.overlaps(w) }) {
            guard t[w].contains(where: ByteClass.isAlpha), !isClockTime(t, w) else { continue }
            others += 1
            if t[w.lowerBound] &- 0x61 < 26, !shortLineWords.contains(lettersKey(t, w)) { lower += 1 }
        }
        return others <= maxWords && lower <= 1 ? date : nil
    }

    /// Lower-case words a short date line may hold any number of.
    static let shortLineWords: Set<String> = [
        "by", "on", "the", "at", "in", "of", "and", "published", "posted", "updated", "update", "last", "date",
    ]

    /// The letters of `w`, lower-cased (a trailing ":" or "," dropped).
    static func lettersKey(_ t: [UInt8], _ w: Range<Int>) -> String {
        String(decoding: t[w].filter(ByteClass.isAlpha).map(ByteClass.lower), as: UTF8.self)
    }

    /// "11:21", "17:11:25", "10:52AM": a time of day.
    static func isClockTime(_ t: [UInt8], _ w: Range<Int>) -> Bool {
        guard let first = w.first, ByteClass.isDigit(t[first]) else { return false }
        return t[w].contains(0x3A)
    }

    /// The space-separated pieces of `r`.
    static func spaceSeparated(_ t: [UInt8], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s: Int?
        for i in r {
            if t[i] == 0x20 || t[i] == 0x09 {
                if let a = s { out.append(a..<i) }
                s = nil
            } else if s == nil {
                s = i
            }
        }
        if let a = s { out.append(a..<r.upperBound) }
        return out
    }

    /// A numeric date at `i` (see the type's comment): the date and the index after it.
    static func numericDate(_ t: [UInt8], _ i: Int, _ end: Int) -> (PartialDate, Int)? {
        var p = i
        func number() -> (value: Int, digits: Int)? {
            var v = 0
            var n = 0
            while p < end, ByteClass.isDigit(t[p]), n < 5 {
                v = v * 10 + Int(t[p] - 0x30)
                n += 1
                p += 1
            }
            return n >= 1 && n <= 4 ? (v, n) : nil
        }
        guard let a = number(), p < end, t[p] == 0x2D || t[p] == 0x2F || t[p] == 0x2E else { return nil }
        let sep = t[p]
        p += 1
        guard let b = number(), b.digits <= 2, p < end, t[p] == sep else { return nil }
        p += 1
        guard let c = number() else { return nil }
        if p < end, ByteClass.isAlnum(t[p]) || ((t[p] == sep) && p + 1 < end && ByteClass.isDigit(t[p + 1])) {
            return nil
        }
        let (year, month, day): (Int, Int, Int)
        if a.digits == 4, c.digits <= 2 {
            (year, month, day) = (a.value, b.value, c.value)
        } else if a.digits <= 2, c.digits == 4, sep == 0x2E {
            (year, month, day) = (c.value, b.value, a.value)
        } else if a.digits <= 2, c.digits == 4 {
            return slashed(t, i, end)
        } else {
            return nil
        }
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1,
            day <= PartialDate.daysIn(month: month, year: year)
        else { return nil }
        return (PartialDate(year: year, month: month, day: day), p)
    }
}

/// A publication date that opens the first body line, the lede's text after it on the same line:
/// "May 12, 2031 The two leaders …", "September 17, 2031The council …" (the scraper joined the
/// date and the lede). Like `shortLineDate`, read only when the header gives no date.
extension DateParser {
    /// The fewest bytes of text after the date: a sentence, not a caption or a list entry.
    static let openingDateMinText = 40

    /// The full date (day, month by name, year) that opens line `r` when text starting with a
    /// capital letter follows it, or nil.
    static func openingDate(_ t: [UInt8], _ r: Range<Int>) -> PartialDate? {
        let line = ByteClass.trim(t, r)
        guard !line.isEmpty else { return nil }
        // The date may be glued to the lede ("2031The"): read it from the line's first 24 bytes,
        // cut before the first letter after a digit of the year.
        var cut = min(line.upperBound, line.lowerBound + 24)
        if let glued = (line.lowerBound + 1..<cut).first(where: {
            ByteClass.isUpper(t[$0]) && ByteClass.isDigit(t[$0 - 1])
        }) {
            cut = glued
        }
        guard let m = find(in: t, range: line.lowerBound..<cut, reference: nil).first,
            m.range.lowerBound == line.lowerBound,
            !m.relative, let d = m.date, d.day != nil
        else { return nil }
        var e = m.range.upperBound
        while e < line.upperBound, t[e] == 0x20 { e += 1 }
        guard e < line.upperBound, ByteClass.isUpper(t[e]), line.upperBound - e >= openingDateMinText else {
            return nil
        }
        return d
    }
}
