/// A set of token keys (`NameTokenizer` hashes, already well mixed 64-bit values), probed
/// without `Hasher`: the keys themselves pick their slots. Read-only once built.
///
/// The rules ask it once or more per token, so it is one flat table of the keys themselves, 0
/// marking an empty slot (a key of 0 is kept aside): a probe reads one array, not three.
///
/// - Complexity: `contains` is O(1) expected: one multiply, then a linear probe over a table
///   at most a quarter full.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var table: [UInt64] = []
    private var shift: UInt64 = 64
    private var hasZero = false
    private(set) var count = 0

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for k in keys { insert(k) }
    }

    init(arrayLiteral keys: UInt64...) { self.init(keys) }

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        if table.isEmpty { return false }
        return table.withUnsafeBufferPointer { t in
            let mask = t.count - 1
            var i = slot(key)
            while true {
                let k = t[i]
                if k == key { return true }
                if k == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64) {
        if key == 0 {
            if !hasZero {
                hasZero = true
                count += 1
            }
            return
        }
        // At most a quarter full: most look-ups are misses (a word not in a lexicon), and a
        // miss probes until an empty slot, about 1.4 slots here against 2.5 at half full.
        if count * 4 + 4 > table.count { grow() }
        if place(key) { count += 1 }
    }

    /// Puts `key` (not 0) in its slot; false when it was there already.
    private mutating func place(_ key: UInt64) -> Bool {
        let mask = table.count - 1
        var i = slot(key)
        while table[i] != 0 {
            if table[i] == key { return false }
            i = (i + 1) & mask
        }
        table[i] = key
        return true
    }

    private mutating func grow() {
        let old = table
        let capacity = max(16, table.count * 2)
        table = [UInt64](repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for k in old where k != 0 { _ = place(k) }
    }
}

/// A dictionary keyed by token keys, with open addressing and linear probing (see `KeySet`).
struct KeyMap<Value> {
    private var slotKeys: [UInt64] = []
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
            let mask = slotKeys.count - 1
            var i = slot(key)
            while used[i] {
                if slotKeys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            if count * 2 + 2 > slotKeys.count { grow() }
            let mask = slotKeys.count - 1
            var i = slot(key)
            while used[i] {
                if slotKeys[i] == key {
                    // Removal is not needed by the users of this type: setting nil keeps the slot.
                    values[i] = newValue
                    return
                }
                i = (i + 1) & mask
            }
            guard let v = newValue else { return }
            used[i] = true
            slotKeys[i] = key
            values[i] = v
            count += 1
        }
    }

    /// The keys that have a value, in table order (not sorted).
    var keys: [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(count)
        for i in slotKeys.indices where used[i] && values[i] != nil { out.append(slotKeys[i]) }
        return out
    }

    private mutating func grow() {
        let oldKeys = slotKeys
        let oldValues = values
        let oldUsed = used
        let capacity = max(16, slotKeys.count * 2)
        slotKeys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        used = [Bool](repeating: false, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        count = 0
        for i in oldKeys.indices where oldUsed[i] { self[oldKeys[i]] = oldValues[i] }
    }
}

extension KeyMap: Sendable where Value: Sendable {}
