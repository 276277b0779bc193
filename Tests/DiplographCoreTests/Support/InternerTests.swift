import Testing

@testable import DiplographCore

/// `Interner` against a plain dictionary and array numbering the same values in order of first
/// appearance, and its ranks against a sort of the values.
@Suite struct InternerTests {
    @Test func numbersInOrderOfFirstAppearance() {
        var t = Interner<String>()
        var reference: [String: Int32] = [:]
        var order: [String] = []
        var x: UInt64 = 99
        for _ in 0..<2000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let s = "id-\(x >> 54)"  // ~1,000 distinct values, each seen several times
            if reference[s] == nil {
                reference[s] = Int32(order.count)
                order.append(s)
            }
            #expect(t.intern(s) == reference[s])
        }
        #expect(t.count == order.count)
        #expect(t.values == order)
        for (i, s) in order.enumerated() { #expect(t[Int32(i)] == s) }
    }

    @Test func ranksCompareAsTheValues() {
        var t = Interner<PartialDate>()
        let dates = [
            PartialDate(year: 2025, month: 9, day: 28), PartialDate(year: 2024), PartialDate(year: 2025, month: 9),
            PartialDate(year: 2025, month: 1, day: 2), PartialDate(year: 2024),
        ]
        let numbers = dates.map { t.intern($0) }
        #expect(numbers == [0, 1, 2, 3, 1])
        let rank = t.ranks(by: <)
        #expect(Set(rank).count == t.count)
        for a in dates.indices {
            for b in dates.indices {
                #expect((rank[Int(numbers[a])] < rank[Int(numbers[b])]) == (dates[a] < dates[b]))
            }
        }
        #expect(Interner<String>().ranks(by: <).isEmpty)
    }
}
