import Foundation

/// An open-addressing hash map from byte strings to values; keys are kept back to back in one
/// buffer and compared on a hash match, so a lookup hashes the bytes once and makes no String.
struct ByteKeyMap<Value> {
    /// Per slot: the hash's high 32 bits << 32 | entry index + 1 (0: empty), so that a probe
    /// reads one slot; a power of two long.
    private var table: [UInt64] = []
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var keys: [UInt8] = []
    var values: [Value] = []

    var count: Int { values.count }

    mutating func reserveCapacity(_ n: Int) {
        hashes.reserveCapacity(n)
        starts.reserveCapacity(n + 1)
        values.reserveCapacity(n)
        if table.count < 2 * n { rehash(size: Self.size(for: n)) }
    }

    static func size(for n: Int) -> Int {
        var s = 16
        while s < 2 * n { s <<= 1 }
        return s
    }

    /// 64-bit hash of `key` (FNV-1a, then mixed).
    static func hash<C: Collection>(_ key: C) -> UInt64 where C.Element == UInt8 {
        var h = FNV1a.hash(key)
        h ^= h >> 32
        h = h &* 0xd6e8_feb8_6659_fd93
        return h ^ (h >> 32)
    }

    /// The entry index of `key` (whose hash is `hash`), or nil.
    func find(_ key: [UInt8], hash: UInt64) -> Int? {
        key.withUnsafeBufferPointer { find($0, hash: hash) }
    }

    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        guard !table.isEmpty else { return nil }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash >> 32
        while true {
            let x = table[slot]
            if x == 0 { return nil }
            if x >> 32 == tag {
                let e = Int(x & 0xFFFF_FFFF) - 1
                if hashes[e] == hash, equal(e, key) { return e }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ e: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = starts[e]
        let hi = e + 1 < starts.count ? starts[e + 1] : keys.count
        guard hi - lo == key.count else { return false }
        return keys.withUnsafeBufferPointer { k in
            key.isEmpty || memcmp(k.baseAddress! + lo, key.baseAddress!, key.count) == 0
        }
    }

    /// Adds `key` (not yet present) with `value`.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Value) {
        if 2 * (values.count + 1) > table.count { rehash(size: Self.size(for: values.count + 1) * 2) }
        let e = values.count
        hashes.append(hash)
        starts.append(keys.count)
        keys.append(contentsOf: key)
        values.append(value)
        place(e)
    }

    private mutating func place(_ e: Int) {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hashes[e]) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = (hashes[e] >> 32) << 32 | UInt64(e + 1)
    }

    private mutating func rehash(size: Int) {
        table = [UInt64](repeating: 0, count: size)
        for e in 0..<values.count { place(e) }
    }
}
