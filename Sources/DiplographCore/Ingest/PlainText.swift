/// Plain-text articles as scrapers save them.
///
/// Layout rules (see `ArticleLayout`):
/// - Navigation and page furniture before the headline are dropped: lines of fewer than three
///   words ("World"), edition pickers, breadcrumbs ("Home / World / Diplomacy") and every
///   `Boilerplate` line.
/// - The headline is the first remaining line when it looks like one: no dateline, at most 200
///   bytes, and not a long sentence ending in a full stop. When the first line is already the
///   lede ("SEOUL – North Korea's …" or a 40-word sentence), the article has no headline
///   (`headline == ""`) and that line is the first body block.
/// - Header lines ("Published: 29 Sep. 2025, 09:59", "By X | Paper | Updated: …", "date
///   2024-09-18", a date alone on a line) give `published` when they are among the first 15
///   non-empty lines ("Published" wins over "Updated"); they are never content blocks.
/// - Every other non-empty, non-boilerplate line is a body block (a hard-wrapped line that
///   continues a sentence in lower case is joined to the block before it). Widget labels glued
///   to a line start ("More Shorts") and photo credits at a line end ("[Photo/Xinhua]", "|") are
///   cut off; a dateline ("SEOUL –", "BEIJING, Sept 28 (Reuters) -") at the start of one of
///   the first three body blocks sets `dateline` and the block starts after the dash. Softer
///   datelines ("SEOUL: …", "Lake Port — …", a line "Lakeport, Nov. 3") only set `dateline`
///   (`Dateline.swift`).
/// - Block ranges index into `Article.text`, which is the file's bytes unchanged (a UTF-8 BOM
///   and CRLF line ends are skipped, not removed), so offsets are file offsets. Only a file
///   converted from Windows-1252 or UTF-16 has a re-encoded `text`.
public struct PlainTextReader: ArticleFormatReader {
    /// The file extensions this reader takes.
    public var extensions: [String] { ["txt", "text", ""] }
    /// A reader with no settings.
    public init() {}

    /// Reads the articles of one file's bytes; `path` names it in diagnostics and `id` is the id of
    /// a single-article file.
    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        guard let decoded = TextDecoding.prepare(bytes, path: path) else {
            return IngestResult(diagnostics: [TextDecoding.skipDiagnostic(bytes, path: path)])
        }
        let text = decoded.bytes
        let layout = ArticleLayout.layout(text, decoded.start..<text.count, detectHeadline: true)
        var blocks: [TextBlock] = []
        var headline = ""
        if let h = layout.headline {
            blocks.append(TextBlock(range: h, kind: .headline))
            headline = String(decoding: text[h], as: UTF8.self)
        }
        blocks += layout.body.map { TextBlock(range: $0, kind: .body) }
        var diagnostics = decoded.diagnostics
        if blocks.isEmpty {
            diagnostics.append(Diagnostic(file: path, severity: .warning, message: "skipped: no article text"))
            return IngestResult(diagnostics: diagnostics)
        }
        let article = Article(
            id: id, source: path, headline: headline, published: layout.published,
            dateline: layout.dateline, datelineDate: layout.datelineDate(text, published: layout.published), text: text,
            blocks: blocks)
        return IngestResult(articles: [article], diagnostics: diagnostics)
    }
}

/// How the lines of a plain-text article divide into headline, header and body.
public struct ArticleLayout: Sendable {
    /// The headline's byte range, when the file has one.
    public var headline: Range<Int>?
    /// The paragraphs that carry content, in order.
    public var body: [Range<Int>] = []
    /// The publication date found in the header, if any.
    public var published: PartialDate?
    /// The place of the dateline, if any.
    public var dateline: String?
    /// The bytes of the first dateline ("WASHINGTON, Jan 7 (Agency) –", a line "Lakeport, May
    /// 31"), where `datelineDate(_:published:)` reads its date.
    public var datelineSpan: Range<Int>?

    /// Lays out `text[range]` line by line (rules on `PlainTextReader`). With
    /// `detectHeadline == false` (JSON Lines, whose title is given) every content line is body.
    public static func layout(_ t: [UInt8], _ range: Range<Int>, detectHeadline: Bool) -> ArticleLayout {
        var out = ArticleLayout()
        var headlineDone = !detectHeadline
        var pub: (date: PartialDate, kind: DateParser.HeaderKind)?
        // `pub` came from a line above the headline.
        var bannerDate = false
        // The place that the line before is made of, and whether that line was a header date.
        var placeBefore: String?
        var dateBefore = false
        var nonEmpty = 0
        var blankBefore = true
        // A short line's date (`DateParser.shortLineDate`): taken when the header gives none.
        var shortLineDate: PartialDate?
        let lines = ByteClass.lines(t, range)
        let wrapped = hardWrapped(t, lines: lines)
        for raw in lines {
            var r = ByteClass.trim(t, raw)
            if r.isEmpty {
                blankBefore = true
                continue
            }
            nonEmpty += 1
            // "date 2019-09-25 MOSCOW, September 25 …": a metadata prefix before the first line.
            if nonEmpty == 1, let (date, kind, rest) = leadingISODate(t, r) {
                pub = (date, kind)
                r = rest
                if r.isEmpty { continue }
            }
            defer { blankBefore = false }
            // "Lakeport, Ostria" on the line before or after a header date line: the dateline.
            let place = nonEmpty <= 15 && out.dateline == nil ? placeLine(t, r) : nil
            defer { placeBefore = place }
            let afterDate = dateBefore
            dateBefore = false
            if let h = DateParser.headerDate(t, r) {
                dateBefore = true
                if nonEmpty <= 15, out.dateline == nil, let placeBefore { out.dateline = placeBefore }
                // A date line above the headline is the site's banner (today's date) when a
                // header date of the same kind follows the headline: the latter is the article's.
                if nonEmpty <= 15,
                    pub == nil || h.kind < pub!.kind || (bannerDate && headlineDone && h.kind == pub!.kind)
                {
                    pub = h
                    bannerDate = !headlineDone
                }
                continue
            }
            if afterDate, out.dateline == nil, let place { out.dateline = place }
            if nonEmpty <= 15, pub == nil, shortLineDate == nil {
                shortLineDate =
                    DateParser.shortLineDate(t, r)
                    ?? (headlineDone && out.body.isEmpty ? DateParser.openingDate(t, r) : nil)
            }
            // "Lakeport, Nov. 3" alone on a line: a dateline, kept as text (its place is named).
            if nonEmpty <= 15, out.body.count < 3, let (place, date) = datelineLine(t, r) {
                if out.dateline == nil {
                    out.dateline = place
                    out.datelineSpan = r
                }
                if let date, pub == nil { pub = (date, .bare) }
            }
            if Boilerplate.isBoilerplate(t, r) { continue }
            if !headlineDone {
                if fewerWords(t, r, than: 3) { continue }  // section names, edition pickers
                headlineDone = true
                if looksLikeHeadline(t, r) {
                    out.headline = r
                    continue
                }
            }
            var b = Boilerplate.stripCaptionMarker(t, Boilerplate.stripWidgetPrefix(t, r))
            if b.isEmpty { continue }
            if out.dateline == nil, out.body.count < 3 {
                if let (place, rest) = dateline(t, b) {
                    out.dateline = place
                    out.datelineSpan = b.lowerBound..<rest.lowerBound
                    b = rest
                } else {
                    out.dateline = softDateline(t, b)
                    // "LAKEPORT, September 9. /AGENCY/.": a date right after the place's comma.
                    if let place = out.dateline {
                        let e = b.lowerBound + place.utf8.count
                        if e < b.upperBound, t[e] == 0x2C { out.datelineSpan = e..<min(b.upperBound, e + 24) }
                    }
                }
            }
            if !blankBefore, let last = out.body.last, continues(t, previous: last, next: b, wrapped: wrapped) {
                out.body[out.body.count - 1] = last.lowerBound..<b.upperBound
            } else {
                out.body.append(b)
            }
        }
        out.published = pub?.date ?? shortLineDate
        return out
    }

    /// A publication date that opens the text before other words on the same line: "date
    /// 2019-09-25 Headline …", "Published: 2023-09 Text …" (a keyword, an optional colon, an ISO
    /// date to the day or month). Returns the date and the rest of the line, trimmed.
    static func leadingISODate(_ t: [UInt8], _ r: Range<Int>) -> (PartialDate, DateParser.HeaderKind, Range<Int>)? {
        var p = r.lowerBound
        var kind: DateParser.HeaderKind?
        for (k, v) in [("date", DateParser.HeaderKind.published), ("published", .published), ("updated", .updated)]
        where ByteClass.hasPrefixIgnoringCase(t, p..<r.upperBound, k) {
            p += k.utf8.count
            kind = v
            break
        }
        guard let kind else { return nil }
        if p < r.upperBound, t[p] == 0x3A { p += 1 }
        guard p < r.upperBound, t[p] == 0x20 else { return nil }
        while p < r.upperBound, t[p] == 0x20 { p += 1 }
        func number(_ n: Int) -> Int? {
            guard p + n <= r.upperBound else { return nil }
            var v = 0
            for i in p..<(p + n) {
                guard ByteClass.isDigit(t[i]) else { return nil }
                v = v * 10 + Int(t[i] - 0x30)
            }
            p += n
            return v
        }
        guard let year = number(4), (1900...2100).contains(year), p < r.upperBound, t[p] == 0x2D else { return nil }
        p += 1
        guard let month = number(2), (1...12).contains(month) else { return nil }
        var day: Int?
        if p + 2 < r.upperBound, t[p] == 0x2D {
            p += 1
            guard let d = number(2), (1...31).contains(d) else { return nil }
            day = d
        }
        guard p == r.upperBound || t[p] == 0x20 else { return nil }
        let rest = ByteClass.trim(t, p..<r.upperBound)
        if day == nil { day = urlDay(t, rest, year: year, month: month) }
        return (PartialDate(year: year, month: month, day: day), kind, rest)
    }

    /// The day of a month-precision `date` line that the address after it gives: "date 2023-09
    /// https://news.example/20230918/…" or "…/2023/09/18/…" (the same year and month).
    static func urlDay(_ t: [UInt8], _ r: Range<Int>, year: Int, month: Int) -> Int? {
        guard ByteClass.hasPrefixIgnoringCase(t, r, "http") else { return nil }
        let end = (r.lowerBound..<r.upperBound).first { ByteClass.isSpace(t[$0]) } ?? r.upperBound
        let url = Array(t[r.lowerBound..<end])
        let y = Array(String(year).utf8)
        let m = Array((month < 10 ? "0\(month)" : "\(month)").utf8)
        for form in [[0x2F] + y + m, [0x2F] + y + [0x2F] + m + [0x2F]] where url.count >= form.count + 2 {
            for i in 0...(url.count - form.count - 2) where url[i..<(i + form.count)].elementsEqual(form) {
                let a = url[i + form.count]
                let b = url[i + form.count + 1]
                guard ByteClass.isDigit(a), ByteClass.isDigit(b) else { continue }
                let k = i + form.count + 2
                guard k == url.count || url[k] == 0x2F || url[k] == 0x2D else { continue }
                let d = Int(a - 0x30) * 10 + Int(b - 0x30)
                if (1...PartialDate.daysIn(month: month, year: year)).contains(d) { return d }
            }
        }
        return nil
    }

    /// `ByteClass.words(t, r).count < n`, without listing the words of a giant line.
    static func fewerWords(_ t: [UInt8], _ r: Range<Int>, than n: Int) -> Bool {
        var count = 0
        var inWord = false
        var i = r.lowerBound
        while i < r.upperBound {
            let s = ByteClass.spaceLength(t, i, r.upperBound)
            if s > 0 {
                inWord = false
                i += s
                continue
            }
            if !inWord {
                count += 1
                if count >= n { return false }
                inWord = true
            }
            i += 1
        }
        return true
    }

    /// A headline: no dateline, at most 200 bytes, not a long sentence ending in a full stop.
    static func looksLikeHeadline(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 200, dateline(t, r) == nil else { return false }
        if t[r.upperBound - 1] == 0x2E, ByteClass.words(t, r).count > 10 { return false }
        return true
    }

    /// A hard-wrapped line continues the previous block when that block does not end a sentence
    /// and the line starts in lower case, or, in a text wrapped at a fixed width throughout
    /// (`wrapped`, see `hardWrapped`), whatever its first letter: "… Prime Minister Ana" then
    /// "Lind said …".
    static func continues(_ t: [UInt8], previous: Range<Int>, next: Range<Int>, wrapped: Bool) -> Bool {
        !endsSentence(t, previous) && (wrapped || ByteClass.isLower(t[next.lowerBound]))
    }

    /// The line or block `r` ends with a sentence's end mark (".", "!", "?", ":", a closing quote).
    static func endsSentence(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        let last = t[r.upperBound - 1]
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A || last == 0x9D
            || last == 0x99
    }

    /// A dateline at the start of `r`: an all-caps place ("SEOUL", "NEW YORK"), or a capitalised
    /// one followed by an agency in parentheses ("Beijing (Reuters)"), optionally followed by
    /// ", <date or region>" and "(Agency)", then a dash. Returns the place as written and the
    /// rest of the line after the dash.
    public static func dateline(_ t: [UInt8], _ r: Range<Int>) -> (place: String, rest: Range<Int>)? {
        let end = r.upperBound
        var i = r.lowerBound
        // "(SYNDICATOR- Agency (ACR)) WASHINGTON, Jan 7 (ACR) --": a credit in parentheses first.
        if i < end, t[i] == 0x28, let close = closingParenthesis(t, i, min(end, i + 80)), close + 2 < end,
            t[close + 1] == 0x20
        {
            i = close + 2
            while i < end, t[i] == 0x20 { i += 1 }
        }
        let start = i
        // Place: capitalised words separated by single spaces.
        var placeEnd = i
        var allCaps = true
        var words = 0
        while i < end, ByteClass.isUpper(t[i]) {
            var j = i
            while j < end,
                ByteClass.isAlpha(t[j]) || t[j] == 0x2E || t[j] == 0x27
                    || (t[j] == 0x2D && j + 1 < end && ByteClass.isAlpha(t[j + 1]))
            {
                if ByteClass.isLower(t[j]) { allCaps = false }
                j += 1
            }
            words += 1
            placeEnd = j
            i = j
            guard words < 4, i + 1 < end, t[i] == 0x20, ByteClass.isUpper(t[i + 1]) else { break }
            // Stop before a word that is not part of the place (lower case after its capital).
            i += 1
        }
        guard words > 0, placeEnd - start >= 2 else { return nil }
        i = placeEnd
        var agency = false
        // ", Sept 28" / ", South Korea" (no dash inside, short)
        if i < end, t[i] == 0x2C {
            var j = i + 1
            while j < end, j - i <= 40, t[j] != 0x28, ByteClass.dashLength(t, j, end) == 0 { j += 1 }
            guard j < end, j - i <= 40 else { return nil }
            i = j
        }
        while i < end, t[i] == 0x20 { i += 1 }
        if i < end, t[i] == 0x28 {  // (Reuters)
            guard let close = (i..<min(end, i + 30)).first(where: { t[$0] == 0x29 }) else { return nil }
            agency = true
            i = close + 1
        }
        guard allCaps || agency else { return nil }
        if allCaps, words == 1, placeEnd - start < 3, !agency { return nil }  // "A –", "US -"
        while i < end, t[i] == 0x20 { i += 1 }
        guard i < end else { return nil }
        let spaced = t[i - 1] == 0x20
        let d = ByteClass.dashLength(t, i, end)
        guard d > 0 else { return nil }
        i += d
        var double = false
        if d == 1, i < end, t[i] == 0x2D {  // "--"
            i += 1
            double = true
        }
        let spacedAfter = i < end && ByteClass.isSpace(t[i])
        // "SEOUL-based" is not a dateline; "(Agency)--" is.
        if d == 1 && !(spaced && spacedAfter) && !(double && agency) { return nil }
        let rest = ByteClass.trim(t, i..<end)
        guard !rest.isEmpty else { return nil }
        return (String(decoding: t[start..<placeEnd], as: UTF8.self), rest)
    }

    /// The index of the parenthesis that closes the one at `open` (nested pairs skipped), before
    /// `limit`.
    static func closingParenthesis(_ t: [UInt8], _ open: Int, _ limit: Int) -> Int? {
        var depth = 0
        for k in open..<limit {
            if t[k] == 0x28 { depth += 1 }
            if t[k] == 0x29 {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }
}

/// Checks and repairs the encoding of an input file before it is laid out.
public enum TextDecoding {
    /// A file's bytes checked and made ready for reading (UTF-8 validated, a byte-order mark
    /// dropped).
    public struct Prepared: Sendable {
        /// The text as UTF-8 (the input itself unless it had to be converted).
        public var bytes: [UInt8]
        /// Where the text starts (after a UTF-8 byte order mark).
        public var start: Int
        /// Why the bytes cannot be read, or warnings about them.
        public var diagnostics: [Diagnostic]
    }

    /// The text of a file, or nil when it must be skipped (`skipDiagnostic` says why): empty
    /// or blank, binary (NUL bytes or many control characters), or neither UTF-8 nor plausible
    /// Windows-1252. UTF-16 with a byte order mark and Windows-1252/Latin-1 text are converted
    /// to UTF-8 with a warning; then byte offsets index the converted text.
    public static func prepare(_ bytes: [UInt8], path: String) -> Prepared? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(
                    little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                )
                i += 2
            }
            let converted = Array(String(decoding: units, as: UTF16.self).utf8)
            guard !converted.contains(0), !isBlank(converted, 0) else { return nil }
            return Prepared(
                bytes: converted, start: 0,
                diagnostics: [
                    Diagnostic(file: path, severity: .warning, message: "UTF-16 text converted to UTF-8")
                ])
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if isBlank(bytes, start) || binary(bytes) { return nil }
        if isValidUTF8(bytes) { return Prepared(bytes: bytes, start: start, diagnostics: []) }
        guard let converted = windows1252(bytes) else { return nil }
        return Prepared(
            bytes: converted, start: 0,
            diagnostics: [
                Diagnostic(
                    file: path, severity: .warning, message: "not UTF-8: read as Windows-1252 (Latin-1) and converted")
            ])
    }

    /// The warning for a file that `prepare` rejected.
    public static func skipDiagnostic(_ bytes: [UInt8], path: String) -> Diagnostic {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let why: String
        if bytes.isEmpty {
            why = "empty file"
        } else if bytes.contains(0) || controlRatioTooHigh(bytes) {
            why = "binary file"
        } else if isBlank(bytes, start) {
            why = "empty file"
        } else {
            why = "not UTF-8 text"
        }
        return Diagnostic(file: path, severity: .warning, message: "skipped: " + why)
    }

    static func isBlank(_ b: [UInt8], _ start: Int) -> Bool {
        var i = start
        while i < b.count {
            let n = ByteClass.spaceLength(b, i, b.count)
            if n == 0 { return false }
            i += n
        }
        return true
    }

    /// `b.contains(0) || controlRatioTooHigh(b)` in one pass.
    static func binary(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            var n = 0
            for c in p where c < 0x20 {
                if c == 0 { return true }
                if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1B { n += 1 }
            }
            return n > 0 && n * 100 > p.count
        }
    }

    /// More than 1% C0 control characters other than tab, LF, CR, FF (and ESC).
    static func controlRatioTooHigh(_ b: [UInt8]) -> Bool {
        var n = 0
        for c in b where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1B { n += 1 }
        return n > 0 && n * 100 > b.count
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time.
            if i + 8 <= n,
                UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                hi = 0x9F
            case 0xF0:
                need = 3
                lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                hi = 0x8F
            default: return false
            }
            if i + need >= n { return false }
            if b[i + 1] < lo || b[i + 1] > hi { return false }
            var k = 2
            while k <= need {
                if b[i + k] & 0xC0 != 0x80 { return false }
                k += 1
            }
            i += need + 1
        }
        return true
    }

    /// Windows-1252 bytes 0x80…0x9F (0 = undefined).
    static let cp1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    /// Windows-1252 to UTF-8; nil when the bytes do not look like Windows-1252 text
    /// (undefined bytes, or more than 30% non-ASCII).
    static func windows1252(_ b: [UInt8]) -> [UInt8]? {
        var high = 0
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 {
                out.append(c)
                continue
            }
            high += 1
            var scalar = UInt32(c)
            if c < 0xA0 {
                scalar = cp1252[Int(c - 0x80)]
                if scalar == 0 { return nil }
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        }
        guard high * 10 <= b.count * 3 else { return nil }
        return out
    }
}
