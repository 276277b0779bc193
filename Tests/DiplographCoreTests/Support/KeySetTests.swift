import Testing

@testable import DiplographCore

/// `KeySet` against `Set<UInt64>` on the same keys: members, non-members, duplicates, the key 0
/// (kept outside the table) and keys that share their slot's high bits.
@Suite struct KeySetTests {
    @Test func agreesWithSetOfKeys() {
        var keys: [UInt64] = [0, 1, 2, 3, .max, 1 << 63]
        var x: UInt64 = 0x1234_5678_9ABC_DEF0
        for _ in 0..<500 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            keys.append(x)
            keys.append(x & 0xFFFF)  // small keys crowd the first slots
        }
        let set = KeySet(keys + keys.prefix(50))
        let expected = Set(keys)
        #expect(set.count == expected.count)
        for k in expected { #expect(set.contains(k)) }
        var misses = 0
        for k in 0..<UInt64(3000) where !expected.contains(k &* 0x9E37_79B9) {
            #expect(!set.contains(k &* 0x9E37_79B9))
            misses += 1
        }
        #expect(misses > 2000)
    }

    @Test func emptyAndZero() {
        var set = KeySet()
        #expect(set.isEmpty && !set.contains(0) && !set.contains(42))
        set.insert(0)
        #expect(set.contains(0) && !set.contains(42) && set.count == 1)
        set.insert(0)
        set.insert(42)
        #expect(set.contains(42) && set.count == 2)
        #expect(Lexicon.titleHeads.contains(NameTokenizer.key("Minister")))
        #expect(!Lexicon.titleHeads.contains(NameTokenizer.key("Vexmoor")))
    }
}

/// `KeyMap` against a `Dictionary` with the same updates: values, misses and `keys`.
@Suite struct KeyMapTests {
    @Test func agreesWithDictionary() {
        var map = KeyMap<Int>()
        var dict: [UInt64: Int] = [:]
        var x: UInt64 = 7
        for n in 0..<2000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = n % 3 == 0 ? UInt64(n % 97) : x >> 40  // small keys repeat, large ones rarely
            map[key] = (map[key] ?? 0) + n
            dict[key, default: 0] += n
        }
        #expect(map.count == dict.count)
        #expect(map.keys.sorted() == dict.keys.sorted())
        for (k, v) in dict { #expect(map[k] == v) }
        #expect(map[UInt64.max] == nil)
    }
}
