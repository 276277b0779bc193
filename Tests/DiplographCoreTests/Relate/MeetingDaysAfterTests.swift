import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

/// A meeting told "a day after" the lede's news is a day before the publication day
/// (`Meetings+DaysAfter.swift`).
@Suite("Meeting dates: a day after")
struct MeetingDaysAfterTests {
    static let published = PartialDate(year: 2031, month: 5, day: 12)

    func date(_ markup: String) -> String? {
        MeetingExtractor.extract(Markup.article(markup, published: Self.published))
            .first { $0.participants == ["ana-lind", "tomas-berg"] }?.date?.iso
    }

    @Test("a meeting told a day (or two) after the lede's news is that many days before it")
    func dayBefore() {
        #expect(
            date("\(tomas) met the party leaders, a day after holding extensive talks with \(ana).")
                == "2031-05-11")
        #expect(
            date("\(tomas) met the party leaders, two days after holding talks with \(ana).")
                == "2031-05-10")
    }

    @Test("\"after\" alone, or a day after something else, keeps the publication day")
    func counterexamples() {
        #expect(
            date("\(tomas) met the party leaders, after holding extensive talks with \(ana).")
                == "2031-05-12")
        #expect(date("A day after the vote, \(tomas) held talks with \(ana).") == "2031-05-12")
    }
}
