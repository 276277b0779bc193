/// Splits an article's content blocks into sentences (byte ranges), working on UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...`, together with any closing quotes and
/// brackets that follow (`"`, `'`, `’`, `”`, `)`, `]`), when whitespace and then a sentence
/// start follow: an upper-case letter, a digit, an opening quote or bracket, or any non-ASCII
/// letter. A lower-case continuation never starts a sentence, so `"…consensus." she said`
/// stays one sentence while `"…consensus." She said` splits right after the closing quote.
///
/// A full stop does not end a sentence after:
/// - a title (`Mr.`, `Dr.`, `Gen.`, `Sen.`, … see `titles`), or `No.`/`Nos.` before a number;
/// - a single capital letter (initials: `J. R. Smith`);
/// - another abbreviation (`Sept.`, `U.S.`, `Inc.`, `etc.`, `e.g.` … see `abbreviations`) unless
///   the next word is a common sentence opener (`The`, `He`, `It`, … see `openers`), as in
///   "talks with the U.S. The ministry said";
/// - a digit followed by a digit (`1.05` never has whitespace after the point anyway).
public enum SentenceSplitter {
    /// Abbreviations that never end a sentence (compared case-sensitively, without the dot).
    public static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cmdr", "Adm",
        "Brig", "Sen", "Rep", "Gov", "Pres", "Amb", "Rev", "Hon", "Fr", "St", "Mt", "Ft", "Gens",
        "Messrs", "Mme", "Mlle", "Supt", "Insp", "Det", "Cpl", "Pvt",
        // Abbreviated given names before the rest of a name: "Md. Touhid Hossain", "Mohd. Ali".
        "Md", "Mohd", "Muhd",
    ]
    /// Abbreviations that end a sentence only before a sentence opener (case-sensitive, without
    /// the final dot; inner dots kept: "U.S", "e.g").
    public static let abbreviations: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "Bros", "Dept", "Univ", "Assn", "Govt", "Intl", "Natl", "Est",
        "etc", "vs", "v", "approx", "cf", "al", "ca", "Vol", "vol", "pp", "p", "Fig", "fig", "No", "Nos",
        "U.S", "U.K", "U.N", "U.S.A", "E.U", "D.C", "a.m", "p.m", "e.g", "i.e", "Ph.D", "S.Korea", "N.Korea",
    ]
    /// Words that start a sentence after an abbreviation such as "U.S." or "etc.".
    public static let openers: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "A", "An", "This",
        "That", "These", "Those", "His", "Her", "Their", "Its", "There", "When", "While", "After", "Before",
        "As", "According", "However", "Meanwhile", "Earlier", "Later", "Officials", "Analysts", "Some",
        "Many", "If", "Since", "Under", "During", "Despite", "Both", "Such", "Yet", "Still", "Also",
    ]

    /// Sentences of every block of `article`, in text order. The headline block is one sentence
    /// (unless longer than `maxSentenceBytes`).
    ///
    /// - Complexity: O(n) in the total length of the blocks; `meter` counts the bytes scanned
    ///   and the sentences cut.
    public static func split(_ article: Article, meter: WorkMeter? = nil) -> [Sentence] {
        var out: [Sentence] = []
        defer { meter?.count.sentences += out.count }
        // One buffer for the ranges of every block, emptied (not freed) between blocks.
        var pieces: [Range<Int>] = []
        for (b, block) in article.blocks.enumerated() {
            let r = ByteClass.trim(article.text, block.range)
            guard !r.isEmpty else { continue }
            pieces.removeAll(keepingCapacity: true)
            if block.kind == .headline {
                appendBounded(article.text, r, into: &pieces)
            } else {
                split(article.text, r, meter: meter, into: &pieces)
            }
            for s in pieces { out.append(Sentence(range: s, block: b)) }
        }
        return out
    }

    /// Sentence ranges of `text[range]`, trimmed of whitespace; `meter` counts the bytes stepped
    /// over (not the sentences: a caller may only look at some of them).
    public static func split(_ t: [UInt8], _ range: Range<Int>, meter: WorkMeter? = nil) -> [Range<Int>] {
        var out: [Range<Int>] = []
        split(t, range, meter: meter, into: &out)
        return out
    }

    /// `split(_:_:meter:)`, the ranges appended to `out`; the bytes stepped over are added to
    /// `meter` once, at the end (each access to a shared meter is checked).
    static func split(_ t: [UInt8], _ range: Range<Int>, meter: WorkMeter?, into out: inout [Range<Int>]) {
        var scanned = 0
        defer { meter?.count.bytesScanned += scanned }
        var start = range.lowerBound
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            // Skip to the next possible terminator ("." "!" "?" or the first byte of "…").
            let from = i
            defer { scanned += max(i - from, 1) }
            i = t.withUnsafeBufferPointer { tb in firstTerminatorByte(tb, from: i, to: end) }
            guard i < end else { break }
            let b = t[i]
            var termEnd = -1  // index after the terminator run
            var isEllipsis = false
            if b == 0x2E || b == 0x21 || b == 0x3F {
                var j = i + 1
                while j < end, t[j] == 0x2E || t[j] == 0x21 || t[j] == 0x3F { j += 1 }
                isEllipsis = b == 0x2E && j - i >= 3
                termEnd = j
            } else if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0xA6 {  // …
                termEnd = i + 3
                isEllipsis = true
            }
            if termEnd < 0 {
                i += 1
                continue
            }
            // Closing quotes and brackets belong to the sentence they close.
            var j = termEnd
            while j < end {
                let c = t[j]
                if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    j += 1
                    continue
                }
                if c == 0xE2, j + 2 < end, t[j + 1] == 0x80, t[j + 2] == 0x99 || t[j + 2] == 0x9D {
                    j += 3
                    continue
                }
                break
            }
            let boundary = j
            // Whitespace must follow (or the block ends).
            guard boundary < end else { break }
            let sp = ByteClass.spaceLength(t, boundary, end)
            guard sp > 0 else {
                i = termEnd
                continue
            }
            var next = boundary
            while next < end {
                let n = ByteClass.spaceLength(t, next, end)
                if n == 0 { break }
                next += n
            }
            guard next < end else { break }
            if isBoundary(t, wordStart: start, term: i, termEnd: termEnd, ellipsis: isEllipsis, next: next, end: end) {
                appendBounded(t, ByteClass.trim(t, start..<boundary), into: &out)
                start = next
            }
            i = next
        }
        appendBounded(t, ByteClass.trim(t, start..<end), into: &out)
    }

    /// The first index in `from..<to` holding "." "!" "?" or 0xE2 (the first byte of "…"), or
    /// `to`. Eight bytes at a time: a byte equal to one of the four sets the high bit of its
    /// lane in `zeroLanes(word ^ pattern)`; a lane can be set falsely only above a truly zero
    /// lane, so the lowest set lane is always a real match.
    @inline(__always)
    static func firstTerminatorByte(_ tb: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        var k = from
        #if _endian(little)
            if let base = tb.baseAddress {
                let raw = UnsafeRawPointer(base)
                let ones: UInt64 = 0x0101_0101_0101_0101
                while k + 8 <= end {
                    let v = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    let hits =
                        zeroLanes(v ^ (ones &* 0x2E)) | zeroLanes(v ^ (ones &* 0x21)) | zeroLanes(v ^ (ones &* 0x3F))
                        | zeroLanes(v ^ (ones &* 0xE2))
                    if hits != 0 { return k + hits.trailingZeroBitCount >> 3 }
                    k += 8
                }
            }
        #endif
        while k < end {
            let c = tb[k]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0xE2 { break }
            k += 1
        }
        return k
    }

    /// The high bit of every byte lane of `x` that is zero (and possibly of lanes above one).
    @inline(__always) private static func zeroLanes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The longest sentence, in bytes. A longer run of text without sentence punctuation (a
    /// whole file on one line, a table dump) is cut at the last whitespace before the limit
    /// (or at the limit itself, moved back to a UTF-8 character start, when there is none), so
    /// that no per-sentence work or structure grows with the input. Well above any real
    /// sentence (the longest in the seed and bench corpora are far shorter), so normal text is
    /// unaffected. Smaller than `MeetingExtractor.maxSentenceBytes`.
    public static let maxSentenceBytes = 4_096

    private static func appendBounded(_ t: [UInt8], _ r: Range<Int>, into out: inout [Range<Int>]) {
        var lo = r.lowerBound
        let hi = r.upperBound
        while hi - lo > maxSentenceBytes {
            var cut = lo + maxSentenceBytes
            while cut > lo, !ByteClass.isSpace(t[cut]) { cut -= 1 }
            if cut == lo {
                cut = lo + maxSentenceBytes
                while cut > lo + 1, t[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            let piece = ByteClass.trim(t, lo..<cut)
            if !piece.isEmpty { out.append(piece) }
            lo = cut
            while lo < hi, ByteClass.isSpace(t[lo]) { lo += 1 }
        }
        let rest = ByteClass.trim(t, lo..<hi)
        if !rest.isEmpty { out.append(rest) }
    }

    private static func isBoundary(
        _ t: [UInt8], wordStart: Int, term: Int, termEnd: Int, ellipsis: Bool,
        next: Int, end: Int
    ) -> Bool {
        // What starts the next sentence?
        let c = t[next]
        let startsSentence =
            ByteClass.isUpper(c) || ByteClass.isDigit(c) || c == 0x22 || c == 0x27 || c == 0x28
            || c == 0x5B || (c >= 0xC3 && !isLowerNonASCIIOrPunct(t, next, end))
        guard startsSentence else { return false }
        // Only a single "." can be an abbreviation's dot; "?" "!" and ellipses end sentences.
        guard t[term] == 0x2E, termEnd - term == 1, !ellipsis else { return true }
        // The word before the dot (back to whitespace or an opening quote/bracket).
        var w = term
        while w > wordStart {
            let p = t[w - 1]
            if ByteClass.isSpace(p) || p == 0x22 || p == 0x28 || p == 0x5B || p == 0xA0 || p == 0x9C { break }
            w -= 1
        }
        guard w < term else { return true }
        // "Kestria-U.S. Foreign Ministers": the part after a hyphen is the abbreviation.
        if let h = t[w..<term].lastIndex(of: 0x2D), h + 1 < term { w = h + 1 }
        if term - w == 1, ByteClass.isUpper(t[w]) { return false }  // initials
        // The word's bytes packed into an integer (no String per candidate full stop); words
        // longer than `packed` holds are in neither list.
        let word = packed(t, w..<term)
        if let word, packedTitles.contains(word) { return false }
        if word == packedNo || word == packedNos { return !ByteClass.isDigit(c) }
        if word.map(packedAbbreviations.contains) ?? false || isInitialism(t, w..<term) {
            if ByteClass.isDigit(c) { return false }
            return openers.contains(wordAt(t, next, end))
        }
        return true
    }

    /// The bytes of `t[r]` in one integer, first byte lowest; nil for an empty word or one
    /// longer than eight bytes. Words hold no NUL byte, so no two words share a value.
    private static func packed(_ t: [UInt8], _ r: Range<Int>) -> UInt64? {
        guard !r.isEmpty, r.count <= 8 else { return nil }
        var v: UInt64 = 0
        var shift: UInt64 = 0
        for i in r {
            v |= UInt64(t[i]) << shift
            shift += 8
        }
        return v
    }

    private static func packed(_ s: String) -> UInt64? {
        let u = Array(s.utf8)
        return packed(u, 0..<u.count)
    }

    /// `titles`, `abbreviations`, "No" and "Nos" packed (`packed`); every entry has at most
    /// eight bytes.
    private static let packedTitles = Set(titles.map { packed($0)! })
    private static let packedAbbreviations = Set(abbreviations.map { packed($0)! })
    private static let packedNo = packed("No")
    private static let packedNos = packed("Nos")

    /// "U.S", "a.m", "R.O.K": letters separated by single dots.
    private static func isInitialism(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 3, t[r].contains(0x2E) else { return false }
        var expectLetter = true
        for i in r {
            let b = t[i]
            if expectLetter {
                guard ByteClass.isAlpha(b) else { return false }
            } else {
                guard b == 0x2E else { return false }
            }
            expectLetter.toggle()
        }
        return true
    }

    /// Non-ASCII starts: curly opening quotes start a sentence; letters count as starts unless
    /// they are Latin-1 lower-case letters (à … ÿ).
    private static func isLowerNonASCIIOrPunct(_ t: [UInt8], _ i: Int, _ end: Int) -> Bool {
        if t[i] == 0xE2, i + 2 < end, t[i + 1] == 0x80 {
            return !(t[i + 2] == 0x9C || t[i + 2] == 0x98)  // “ ‘ start; other punctuation does not
        }
        if t[i] == 0xC3, i + 1 < end { return t[i + 1] >= 0xA0 }
        return false
    }

    private static func wordAt(_ t: [UInt8], _ i: Int, _ end: Int) -> String {
        var j = i
        while j < end, ByteClass.isAlpha(t[j]) { j += 1 }
        return String(decoding: t[i..<j], as: UTF8.self)
    }
}
