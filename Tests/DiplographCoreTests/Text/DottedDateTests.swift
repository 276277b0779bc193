import Testing

@testable import DiplographCore

private func found(_ s: String) -> [String] {
    let t = Array(s.utf8)
    return DateParser.find(in: t, range: 0..<t.count, reference: nil).map {
        String(decoding: t[$0.range], as: UTF8.self) + "=" + ($0.date?.iso ?? "nil")
    }
}

/// Day-first dates between dots (`DateScanner.dottedDayFirst`).
@Suite("Dates with dots, day first")
struct DottedDateTests {
    @Test("06.10.2031 and 6.10.2031 are day, month, year; a weekday before them is absorbed")
    func dotted() {
        #expect(found("The envoy came on 06.10.2031 to the port.") == ["06.10.2031=2031-10-06"])
        #expect(found("Signed 6.3.2031 in the hall.") == ["6.3.2031=2031-03-06"])
        #expect(found("at his office Monday, 06.10.2031, he received her") == ["Monday, 06.10.2031=2031-10-06"])
    }

    @Test("not a day and month, not a four-digit year, or inside a longer run: no date")
    func counterexamples() {
        #expect(found("Version 1.2.2031.5 shipped.").isEmpty)
        #expect(found("Clause 10.13.2031 is void.").isEmpty, "no 13th month")
        #expect(found("Scores were 6.10.20 and 7.1.45.").isEmpty)
        #expect(found("Build v2.06.10.2031 failed.").isEmpty)
        #expect(found("It was 06/10/2031 then.").allSatisfy { !$0.hasSuffix("2031-10-06") }, "slashes stay unread")
    }
}
