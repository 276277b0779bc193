/// Datelines that say where a report was filed without opening its text the agency way
/// ("SEOUL –", which `ArticleLayout.dateline` reads and cuts off):
///
/// - a line of its own that is only a place next to a header date line ("Lakeport, Ostria" then
///   "October 12, 2031"), or only a place and a date: "Lakeport, Ostria, Nov. 3",
///   "Lakeport, May 31", "12:05 | Lakeport, Feb. 13.", or the date first: "April 6, 2023,
///   The Old Fort, Lakeport" (the place is then the last part);
/// - the opening of the first body lines in forms that `dateline` leaves alone: "LAKEPORT: Text"
///   (a place and a colon: all caps, or "Lakeport: Text" opening a long sentence), "LAKEPORT,
///   September 9. /AGENCY/. Text", "Lake Port February 6/2022 /AGENCY/ Text", "Lake Port,
///   August 11, 2023 (Agency Name) Text" and "Lake Port — Text" (capitalised words and a spaced
///   long dash).
///
/// These only record `ArticleLayout.dateline` (and a dateline line's date as the publication
/// date when the header gives none): the line's text is not cut (a capitalised
/// phrase before a dash may still be a name), and a reader of the dateline matches it against
/// the places the article names.
extension ArticleLayout {
    /// Capitalised words ("Lake Port", "LAKEPORT", "St. Ives") from `i`, at most `max`, one
    /// space apart, up to a month name ("Lake Port February 6"): the end of the last word and
    /// whether every letter was upper case.
    static func placeWords(_ t: [UInt8], _ i: Int, _ end: Int, max: Int = 3) -> (end: Int, allCaps: Bool)? {
        var p = i
        var last = i
        var allCaps = true
        var words = 0
        while p < end, ByteClass.isUpper(t[p]), words < max {
            var j = p
            while j < end, ByteClass.isAlpha(t[j]) || t[j] == 0x2E || t[j] == 0x27 || t[j] == 0x2D {
                j += 1
            }
            let word = String(decoding: t[p..<j], as: UTF8.self).lowercased()
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            if words > 0, DateScanner.months[bare] != nil || DateScanner.monthAbbrev[bare] != nil { break }
            if (p..<j).contains(where: { ByteClass.isLower(t[$0]) }) { allCaps = false }
            words += 1
            last = j
            guard j + 1 < end, t[j] == 0x20, ByteClass.isUpper(t[j + 1]) else { break }
            p = j + 1
        }
        guard words > 0, last - i >= 3 else { return nil }
        return (last, allCaps)
    }

    /// The date of the dateline at `datelineSpan` ("WASHINGTON, Jan 7 (Agency) –", "Lakeport,
    /// May 31"), a day and month taking the year of `published` (the header's date, on or
    /// before it). It is kept when it is the publication day or one or two days before it: the
    /// day the report was filed, when the header was stamped later by a time zone or a scraper;
    /// a date further away is not the day of writing and gives nothing. With no header date,
    /// only a dateline that gives its year counts (a day and month alone stay undated).
    public func datelineDate(_ t: [UInt8], published: PartialDate?) -> PartialDate? {
        guard let span = datelineSpan,
            let m = DateParser.find(in: t, range: span, reference: published).first,
            let d = m.date, let dn = d.dayNumber
        else { return nil }
        guard let published else { return m.relative ? nil : d }
        guard let pn = published.dayNumber, dn <= pn, pn - dn <= 2 else { return nil }
        return d
    }

    /// All-caps words that open a line with a colon and are not places ("UPDATE: …").
    static let colonLabels: Set<String> = [
        "UPDATE", "UPDATED", "WATCH", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE", "VIDEO",
        "PHOTOS", "PHOTO", "EDITORIAL", "NOTE", "READ", "ALSO", "LISTEN", "COMMENT", "EXPLAINER", "FACTBOX",
        "REVIEW", "INTERVIEW", "CORRECTION", "SOURCE", "SOURCES", "TAGS", "TOPICS", "RELATED", "PUBLISHED",
    ]

    /// The place of a dateline that opens `r` without cutting it ("LAKEPORT: …", "LAKEPORT,
    /// September 9. /AGENCY/. …", "Lake Port — …"), or nil.
    static func softDateline(_ t: [UInt8], _ r: Range<Int>) -> String? {
        let end = r.upperBound
        guard let (placeEnd, allCaps) = placeWords(t, r.lowerBound, end) else { return nil }
        let place = String(decoding: t[r.lowerBound..<placeEnd], as: UTF8.self)
        var i = placeEnd
        // "Lakeport [Ostria], May 15 (AGENCY): Text" (`Dateline+Spaced.swift`)
        if bracketedCountry(t, i, end) { return place }
        // "LAKEPORT: Text", "Lakeport: Text" in mixed case when a sentence of at least 80 bytes
        // follows (a label, "Source: Agency", "Program: A title", opens a short line); "Lake Port :
        // Text" with a space before the colon (`Dateline+Spaced.swift`)
        let colon = spacedColon(t, i, end) ? i + 1 : i
        if colon + 1 < end, t[colon] == 0x3A, t[colon + 1] == 0x20, !colonLabels.contains(place.uppercased()) {
            if allCaps || (end - colon >= 80 && ByteClass.isUpper(t[colon + 2])) { return place }
        }
        // "LAKEPORT, September 9. /AGENCY/. Text", "Lake Port February 6/2022 /AGENCY/ Text": an
        // agency between slashes after a space, within 30 bytes.
        if i < end, t[i] == 0x2C || t[i] == 0x20 {
            var j = i + 1
            while j < end, j - i <= 30, !(t[j] == 0x2F && t[j - 1] == 0x20) { j += 1 }
            if j + 1 < end, j - i <= 30,
                let close = ((j + 1)..<min(end, j + 20)).first(where: { t[$0] == 0x2F }), close > j + 1,
                ((j + 1)..<close).allSatisfy({ ByteClass.isUpper(t[$0]) })
            {
                return place
            }
            if t[i] == 0x2C, agencyInParentheses(t, i + 1, end) { return place }
            if t[i] == 0x2C, allCaps { return nil }
        }
        // "Lake Port — Text", "Lake Port, Ostria — Text"
        if i < end, t[i] == 0x2C, i + 2 < end, t[i + 1] == 0x20, let (e, _) = placeWords(t, i + 2, end) { i = e }
        guard i + 1 < end, t[i] == 0x20, ByteClass.dashLength(t, i + 1, end) == 3 else { return nil }
        let after = i + 4
        guard after < end, t[after] == 0x20, !place.hasPrefix("The ") else { return nil }
        // "The UN – a body – met": a dash that opens an aside closes it later.
        var j = after
        while j + 3 < end {
            if t[j] == 0x20, ByteClass.dashLength(t, j + 1, end) == 3 { return nil }
            j += 1
        }
        return place
    }

    /// "…, August 11, 2031 (Lakeport Herald) Text": after a dateline's comma, within 30 bytes, a
    /// date with a four-digit year, then an agency in parentheses (capitalised words, at most 30
    /// bytes) and a capitalised word.
    static func agencyInParentheses(_ t: [UInt8], _ from: Int, _ end: Int) -> Bool {
        guard let open = (from..<min(end, from + 32)).first(where: { t[$0] == 0x28 }), open > from + 4,
            t[open - 1] == 0x20, open + 1 < end, ByteClass.isUpper(t[open + 1]),
            let close = ((open + 1)..<min(end, open + 32)).first(where: { t[$0] == 0x29 }),
            ((open + 1)..<close).allSatisfy({ ByteClass.isAlpha(t[$0]) || t[$0] == 0x20 || t[$0] == 0x2D }),
            close + 2 < end, t[close + 1] == 0x20, ByteClass.isUpper(t[close + 2])
        else { return false }
        // The date: a four-digit year right before the parenthesis.
        let y = open - 5
        return y >= from && (y..<(open - 1)).allSatisfy({ ByteClass.isDigit(t[$0]) })
    }

    /// A line that is only a place, next to a header date line ("Lakeport, Ostria" then
    /// "October 12, 2031"; "Lakeport" after "23 March 2031"): the first part, when the line has at
    /// most two comma-separated parts of at most three capitalised words each.
    static func placeLine(_ t: [UInt8], _ range: Range<Int>) -> String? {
        let r = ByteClass.trim(t, range)
        guard r.count >= 3, r.count <= 48, !byline(t, r) else { return nil }
        var parts: [Range<Int>] = []
        var s = r.lowerBound
        for i in r.lowerBound...r.upperBound where i == r.upperBound || t[i] == 0x2C {
            let part = ByteClass.trim(t, s..<i)
            s = i + 1
            guard !part.isEmpty, let (e, _) = placeWords(t, part.lowerBound, part.upperBound, max: 3),
                e == part.upperBound
            else { return nil }
            parts.append(part)
        }
        guard let first = parts.first, parts.count <= 2 else { return nil }
        return String(decoding: t[first], as: UTF8.self)
    }

    /// A line that is only a dateline: place parts and a date ("Lakeport, Ostria, Nov. 3",
    /// "12:05 | Lakeport, Feb. 13.") or a date and place parts ("April 6, 2023, The Old Fort,
    /// Lakeport"). Returns the place (the first part, or the last when the date comes first)
    /// and the date when the line gives its year.
    static func datelineLine(_ t: [UInt8], _ range: Range<Int>) -> (place: String, date: PartialDate?)? {
        var r = ByteClass.trim(t, range)
        guard r.count >= 6, r.count <= 80 else { return nil }
        // "12:05 | …": a time before a bar.
        if let bar = r.firstIndex(where: { t[$0] == 0x7C }) {
            guard (r.lowerBound..<bar).allSatisfy({ ByteClass.isDigit(t[$0]) || t[$0] == 0x3A || t[$0] == 0x20 })
            else { return nil }
            r = ByteClass.trim(t, (bar + 1)..<r.upperBound)
            guard !r.isEmpty else { return nil }
        }
        if t[r.upperBound - 1] == 0x2E { r = r.lowerBound..<(r.upperBound - 1) }
        let found = DateParser.find(in: t, range: r, reference: nil)
        guard found.count == 1, let m = found.first, m.range.upperBound - m.range.lowerBound >= 4 else { return nil }
        let dated = m.relative ? nil : m.date
        guard dated == nil || dated?.day != nil else { return nil }
        // The parts outside the date: capitalised words between commas.
        func parts(_ p: Range<Int>) -> [Range<Int>]? {
            var out: [Range<Int>] = []
            var s = p.lowerBound
            for i in p.lowerBound...p.upperBound where i == p.upperBound || t[i] == 0x2C {
                let part = ByteClass.trim(t, s..<i)
                s = i + 1
                if part.isEmpty { continue }
                guard let (e, _) = placeWords(t, part.lowerBound, part.upperBound, max: 4), e == part.upperBound
                else { return nil }
                out.append(part)
            }
            return out
        }
        let name: Range<Int>
        if m.range.upperBound == r.upperBound {
            guard let before = parts(r.lowerBound..<m.range.lowerBound), let first = before.first else { return nil }
            name = first
        } else if m.range.lowerBound == r.lowerBound {
            guard let after = parts(m.range.upperBound..<r.upperBound), let last = after.last else { return nil }
            name = last
        } else {
            return nil
        }
        return (String(decoding: t[name], as: UTF8.self), dated)
    }
}
