/// FNV-1a of a word's UTF-8 bytes, folded: the hash of `WordMap` and `MToken.key`.
enum WordHash {
    @inline(__always) static func of(_ w: String) -> UInt64 {
        var w = w
        return w.withUTF8 { of($0) }
    }

    @inline(__always) static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = FNV1a.hash(bytes)
        return h ^ (h >> 32)
    }
}

/// A read-only map from short words to values, probed with an FNV-1a hash of the word's UTF-8
/// bytes (open addressing, linear probing, at most a quarter full) instead of `Hasher`; a hit is
/// confirmed by comparing the strings, so it answers exactly as a `Dictionary` would.
struct WordMap<Value>: @unchecked Sendable, ExpressibleByDictionaryLiteral {
    private var hashes: [UInt64] = []
    private var words: [String] = []
    private var values: [Value?] = []
    private var mask = 0
    private var shift: UInt64 = 63
    private(set) var keys: [String] = []

    /// The first slot of hash `h`: the top bits of a multiplicative mix (FNV's low bits are weak).
    @inline(__always) private func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        let list = Array(pairs)
        var capacity = 8
        while capacity < list.count * 4 + 4 { capacity *= 2 }  // at most a quarter full
        hashes = [UInt64](repeating: 0, count: capacity)
        words = [String](repeating: "", count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (w, v) in list {
            let h = WordHash.of(w)
            var i = slot(h)
            while values[i] != nil {
                if hashes[i] == h && words[i] == w { break }
                i = (i + 1) & mask
            }
            if values[i] == nil { keys.append(w) }
            hashes[i] = h
            words[i] = w
            values[i] = v
        }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    subscript(_ w: String) -> Value? { self[w, WordHash.of(w)] }

    /// The value of `w`, whose hash `h` the caller already has (`MToken.key`).
    subscript(_ w: String, _ h: UInt64) -> Value? {
        guard mask > 0 else { return nil }
        var i = slot(h)
        while let v = values[i] {
            if hashes[i] == h && words[i] == w { return v }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// A read-only set of short words (see `WordMap`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String { map = WordMap(words.map { ($0, true) }) }
    init(arrayLiteral words: String...) { self.init(words) }

    /// The words, in the order first given.
    var words: [String] { map.keys }

    @inline(__always) func contains(_ w: String) -> Bool { map[w] != nil }

    /// `contains(w)` for a word whose hash `h` the caller already has (`MToken.key`).
    @inline(__always) func contains(_ w: String, _ h: UInt64) -> Bool { map[w, h] != nil }
}
