/// FNV-1a, 64 bits: the one byte hash of the package. Its constants seed the name-token keys
/// (`NameTokenizer`), `WordHash`, `ByteKeyMap` and the partial-file checksums.
struct FNV1a {
    /// The offset basis.
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value: UInt64 = FNV1a.offset

    /// One step: `h` with byte `b` mixed in.
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// The hash of `bytes` from the offset basis.
    @inline(__always) static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes { h = step(h, b) }
        return h
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        for b in bytes { h = Self.step(h, b) }
        value = h
    }

    /// The string's UTF-8 bytes, then its length (so that concatenations differ).
    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(UInt64(s.utf8.count))
    }

    mutating func add(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { add($0) }
    }
}
