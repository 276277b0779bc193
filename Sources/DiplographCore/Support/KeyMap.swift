/// A set of token keys (`NameTokenizer` hashes, already well mixed 64-bit values), probed
/// without `Hasher`: the keys themselves pick their slots. Read-only once built.
///
/// - Complexity: `contains` is O(1) expected: one multiply, then a linear probe over a table
///   at most half full.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var map = KeyMap<Void>()

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for k in keys { map[k] = () }
    }

    init(arrayLiteral keys: UInt64...) { self.init(keys) }

    var isEmpty: Bool { map.isEmpty }
    var count: Int { map.count }

    @inline(__always) func contains(_ key: UInt64) -> Bool { map[key] != nil }

    mutating func insert(_ key: UInt64) { map[key] = () }
}

/// A dictionary keyed by token keys, with open addressing and linear probing (see `KeySet`).
struct KeyMap<Value> {
    private var keys: [UInt64] = []
    private var values: [Value?] = []
    private var used: [Bool] = []
    private var shift: UInt64 = 64
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Value? {
        get {
            guard count > 0 else { return nil }
            let mask = keys.count - 1
            var i = slot(key)
            while used[i] {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            if count * 2 + 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = slot(key)
            while used[i] {
                if keys[i] == key {
                    // Removal is not needed by the users of this type: setting nil keeps the slot.
                    values[i] = newValue
                    return
                }
                i = (i + 1) & mask
            }
            guard let v = newValue else { return }
            used[i] = true
            keys[i] = key
            values[i] = v
            count += 1
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldUsed = used
        let capacity = max(16, keys.count * 2)
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        used = [Bool](repeating: false, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        count = 0
        for i in oldKeys.indices where oldUsed[i] { self[oldKeys[i]] = oldValues[i] }
    }
}

extension KeyMap: Sendable where Value: Sendable {}
