import Testing

@testable import DiplographCore

/// `Dictionary.refitIfSparse` keeps every entry and only shrinks a table mostly emptied.
@Suite struct DictionaryRefitTests {
    @Test func sparseTableShrinksWithItsEntries() {
        var d: [String: Int] = [:]
        for i in 0..<4000 { d["k\(i)"] = i }
        let full = d.capacity
        Dictionary.refitIfSparse(&d)
        #expect(d.capacity == full)
        for i in 0..<3900 { d.removeValue(forKey: "k\(i)") }
        #expect(d.capacity == full)
        Dictionary.refitIfSparse(&d)
        #expect(d.capacity < full / 4)
        #expect(d.count == 100)
        for i in 3900..<4000 { #expect(d["k\(i)"] == i) }
        #expect(d["k0"] == nil)
    }
}
