import Testing

@testable import DiplographCore

private func found(_ s: String, reference: PartialDate? = nil) -> [String] {
    let t = Array(s.utf8)
    return DateParser.find(in: t, range: 0..<t.count, reference: reference).map {
        String(decoding: t[$0.range], as: UTF8.self) + "=" + ($0.date?.iso ?? "nil")
    }
}

/// Ranges of days read as one date of the month (`DateScanner+Ranges.swift`).
@Suite("Date ranges")
struct DateRangeTests {
    @Test("a range of days, day first or month first, is its month")
    func ranges() {
        #expect(found("Ana Lind paid a visit to Eastport on 4 and 5 April 2031.") == ["4 and 5 April 2031=2031-04"])
        #expect(found("She is in Eastport from 1st-6th October 2031.") == ["1st-6th October 2031=2031-10"])
        #expect(found("The fair runs October 1-6, 2031, in the port.") == ["October 1-6, 2031=2031-10"])
        #expect(
            found("Talks are set for 13 to 15 November.", reference: PartialDate(year: 2031, month: 11, day: 2))
                == ["13 to 15 November=2031-11"])
    }

    @Test("one day, or two days in falling order, stay days")
    func counterexamples() {
        #expect(found("They met on 5 April 2031.") == ["5 April 2031=2031-04-05"])
        #expect(found("Scores of 5 and 4 April 2031 were read.") == ["4 April 2031=2031-04-04"])
        #expect(found("They met on April 4, 2031, and again later.") == ["April 4, 2031=2031-04-04"])
    }
}
