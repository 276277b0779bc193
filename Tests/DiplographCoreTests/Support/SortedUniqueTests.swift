import Testing

@testable import DiplographCore

/// `sortedUnique` against `Array(Set(xs)).sorted()`, on lists with repeats, lists already in
/// order (the shortcut), descending lists and the empty list.
@Suite struct SortedUniqueTests {
    @Test func matchesASetSorted() {
        var x: UInt64 = 7
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            var xs: [Int32] = []
            for _ in 0..<n {
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                xs.append(Int32(x >> 58))  // 64 distinct values: many repeats
            }
            #expect(xs.sortedUnique() == Array(Set(xs)).sorted())
            let ascending = Array(Set(xs)).sorted()
            #expect(ascending.sortedUnique() == ascending)
            #expect(Array(ascending.reversed()).sortedUnique() == ascending)
        }
    }

    @Test func stringsKeepOneOfEach() {
        #expect(["b", "a", "b", "c", "a"].sortedUnique() == ["a", "b", "c"])
        #expect(["a", "a"].sortedUnique() == ["a"])
        #expect([String]().sortedUnique().isEmpty)
    }
}
