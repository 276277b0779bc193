import Testing

@testable import DiplographCore

@Suite struct StatedYearTests {
    private func year(_ s: String) -> Int? { DateParser.latestStatedYear(in: Array(s.utf8)) }

    @Test("the latest year of the dates a text states")
    func latest() {
        #expect(year("The treaty of 1982 was signed again on April 27, 2017 in Lakeport.") == 2017)
        #expect(year("Talks in March 2024 followed those of 2021.") == 2024)
        // Counterexamples: relative expressions and a text without a year give no bound.
        #expect(year("Varga met Lind last year and again on Monday.") == nil)
        #expect(year("Varga met Lind in Lakeport.") == nil)
    }
}
