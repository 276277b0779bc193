/// Byte-level tokens for name lookup.
///
/// A token is a run of letters and digits in UTF-8 text. Its `key` is a 64-bit hash of the
/// token's normalised form: ASCII case folded, Latin-1, Latin Extended-A and Vietnamese accents
/// folded ("é" → "e", "ệ" → "e"), apostrophes and abbreviation periods dropped ("U.S." → "us", "O'Brien" →
/// "obrien") and a possessive "'s" / "’s" / plural "s'" cut off and flagged. Hyphens split
/// tokens ("Son-hui" → "Son", "hui" with `gap == .hyphen`), so "Choe Son-hui", "Choe Son Hui" and
/// "choe son hui" give the same key sequence.
///
/// - Complexity: O(n) in the bytes scanned; no `Character` or `String` work per byte.
struct NameToken: Sendable, Hashable {
    /// What separates a token from the previous one.
    enum Gap: UInt8, Sendable {
        /// The first token of the scanned range.
        case start
        /// Only white space.
        case space
        /// A hyphen with no space around it ("Son-hui", "U.S.-North").
        case hyphen
        /// Nothing: a camel-case join split apart ("ShortsWang" → "Shorts", "Wang").
        case glued
        /// Any other punctuation (comma, period, quote, bracket, dash, slash …).
        case punct
    }

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// First letter is an uppercase letter.
        static let cap = Flags(rawValue: 1)
        /// At least two letters and no lowercase letter ("KCNA", "SEOUL", "U.S.").
        static let allCaps = Flags(rawValue: 2)
        /// First character is a lowercase letter.
        static let lower = Flags(rawValue: 4)
        /// First character is a digit.
        static let digit = Flags(rawValue: 8)
        /// A possessive "'s" or plural "s'" followed the token (not part of `start..<end`).
        static let possessive = Flags(rawValue: 16)
        /// Letters with periods ("U.S."), the periods inside the range.
        static let abbreviation = Flags(rawValue: 32)
        /// First letter has no case (CJK, Cyrillic …).
        static let caseless = Flags(rawValue: 64)
    }

    /// Byte range of the token in the text (without a possessive suffix).
    var start: Int
    var end: Int
    var key: UInt64
    var flags: Flags
    var gap: Gap
    /// Number of letters (capped at 255).
    var letters: UInt8

    var isCap: Bool { flags.contains(.cap) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var isLower: Bool { flags.contains(.lower) }
    var isPossessive: Bool { flags.contains(.possessive) }
}

enum NameTokenizer {
    static let seed = FNV1a.offset
    static let prime = FNV1a.prime

    /// Combines a token key into a sequence hash.
    @inline(__always)
    static func combine(_ h: UInt64, _ key: UInt64) -> UInt64 {
        var x = (h ^ key) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// ASCII base letters of U+0100 … U+017F (Latin Extended-A), one per code point.
    private static let extendedA: [UInt8] = {
        let rows: [String] = [
            "aaaaaacc", "ccccccdd", "ddeeeeee", "eeeegggg", "gggghhhh", "iiiiiiii", "iiiijjkk", "klllllll",
            "lllnnnnn", "nnnnoooo", "oooorrrr", "rrssssss", "sstttttt", "uuuuuuuu", "uuuuwwyy", "yzzzzzzs",
        ]
        return Array(rows.joined().utf8)
    }()
    /// ASCII base letters of U+00C0 … U+00FF (Latin-1), "*" for × and ÷.
    private static let latin1: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty".utf8)

    /// Classification of the character at `i`: kind and byte length.
    enum CharKind { case upper, lower, caseless, digit, apostrophe, hyphen, period, space, punct }

    @inline(__always)
    static func classify(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> (CharKind, Int, UInt8) {
        let b = t[i]
        if b < 0x80 {
            switch b {
            case 0x61...0x7A: return (.lower, 1, b)
            case 0x41...0x5A: return (.upper, 1, b | 0x20)
            case 0x30...0x39: return (.digit, 1, b)
            case 0x27: return (.apostrophe, 1, 0)
            case 0x2D: return (.hyphen, 1, 0)
            case 0x2E: return (.period, 1, 0)
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return (.space, 1, 0)
            default: return (.punct, 1, 0)
            }
        }
        let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + len <= hi, len > 1 else { return (.punct, 1, 0) }
        let b1 = t[i + 1]
        switch b {
        case 0xC2:
            return b1 == 0xA0 ? (.space, 2, 0) : (.punct, 2, 0)
        case 0xC3:
            let cp = Int(b1 & 0x3F) + 0x40 - 0x40  // 0xC0…0xFF → index 0…63
            let base = latin1[cp]
            if base == 0x2A { return (.punct, 2, 0) }
            return (cp < 0x20 && cp != 0x1F ? .upper : .lower, 2, base)
        case 0xC4, 0xC5:
            let cp = (Int(b & 0x1F) << 6 | Int(b1 & 0x3F)) - 0x100
            let base = extendedA[cp]
            let c = cp + 0x100
            let upper: Bool
            switch c {
            case 0x100...0x137: upper = c % 2 == 0
            case 0x138: upper = false
            case 0x139...0x148: upper = c % 2 == 1
            case 0x149: upper = false
            case 0x14A...0x177: upper = c % 2 == 0
            case 0x178: upper = true
            case 0x179...0x17E: upper = c % 2 == 1
            default: upper = false
            }
            return (upper ? .upper : .lower, 2, base)
        // Ơ ơ Ư ư (Latin Extended-B, Vietnamese).
        case 0xC6 where b1 == 0xA0 || b1 == 0xA1: return (b1 == 0xA0 ? .upper : .lower, 2, 0x6F)
        case 0xC6 where b1 == 0xAF || b1 == 0xB0: return (b1 == 0xAF ? .upper : .lower, 2, 0x75)
        // U+1EA0 … U+1EF9 (Latin Extended Additional): the Vietnamese vowels with tone marks,
        // upper and lower in turn ("Việt" → "viet").
        case 0xE1 where b1 == 0xBA || b1 == 0xBB:
            let c = 0x1000 | Int(b1 & 0x3F) << 6 | Int(t[i + 2] & 0x3F)
            guard c >= 0x1EA0, c <= 0x1EF9 else { return (.caseless, len, 0) }
            let base: UInt8 =
                c <= 0x1EB7
                ? 0x61 : c <= 0x1EC7 ? 0x65 : c <= 0x1ECB ? 0x69 : c <= 0x1EE3 ? 0x6F : c <= 0x1EF1 ? 0x75 : 0x79
            return (c % 2 == 0 ? .upper : .lower, 3, base)
        case 0xE2:
            if b1 == 0x80 {
                let b2 = t[i + 2]
                switch b2 {
                case 0x98, 0x99: return (.apostrophe, 3, 0)
                case 0x90, 0x91: return (.hyphen, 3, 0)
                case 0x80...0x8B, 0xAF: return (.space, 3, 0)
                default: return (.punct, 3, 0)
                }
            }
            return (.punct, 3, 0)
        case 0xE3 where b1 == 0x80: return (b1 == 0x80 && t[i + 2] == 0x80 ? .space : .punct, 3, 0)
        case 0xEF where b1 == 0xBC || b1 == 0xBD || b1 == 0xBB: return (.punct, 3, 0)
        // Emoji, flags and other pictographs (U+1F000-U+1FFFF) are no letters: "Ministry 🇸🇦".
        case 0xF0 where b1 == 0x9F: return (.punct, 4, 0)
        default: return (.caseless, len, 0)
        }
    }

    @inline(__always)
    static func isWordKind(_ k: CharKind) -> Bool {
        switch k {
        case .upper, .lower, .caseless, .digit: return true
        default: return false
        }
    }

    /// Tokens of `text[range]`, appended to `out`.
    static func tokenize(_ text: [UInt8], _ range: Range<Int>, into out: inout [NameToken]) {
        text.withUnsafeBufferPointer { t in tokenize(t, range, into: &out) }
    }

    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [NameToken]) {
        let hi = min(range.upperBound, t.count)
        var i = max(range.lowerBound, 0)
        var sawSpace = false
        var sawPunct = false
        var lastEnd = -1
        var first = true
        while i < hi {
            // The commonest bytes without `classify`: a space, and an ASCII letter or digit (a
            // token starts there).
            let b = t[i]
            if b == 0x20 {
                sawSpace = true
                i += 1
                continue
            }
            if !ByteClass.isAlnum(b) {
                let (kind, len, _) = classify(t, i, hi)
                if !isWordKind(kind) {
                    if kind == .space { sawSpace = true } else { sawPunct = true }
                    if kind == .hyphen && !sawSpace && lastEnd == i, i + len < hi,
                        isWordKind(classify(t, i + len, hi).0)
                    {
                        // A joining hyphen: keep sawPunct false for this gap.
                        sawPunct = false
                        i += len
                        lastEnd = -2  // mark: hyphen consumed right after a token
                        continue
                    }
                    i += len
                    continue
                }
            }
            // Determine the gap before this token.
            var g: NameToken.Gap
            if first {
                g = .start
            } else if lastEnd == -2 && !sawSpace && !sawPunct {
                g = .hyphen
            } else if sawPunct {
                g = .punct
            } else {
                g = .space
            }
            if g == .punct, let prev = out.last, prev.isCap, titleAbbreviations.contains(prev.key),
                onlyPeriodBetween(t, prev.end, i)
            {
                g = .space  // "Mr. Smith", "Dr. Kim"
            }
            let scanned = scanToken(t, i, hi)
            var tok = scanned.token
            tok.gap = g
            out.append(tok)
            first = false
            i = scanned.fullEnd
            lastEnd = i
            sawSpace = false
            sawPunct = false
            if scanned.gluedNext {
                // "ShortsWang": the next token starts right here, glued.
                let next = scanToken(t, i, hi)
                var nt = next.token
                nt.gap = .glued
                out.append(nt)
                i = next.fullEnd
                lastEnd = i
            }
        }
    }

    private static func onlyPeriodBetween(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var sawPeriod = false
        for j in a..<b {
            if t[j] == 0x2E {
                if sawPeriod { return false }
                sawPeriod = true
            } else if t[j] != 0x20 {
                return false
            }
        }
        return sawPeriod
    }

    /// Scans one token starting at `i` (a word character).
    @inline(__always)
    static func scanToken(_ t: UnsafeBufferPointer<UInt8>, _ i0: Int, _ hi: Int) -> ScannedToken {
        var h = seed
        var i = i0
        var flags: NameToken.Flags = []
        var letters = 0
        var hasLower = false
        var firstKind: CharKind? = nil
        var lowerRun = 0  // lowercase letters since an initial capital
        var capStartedRun = false
        var end = i0
        var fullEnd = i0
        var glued = false
        // "U.S.", "U.K.", "U.N.": single capitals each followed by a period.
        if i + 3 < hi, t[i] >= 0x41, t[i] <= 0x5A, t[i + 1] == 0x2E, t[i + 2] >= 0x41, t[i + 2] <= 0x5A,
            t[i + 3] == 0x2E
        {
            var j = i
            var count = 0
            while j + 1 < hi, t[j] >= 0x41, t[j] <= 0x5A, t[j + 1] == 0x2E,
                j + 2 >= hi || !(t[j + 2] >= 0x61 && t[j + 2] <= 0x7A)
            {
                h = (h ^ UInt64(t[j] | 0x20)) &* prime
                j += 2
                count += 1
            }
            if count >= 2 {
                return ScannedToken(
                    token: NameToken(
                        start: i0, end: j, key: h, flags: [.cap, .allCaps, .abbreviation], gap: .space,
                        letters: UInt8(count)), fullEnd: j, gluedNext: false)
            }
            h = seed
        }
        while i < hi {
            // Fast path for the commonest byte, an ASCII lowercase letter (what the general
            // path below does for it, without classifying).
            let b0 = t[i]
            if b0 &- 0x61 < 26 {
                if firstKind == nil { firstKind = .lower }
                hasLower = true
                // The whole run of such letters in one tight loop.
                var j = i
                repeat {
                    h = (h ^ UInt64(t[j])) &* prime
                    j += 1
                } while j < hi && t[j] &- 0x61 < 26
                lowerRun += j - i
                letters += j - i
                i = j
                end = i
                fullEnd = i
                continue
            }
            // A space ends the token, and an ASCII capital is what `classify` and the general
            // path below make of it.
            if b0 == 0x20 { break }
            if b0 &- 0x41 < 26 {
                if firstKind == nil { firstKind = .upper }
                if i > i0, capStartedRun, lowerRun >= 2, i + 1 < hi, t[i + 1] &- 0x61 < 26 {
                    // "ShortsWang": split before "Wang".
                    glued = true
                    end = i
                    fullEnd = i
                    break
                }
                if i == i0 { capStartedRun = true }
                lowerRun = 0
                letters += 1
                h = (h ^ UInt64(b0 | 0x20)) &* prime
                i += 1
                end = i
                fullEnd = i
                continue
            }
            let (kind, len, folded) = classify(t, i, hi)
            switch kind {
            case .upper, .lower, .caseless, .digit:
                if firstKind == nil { firstKind = kind }
                if kind == .upper, i > i0, capStartedRun, lowerRun >= 2, len == 1, i + 1 < hi,
                    t[i + 1] >= 0x61, t[i + 1] <= 0x7A
                {
                    // "ShortsWang": split before "Wang".
                    glued = true
                    end = i
                    fullEnd = i
                    break
                }
                if kind == .lower {
                    hasLower = true
                    lowerRun += 1
                }
                if kind == .upper {
                    if i == i0 { capStartedRun = true }
                    lowerRun = 0
                }
                if kind != .digit { letters += 1 }
                if kind == .caseless {
                    for j in i..<(i + len) { h = (h ^ UInt64(t[j])) &* prime }
                } else {
                    h = (h ^ UInt64(folded)) &* prime
                    if len == 2 {
                        // Æ, ß, Þ fold to two letters.
                        let b1 = t[i + 1]
                        if t[i] == 0xC3 {
                            if b1 == 0x86 || b1 == 0xA6 {
                                h = (h ^ 0x65) &* prime
                            } else if b1 == 0x9F {
                                h = (h ^ 0x73) &* prime
                            } else if b1 == 0x9E || b1 == 0xBE {
                                h = (h ^ 0x68) &* prime
                            }
                        }
                    }
                }
                i += len
                end = i
                fullEnd = i
                continue
            case .apostrophe:
                // Possessive "'s" / "’s", plural "s'", or an inner apostrophe ("O'Brien").
                let after = i + len
                if after < hi, t[after] == 0x73 || t[after] == 0x53,
                    after + 1 >= hi || !isWordKind(classify(t, after + 1, hi).0)
                {
                    flags.insert(.possessive)
                    end = i
                    fullEnd = after + 1
                    i = hi
                    break
                }
                if after < hi, isWordKind(classify(t, after, hi).0) {
                    i = after
                    continue
                }
                if i > i0, t[i - 1] == 0x73 || t[i - 1] == 0x53 {
                    flags.insert(.possessive)
                    end = i
                    fullEnd = after
                }
                i = hi
            default:
                i = hi
            }
            if glued { break }
        }
        switch firstKind {
        case .upper: flags.insert(.cap)
        case .lower: flags.insert(.lower)
        case .digit: flags.insert(.digit)
        case .caseless: flags.insert(.caseless)
        default: break
        }
        if letters >= 2 && !hasLower && flags.contains(.cap) { flags.insert(.allCaps) }
        return ScannedToken(
            token: NameToken(
                start: i0, end: end, key: h, flags: flags, gap: .space,
                letters: UInt8(min(letters, 255))), fullEnd: fullEnd, gluedNext: glued)
    }

    /// The key of a single word ("minister" → its hash).
    static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        var out: [NameToken] = []
        tokenize(bytes, 0..<bytes.count, into: &out)
        return out.first?.key ?? seed
    }

    /// Token keys of a phrase.
    static func keys(_ phrase: String) -> [UInt64] {
        let bytes = Array(phrase.utf8)
        var out: [NameToken] = []
        tokenize(bytes, 0..<bytes.count, into: &out)
        return out.map(\.key)
    }

    /// The normalised form of a token: lowercase ASCII with accents folded, no apostrophes.
    static func normalized(_ text: [UInt8], _ tok: NameToken) -> String {
        var out: [UInt8] = []
        appendNormalized(text, tok, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `normalized(text, tok)`, appended to `out`.
    static func appendNormalized(_ text: [UInt8], _ tok: NameToken, to out: inout [UInt8]) {
        text.withUnsafeBufferPointer { t in
            var i = tok.start
            while i < tok.end {
                let (kind, len, folded) = classify(t, i, tok.end)
                switch kind {
                case .upper, .lower, .digit:
                    out.append(folded)
                    if len == 2, t[i] == 0xC3 {
                        let b1 = t[i + 1]
                        if b1 == 0x86 || b1 == 0xA6 {
                            out.append(0x65)
                        } else if b1 == 0x9F {
                            out.append(0x73)
                        } else if b1 == 0x9E || b1 == 0xBE {
                            out.append(0x68)
                        }
                    }
                case .caseless: out.append(contentsOf: t[i..<(i + len)])
                default: break
                }
                i += len
            }
        }
    }

    /// The slug of a phrase: normalised tokens joined by "-" ("Choe Son-hui" → "choe-son-hui").
    static func slug(_ phrase: String) -> String {
        let bytes = Array(phrase.utf8)
        var toks: [NameToken] = []
        toks.reserveCapacity(bytes.count / 2 + 1)
        tokenize(bytes, 0..<bytes.count, into: &toks)
        // One buffer: the normalised tokens, the empty ones skipped, "-" between the others.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for tok in toks {
            let mark = out.count
            if mark > 0 { out.append(0x2D) }
            let start = out.count
            appendNormalized(bytes, tok, to: &out)
            if out.count == start { out.removeSubrange(mark...) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A key shared by the spellings and romanisations of one name: per word its first letter,
    /// then its consonants with "x" read as "ks", "y" as a vowel and doubled letters once, so
    /// "Vladmir"/"Vladimir", "Matvienko"/"Matviyenko", "Aleksandr"/"Alexander",
    /// "Mohammed"/"Muhammad" and "Sergei"/"Sergey" agree, while "Kim Jong Un"/"Kim Jong Il" and
    /// "Choe Son Hui"/"Choe Ryong Hae" do not. Nil for one word or fewer than five consonants,
    /// where a shared skeleton says too little.
    static func spellingKey(_ phrase: String) -> UInt64? {
        let bytes = Array(phrase.utf8)
        var toks: [NameToken] = []
        toks.reserveCapacity(bytes.count / 2 + 1)
        tokenize(bytes, 0..<bytes.count, into: &toks)
        guard toks.count >= 2 else { return nil }
        var h = seed
        var consonants = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for tok in toks {
            word.removeAll(keepingCapacity: true)
            appendNormalized(bytes, tok, to: &word)
            guard let first = word.first else { return nil }
            var w = (seed ^ UInt64(first)) &* prime
            var last = first
            func add(_ l: UInt8) {
                switch l {
                case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return  // a e i o u y
                default: break
                }
                guard l != last else { return }
                w = (w ^ UInt64(l)) &* prime
                last = l
                consonants += 1
            }
            for c in word.dropFirst() {
                if c == 0x78 {
                    add(0x6B)
                    add(0x73)
                } else {
                    add(c)
                }  // x → ks
            }
            h = combine(h, w)
        }
        return consonants >= 5 ? h : nil
    }

    static let titleAbbreviations = KeySet(
        ["mr", "ms", "mrs", "dr", "prof", "gen", "sen", "rep", "lt", "col", "st", "gov", "amb"]
            .map { FNV1a.hash($0.utf8) })
}

struct ScannedToken {
    var token: NameToken
    var fullEnd: Int
    var gluedNext: Bool
}
