/// A weekday resolved against the dates the article itself states, when it has no reference date.
///
///     "… received the envoy at the palace on Friday (December 30, 2031)."
///     "… on Friday afternoon met …" with a caption "… Friday, Sept. 16, 2031."
///
/// Without a publication or dateline date, "on Friday" names no day (`DateScanner.weekday`).
/// When the text states full dates (day, month and year, not relative) and exactly one of them
/// falls on that weekday, the weekday is that day: the calendar and the article agree. With none
/// or with two different such days, the weekday stays unresolved.
extension DateParser {
    /// The distinct full dates that `text` states in its own words.
    static func statedDays(in text: [UInt8]) -> [PartialDate] {
        var out: [PartialDate] = []
        for m in find(in: text, range: 0..<text.count, reference: nil) where !m.relative {
            guard let d = m.date, d.day != nil, !out.contains(d) else { continue }
            out.append(d)
        }
        return out
    }

    /// `matches` with each plain weekday ("Friday", not "last Friday") that has no date given the
    /// one stated day of that weekday, when there is exactly one.
    static func anchoringWeekdays(_ matches: [DateMatch], in text: [UInt8], stated: () -> [PartialDate]) -> [DateMatch]
    {
        var out = matches
        var days: [PartialDate]?
        for i in out.indices where out[i].date == nil {
            let word = String(decoding: text[out[i].range], as: UTF8.self).lowercased()
            guard let wd = DateScanner.weekdays[word] else { continue }
            if days == nil { days = stated() }
            let fits = days!.filter { $0.weekday == wd }
            if fits.count == 1 { out[i].date = fits[0] }
        }
        return out
    }
}
