/// A word of the meeting patterns, compared by its `NameTokenizer` key: the key of its
/// normalised form (lowercase, accents folded, apostrophes dropped), so `"didn't"` is the word
/// "didn’t" and comparing makes no String. A literal that is not one token ("run-up") gets a
/// key no token has.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    let key: UInt64

    init(key: UInt64) { self.key = key }

    /// The word `s` (any case and spelling `NameTokenizer` folds).
    init(_ s: String) { key = Word.key(s) }

    /// A literal's bytes are hashed in place (no String is made): literals are compared per
    /// token on the hot path.
    @inline(__always) init(stringLiteral s: StaticString) {
        var h = FNV1a.offset
        let bytes = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
        for b in bytes {
            guard b &- 0x61 < 26 else {
                key = Word.slowKey(String(decoding: bytes, as: UTF8.self))
                return
            }
            h = FNV1a.step(h, b)
        }
        key = h
    }

    /// The key of `s`: plain FNV-1a for lowercase ASCII letters (what `NameTokenizer` computes
    /// for them), the tokenizer's key otherwise.
    @inline(__always) static func key(_ s: String) -> UInt64 {
        var h = FNV1a.offset
        for b in s.utf8 {
            guard b &- 0x61 < 26 else { return slowKey(s) }
            h = FNV1a.step(h, b)
        }
        return h
    }

    static func slowKey(_ s: String) -> UInt64 {
        let bytes = Array(s.utf8)
        var out: [NameToken] = []
        NameTokenizer.tokenize(bytes, 0..<bytes.count, into: &out)
        guard out.count == 1, out[0].start == 0, out[0].end == bytes.count else { return FNV1a.hash(bytes) ^ 0x5555 }
        return out[0].key
    }
}

/// A read-only set of words (`Word` keys in a `KeySet`), written as a list of strings.
struct WordKeys: Sendable, ExpressibleByArrayLiteral {
    private(set) var set = KeySet()
    /// The keys, in the order first given.
    private(set) var keys: [UInt64] = []

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(Word.key(w)) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    private mutating func insert(_ k: UInt64) {
        if !set.contains(k) {
            set.insert(k)
            keys.append(k)
        }
    }

    @inline(__always) func contains(_ w: Word) -> Bool { set.contains(w.key) }
}

/// One token of a sentence as the meeting patterns see it: a resolved mention (collapsed to
/// one token), a word, or a punctuation mark. Byte ranges are absolute offsets in
/// `Article.text`.
struct MeetingToken: Sendable {
    enum Kind: Sendable { case word, entity, punct }

    /// The shape of a word, read once from its bytes.
    struct Shape: OptionSet, Sendable {
        let rawValue: UInt8
        /// Ends in "ly" ("warmly").
        static let ly = Shape(rawValue: 1)
        /// Ends in "ing".
        static let ing = Shape(rawValue: 2)
        /// Ends in one "s" ("meets", not "press").
        static let s = Shape(rawValue: 4)
        /// Ends in "n't" / "n’t".
        static let nt = Shape(rawValue: 8)
        /// A day of the month: "30", "30th", "1st".
        static let dayNumber = Shape(rawValue: 16)
    }

    var kind: Kind
    /// The token's bytes; a word's include a possessive "'s" after it.
    var range: Range<Int>
    /// The `NameTokenizer` key of a word; 0 for other tokens.
    var key: UInt64 = 0
    /// The normalised mark of a punctuation token ("," "-" "—" "\"" "'" "…" …).
    var mark: Unicode.Scalar = " "
    /// Local entity index (into `ResolvedArticle.entities`) or -1.
    var entity: Int = -1
    var type: EntityType?
    /// Followed by "'s" / "’s".
    var possessive = false
    /// Starts with a capital letter (words) — entities always count as names.
    var capitalized = false
    var shape: Shape = []
    /// Letters of a word (capped at 255).
    var letters: UInt8 = 0

    /// The word of a word token (a key no word has for other tokens).
    var word: Word { Word(key: kind == .word ? key : 0) }
    var isPerson: Bool { kind == .entity && type == .person }
}

/// Lays a sentence's mentions over its tokens in the article's `TokenStream` and adds the
/// punctuation between them: the `MeetingToken`s of the meeting patterns.
enum SentenceTokenizer {
    /// - Parameters:
    ///   - tokens: the sentence's tokens in the article's stream.
    ///   - mentions: the mentions of this sentence, in text order.
    /// - Complexity: O(n) in the sentence's tokens and the bytes between them.
    static func tokens(
        _ text: [UInt8], range: Range<Int>, tokens words: ArraySlice<NameToken>, mentions: [Mention],
        entities: [LocalEntity]
    ) -> [MeetingToken] {
        var out: [MeetingToken] = []
        out.reserveCapacity(words.count + words.count / 4 + 4)
        let end = min(range.upperBound, text.count)
        var p = range.lowerBound
        var mi = 0
        var k = words.startIndex
        // Punctuation marks in p..<q (spaces and other bytes are skipped).
        func marks(upTo q: Int) {
            while p < q {
                if let (mark, n) = punctuation(text, at: p, end: q) {
                    out.append(MeetingToken(kind: .punct, range: p..<(p + n), mark: mark))
                    p += n
                } else {
                    p += max(1, min(utf8Length(text[p]), q - p))
                }
            }
        }
        while p < end {
            // Mentions that start before p (overlapping a previous token) are dropped.
            while mi < mentions.count, mentions[mi].range.lowerBound < p { mi += 1 }
            while k < words.endIndex, words[k].start < p { k += 1 }
            let nextMention = mi < mentions.count ? mentions[mi].range.lowerBound : Int.max
            let nextWord = k < words.endIndex ? words[k].start : Int.max
            if nextMention == Int.max && nextWord == Int.max { break }
            if nextMention <= nextWord {
                marks(upTo: min(nextMention, end))
                let m = mentions[mi]
                mi += 1
                var q = min(m.range.upperBound, end)
                guard q > p else { continue }
                var tok = MeetingToken(kind: .entity, range: p..<q, entity: m.entity, type: entities[m.entity].type)
                tok.capitalized = true
                // "'s" inside the mention or right after it.
                if endsWithPossessive(text, p..<q) {
                    tok.possessive = true
                } else if let n = possessiveLength(text, at: q, end: end) {
                    tok.possessive = true
                    q += n
                }
                tok.range = p..<q
                out.append(tok)
                p = q
            } else {
                marks(upTo: min(nextWord, end))
                let w = words[k]
                k += 1
                let wordEnd = min(w.end, nextMention, end)
                guard wordEnd > p else { continue }
                var tok = MeetingToken(kind: .word, range: p..<wordEnd, key: w.key)
                tok.capitalized = w.isCap
                tok.letters = w.letters
                tok.shape = shape(text, p..<wordEnd)
                var q = wordEnd
                if wordEnd == w.end, let n = possessiveLength(text, at: q, end: end) {
                    tok.possessive = true
                    q += n
                }
                tok.range = p..<q
                out.append(tok)
                p = q
            }
        }
        marks(upTo: end)
        return out
    }

    /// The shape flags of the word `text[r]`.
    static func shape(_ text: [UInt8], _ r: Range<Int>) -> MeetingToken.Shape {
        var s: MeetingToken.Shape = []
        let n = r.count
        @inline(__always) func low(_ i: Int) -> UInt8 { text[r.upperBound - i] | 0x20 }
        if n >= 2, low(1) == 0x79, low(2) == 0x6C { s.insert(.ly) }
        if n >= 3, low(1) == 0x67, low(2) == 0x6E, low(3) == 0x69 { s.insert(.ing) }
        if n >= 1, low(1) == 0x73, n < 2 || low(2) != 0x73 { s.insert(.s) }
        if n >= 3, low(1) == 0x74 {
            if text[r.upperBound - 2] == 0x27, low(3) == 0x6E { s.insert(.nt) }
            if n >= 5, text[r.upperBound - 2] == 0x99, text[r.upperBound - 3] == 0x80, text[r.upperBound - 4] == 0xE2,
                low(5) == 0x6E
            {
                s.insert(.nt)
            }
        }
        // "30", "30th", "1st"
        var d = r.lowerBound
        while d < r.upperBound, d - r.lowerBound < 3, ByteClass.isDigit(text[d]) { d += 1 }
        let digits = d - r.lowerBound
        if (1...2).contains(digits) {
            let rest = r.upperBound - d
            if rest == 0 {
                s.insert(.dayNumber)
            } else if rest == 2 {
                let a = text[d] | 0x20
                let b = text[d + 1] | 0x20
                if (a, b) == (0x73, 0x74) || (a, b) == (0x6E, 0x64) || (a, b) == (0x72, 0x64) || (a, b) == (0x74, 0x68)
                {
                    s.insert(.dayNumber)
                }
            }
        }
        return s
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0xC3
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always) static func utf8Length(_ c: UInt8) -> Int {
        c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    }

    /// A punctuation mark at `p`: its normalised mark and byte length.
    static func punctuation(_ text: [UInt8], at p: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let c = text[p]
        if c < 0x80 {
            if isWordByte(c) || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { return nil }
            return (Unicode.Scalar(c), 1)
        }
        if c == 0xE2, p + 2 < end, text[p + 1] == 0x80 {
            switch text[p + 2] {
            case 0x90, 0x91, 0x92, 0x93: return ("-", 3)  // hyphens, figure dash, en dash
            case 0x94, 0x95: return ("—", 3)
            case 0x98, 0x99: return ("'", 3)
            case 0x9C, 0x9D: return ("\"", 3)
            case 0xA6: return ("…", 3)
            default: return nil
            }
        }
        if c == 0xC2, p + 1 < end, text[p + 1] == 0xAB || text[p + 1] == 0xBB { return ("\"", 2) }
        return nil
    }

    /// Length of "'s" / "’s" at `p` when it closes a possessive (not followed by a letter).
    static func possessiveLength(_ text: [UInt8], at p: Int, end: Int) -> Int? {
        var q = p
        if q < end, text[q] == 0x27 {
            q += 1
        } else if q + 2 < end, text[q] == 0xE2, text[q + 1] == 0x80, text[q + 2] == 0x99 {
            q += 3
        } else {
            return nil
        }
        guard q < end, text[q] == 0x73 || text[q] == 0x53 else { return nil }
        q += 1
        if q < end, isLetter(text[q]) || (text[q] >= 0x30 && text[q] <= 0x39) { return nil }
        return q - p
    }

    static func endsWithPossessive(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        trailingPossessive(text, r) != nil
    }

    /// Length of a trailing "'s" / "’s" inside `r`.
    static func trailingPossessive(_ text: [UInt8], _ r: Range<Int>) -> Int? {
        guard r.count >= 3, text[r.upperBound - 1] == 0x73 || text[r.upperBound - 1] == 0x53 else { return nil }
        if text[r.upperBound - 2] == 0x27 { return 2 }
        if r.count >= 5, text[r.upperBound - 4] == 0xE2, text[r.upperBound - 3] == 0x80, text[r.upperBound - 2] == 0x99
        {
            return 4
        }
        return nil
    }
}
