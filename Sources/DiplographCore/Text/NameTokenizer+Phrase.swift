/// The normalised lookup form of a phrase, the one name normaliser of the package: the alias
/// table, the resolver and the path query match names by it.
extension NameTokenizer {
    /// Normalised lookup form of a phrase: its tokens' normalised forms joined by one space
    /// ("Choe Son-hui" → "choe son hui", "U.S." → "us", "China's" → "china").
    static func normalizedPhrase(_ phrase: String) -> String {
        var out: [UInt8] = []
        appendNormalizedPhrase(phrase, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `normalizedPhrase(s)` appended as bytes: a byte loop for ASCII text (the same tokens:
    /// letters and digits, apostrophes inside a word dropped, a possessive "'s" cut off,
    /// "U.S."-style abbreviations joined, camel-case joins split), the tokenizer otherwise.
    static func appendNormalizedPhrase(_ s: String, to out: inout [UInt8]) {
        var s = s
        let done = s.withUTF8 { buf -> Bool in
            for b in buf where b >= 0x80 { return false }
            appendNormalizedASCIIPhrase(buf, to: &out)
            return true
        }
        if !done { out.append(contentsOf: tokenizedPhrase(s).utf8) }
    }

    /// `normalizedPhrase` by the tokenizer alone (the reference the ASCII byte loop agrees with).
    static func tokenizedPhrase(_ phrase: String) -> String {
        let bytes = Array(phrase.utf8)
        var toks: [NameToken] = []
        tokenize(bytes, 0..<bytes.count, into: &toks)
        return toks.map { normalized(bytes, $0) }.joined(separator: " ")
    }
}

/// The ASCII case of `NameTokenizer.appendNormalizedPhrase` (every byte of `t` below 0x80).
///
/// The bytes are written through a pointer into scratch space and appended at once: the name
/// index normalises every name of a graph, and a byte-by-byte array append cost most of it.
func appendNormalizedASCIIPhrase(_ t: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard !t.isEmpty else { return }
    // Every byte written stands for a byte read, and each token adds at most one space.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * t.count) { scratch in
        let n = writeNormalizedASCIIPhrase(t, to: scratch.baseAddress!)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<n]))
    }
}

/// Writes the normalised form of the ASCII phrase `t` at `out` (room for `2 * t.count` bytes);
/// returns the number of bytes written.
private func writeNormalizedASCIIPhrase(_ t: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
    @inline(__always) func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
    @inline(__always) func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
    @inline(__always) func isWord(_ c: UInt8) -> Bool { c &- 0x30 < 10 || isUpper(c) || isLower(c) }
    let hi = t.count
    var i = 0
    var first = true
    var o = 0
    @inline(__always) func put(_ c: UInt8) {
        out[o] = c
        o += 1
    }
    while i < hi {
        guard isWord(t[i]) else {
            i += 1
            continue
        }
        if !first { put(0x20) }
        first = false
        // "U.S.": single capitals each followed by a period, at least two.
        if i + 3 < hi, isUpper(t[i]), t[i + 1] == 0x2E, isUpper(t[i + 2]), t[i + 3] == 0x2E {
            let mark = o
            var j = i
            var count = 0
            while j + 1 < hi, isUpper(t[j]), t[j + 1] == 0x2E, j + 2 >= hi || !isLower(t[j + 2]) {
                put(t[j] | 0x20)
                j += 2
                count += 1
            }
            if count >= 2 {
                i = j
                continue
            }
            o = mark
        }
        let i0 = i
        var fullEnd = i
        var capStartedRun = false
        var lowerRun = 0
        var j = i
        scan: while j < hi {
            let c = t[j]
            if isWord(c) {
                if isUpper(c), j > i0, capStartedRun, lowerRun >= 2, j + 1 < hi, isLower(t[j + 1]) {
                    break scan  // "ShortsWang": the next token starts here
                }
                if isLower(c) { lowerRun += 1 }
                if isUpper(c) {
                    if j == i0 { capStartedRun = true }
                    lowerRun = 0
                }
                put(isUpper(c) ? c | 0x20 : c)
                j += 1
                fullEnd = j
                continue
            }
            guard c == 0x27 else { break scan }
            let after = j + 1
            if after < hi, t[after] == 0x73 || t[after] == 0x53, after + 1 >= hi || !isWord(t[after + 1]) {
                fullEnd = after + 1  // possessive "'s": cut off
                break scan
            }
            if after < hi, isWord(t[after]) {
                j = after
                continue
            }  // "O'Brien"
            if j > i0, t[j - 1] == 0x73 || t[j - 1] == 0x53 { fullEnd = after }  // plural "s'"
            break scan
        }
        i = fullEnd
    }
    return o
}
