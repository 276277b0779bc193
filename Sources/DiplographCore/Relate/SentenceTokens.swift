/// One token of a sentence as the meeting patterns see it: a resolved mention (collapsed to
/// one token), a lowercased word, or a punctuation mark. Byte ranges are absolute offsets in
/// `Article.text`.
struct MToken: Sendable {
    enum Kind: Sendable { case word, entity, punct }
    var kind: Kind
    var range: Range<Int>
    /// Lowercased word without a trailing "'s"; the mark for punctuation ("," "-" "—" "\"" …);
    /// empty for entities.
    var word: String
    /// Local entity index (into `ResolvedArticle.entities`) or -1.
    var entity: Int = -1
    var type: EntityType?
    /// Followed by "'s" / "’s".
    var possessive = false
    /// Starts with an ASCII capital letter (words) — entities always count as names.
    var capitalized = false
    /// `WordHash.of(word)` for words (0 for other tokens), so that word lists are probed
    /// without hashing the string again.
    var key: UInt64 = 0

    var isPerson: Bool { kind == .entity && type == .person }
}

/// Splits a sentence into `MToken`s, byte by byte.
enum SentenceTokenizer {
    /// - Parameters:
    ///   - mentions: the mentions of this sentence, in text order.
    /// - Complexity: O(n) in the sentence's bytes.
    static func tokens(_ text: [UInt8], range: Range<Int>, mentions: [Mention], entities: [LocalEntity]) -> [MToken] {
        var out: [MToken] = []
        out.reserveCapacity(range.count / 4)
        var p = range.lowerBound
        let end = min(range.upperBound, text.count)
        var mi = 0
        while p < end {
            // Mentions that start before p (overlapping a previous token) are dropped.
            while mi < mentions.count, mentions[mi].range.lowerBound < p { mi += 1 }
            if mi < mentions.count, mentions[mi].range.lowerBound == p {
                let m = mentions[mi]
                mi += 1
                var q = min(m.range.upperBound, end)
                guard q > p else { continue }
                var tok = MToken(kind: .entity, range: p..<q, word: "", entity: m.entity, type: entities[m.entity].type)
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
                continue
            }
            let b = text[p]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0xC2 && p + 1 < end && text[p + 1] == 0xA0 {
                p += b == 0xC2 ? 2 : 1
                continue
            }
            if let (mark, n) = punctuation(text, at: p, end: end) {
                out.append(MToken(kind: .punct, range: p..<(p + n), word: mark))
                p += n
                continue
            }
            // A word: letters, digits, other UTF-8 letters, and apostrophes between letters.
            let start = p
            let nextMention = mi < mentions.count ? mentions[mi].range.lowerBound : Int.max
            while p < end, p < nextMention {
                let c = text[p]
                if isWordByte(c) {
                    p += 1
                } else if c >= 0x80 {
                    if punctuation(text, at: p, end: end) != nil {
                        // ’ between letters stays inside the word (don’t); otherwise it ends it.
                        if c == 0xE2, p + 3 < end, text[p + 1] == 0x80, text[p + 2] == 0x99, isLetter(text[p + 3]) {
                            p += 3
                            continue
                        }
                        break
                    }
                    if c == 0xC2 && p + 1 < end && text[p + 1] == 0xA0 { break }
                    p += utf8Length(c)
                } else if c == 0x27, p + 1 < end, isLetter(text[p + 1]), p > start {
                    p += 1
                } else {
                    break
                }
            }
            if p == start { p += 1; continue }  // stray byte
            p = min(p, end)
            var wordEnd = p
            var possessive = false
            if let n = trailingPossessive(text, start..<p) {
                wordEnd = p - n
                possessive = true
            } else if let n = possessiveLength(text, at: p, end: end) {
                possessive = true
                p += n
            }
            // Lowercased straight into the string's storage (inline for words of up to 15 bytes).
            var key: UInt64 = 0
            let word = text.withUnsafeBufferPointer { tb in
                String(unsafeUninitializedCapacity: wordEnd - start) { out in
                    var n = 0
                    var i = start
                    while i < wordEnd {
                        let c = tb[i]
                        if c == 0xE2, i + 2 < wordEnd, tb[i + 1] == 0x80, tb[i + 2] == 0x99 {
                            out[n] = 0x27  // ’ -> '
                            n += 1
                            i += 3
                            continue
                        }
                        out[n] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
                        n += 1
                        i += 1
                    }
                    key = WordHash.of(UnsafeBufferPointer(rebasing: out[..<n]))
                    return n
                }
            }
            var tok = MToken(kind: .word, range: start..<p, word: word)
            tok.key = key
            tok.possessive = possessive
            tok.capitalized = text[start] >= 0x41 && text[start] <= 0x5A
            out.append(tok)
        }
        return out
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

    /// The one-character strings of the ASCII bytes, made once.
    private static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// A punctuation mark at `p`: its normalised mark and byte length.
    static func punctuation(_ text: [UInt8], at p: Int, end: Int) -> (String, Int)? {
        let c = text[p]
        if c < 0x80 {
            if isWordByte(c) || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { return nil }
            return (asciiMarks[Int(c)], 1)
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
        if r.count >= 5, text[r.upperBound - 4] == 0xE2, text[r.upperBound - 3] == 0x80, text[r.upperBound - 2] == 0x99 {
            return 4
        }
        return nil
    }
}
