/// Header dates written with slashes or dashes: "19/01/2031 - 09:08", "9:58 AM, 15/03/2031",
/// "Published: 2/13/2031", "26-12-2031 12:00 AM".
///
/// In running text a slashed date stays unread (`DateScanner.dottedDayFirst`): day first and
/// month first are both in use. A header line that is only a date (and a time) is read when the
/// order is certain: one of the two numbers is above 12, so it is the day and the other the
/// month. "06/10/2031" (either order) stays unread.
extension DateParser {
    /// The date of a header segment's `body` that is a slashed day, month and four-digit year in
    /// an order its numbers settle, after an optional time lead-in and before an optional time.
    static func slashedHeaderDate(_ t: [UInt8], _ body: Range<Int>) -> PartialDate? {
        var i = body.lowerBound
        while i < body.upperBound {
            // A number that starts a word.
            if ByteClass.isDigit(t[i]), i == body.lowerBound || t[i - 1] == 0x20 || t[i - 1] == 0x2C,
                let (date, end) = slashed(t, i, body.upperBound)
            {
                guard isLeadIn(t, body.lowerBound..<i), isTimeTail(t, end..<body.upperBound) else { return nil }
                return date
            }
            i += 1
        }
        return nil
    }

    /// "15/03/2031" or "3/15/2031" (or with dashes, "15-03-2031") at `i`: the date and the index
    /// after the year.
    static func slashed(_ t: [UInt8], _ i: Int, _ end: Int) -> (PartialDate, Int)? {
        var p = i
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var v = 0
            var n = 0
            while p < end, ByteClass.isDigit(t[p]), n < maxDigits + 1 {
                v = v * 10 + Int(t[p] - 0x30)
                n += 1
                p += 1
            }
            return n >= 1 && n <= maxDigits ? (v, n) : nil
        }
        guard let a = number(maxDigits: 2), p < end, t[p] == 0x2F || t[p] == 0x2D else { return nil }
        let sep = t[p]
        p += 1
        guard let b = number(maxDigits: 2), p < end, t[p] == sep else { return nil }
        p += 1
        guard let y = number(maxDigits: 4), y.digits == 4, (1900...2100).contains(y.value) else { return nil }
        if p < end, ByteClass.isAlnum(t[p]) || t[p] == sep { return nil }
        let (day, month): (Int, Int)
        switch (a.value > 12, b.value > 12) {
        case (true, false): (day, month) = (a.value, b.value)
        case (false, true): (day, month) = (b.value, a.value)
        default: return nil  // either order, or neither
        }
        guard month >= 1, day >= 1, day <= PartialDate.daysIn(month: month, year: y.value) else { return nil }
        return (PartialDate(year: y.value, month: month, day: day), p)
    }
}
