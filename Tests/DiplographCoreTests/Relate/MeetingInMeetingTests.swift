import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestrian = "[Kestrian|country|kestria]"

/// "X in a meeting with Y …" (`MeetingMatcher+InMeeting.swift`).
@Suite("Meeting frame: 'in a meeting with Y' after the subject")
struct MeetingInMeetingTests {
    @Test("'in a meeting' right after the subject, after a comma, after 'delegation'")
    func subjectTookPart() {
        let fri = PartialDate(year: 2031, month: 3, day: 7)
        let a = Markup.meetings(
            "President \(ana) in a meeting on Friday with \(tomas) invited him to Lakeport.", dates: ["Friday": fri])
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.date == fri)
        #expect(a.first?.status == .held)
        #expect(Markup.meetings("\(ana), in talks with \(tomas), raised the border.").pairs == ["ana-lind+tomas-berg"])
        let b = Markup.meetings("\(ana) led a \(kestrian) delegation in a bilateral meeting with \(tomas).")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: 'in' after another noun, a plan")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) expressed interest in a meeting with \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) praised her role in the talks with \(tomas).").isEmpty)
        #expect(
            Markup.meetings("\(ana) will lead a delegation in talks with \(tomas).").allSatisfy {
                $0.status == .planned
            })
    }
}
