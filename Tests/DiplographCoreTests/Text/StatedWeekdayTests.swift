import Testing

@testable import DiplographCore

private func resolved(_ s: String) -> [String] {
    let t = Array(s.utf8)
    let found = DateParser.find(in: t, range: 0..<t.count, reference: nil)
    return DateParser.anchoringWeekdays(found, in: t) { DateParser.statedDays(in: t) }.map {
        String(decoding: t[$0.range], as: UTF8.self) + "=" + ($0.date?.iso ?? "nil")
    }
}

/// Weekdays resolved against the one day the article states on that weekday
/// (`DateParser+StatedWeekday.swift`).
@Suite("Weekdays anchored by a stated date")
struct StatedWeekdayTests {
    @Test("a weekday takes the one stated date that falls on it")
    func anchored() {
        // 12 May 2031 is a Monday.
        #expect(
            resolved("Ana Lind received the envoy on Monday (May 12, 2031) at the palace.")
                == ["Monday=2031-05-12", "May 12, 2031=2031-05-12"])
        #expect(
            resolved("Lind met Berg on Monday afternoon. Photo taken 12 May 2031.")
                == ["Monday=2031-05-12", "12 May 2031=2031-05-12"])
    }

    @Test("counterexamples: no stated day on that weekday, two of them, a relative weekday")
    func counterexamples() {
        // 13 May 2031 is a Tuesday.
        #expect(resolved("Lind met Berg on Monday. The port opened on 13 May 2031.").first == "Monday=nil")
        // 12 and 19 May 2031 are both Mondays.
        #expect(resolved("Lind met Berg on Monday. Photos of 12 May 2031 and 19 May 2031.").first == "Monday=nil")
        #expect(resolved("Lind met Berg last Monday. Photo taken 12 May 2031.").first == "last Monday=nil")
    }
}
