import Testing

@testable import DiplographCore

@Suite("Two computations at once")
struct ConcurrentlyTests {
    @Test("both results come back, each from its own computation")
    func bothResults() {
        let (a, b) = Concurrently.both({ (0..<1000).reduce(0, +) }, { String(repeating: "x", count: 3) })
        #expect(a == 499_500)
        #expect(b == "xxx")
    }

    @Test("each computation may fill its own local state")
    func separateState() {
        var left: [Int] = []
        var right: [Int] = []
        Concurrently.both({ left = Array(0..<10_000) }, { right = (0..<10_000).map { $0 * 2 } })
        #expect(left.count == 10_000 && left.last == 9_999)
        #expect(right.count == 10_000 && right.last == 19_998)
    }
}
