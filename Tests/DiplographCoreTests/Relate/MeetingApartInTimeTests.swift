import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"
private let pub = PartialDate(year: 2031, month: 5, day: 14)

/// An undated report and one dated long before publication are two meetings
/// (`Meetings+ApartInTime.swift`).
@Suite("Meeting dates: an old dated report stays apart from the undated news")
struct MeetingApartInTimeTests {
    func meetings(_ dated: String, _ date: PartialDate) -> [MeetingReport] {
        Markup.meetings(
            """
            Leaders gathered in the harbour hall.
            At the summit, \(ana), \(tomas) and \(mei) met.
            \(ana) and \(tomas) met in \(lakeport) \(dated).
            """, published: pub, dates: [dated: date])
    }

    @Test("a report dated two years before publication does not date the undated meeting")
    func oldReport() {
        let old = PartialDate(year: 2029, month: 12, day: 14)
        let m = meetings("on December 14, 2029", old)
        #expect(m.report("ana-lind", "mei-chen", "tomas-berg")?.date == nil)
        #expect(m.report("ana-lind", "tomas-berg")?.date == old)
        let y = meetings("in 2029", PartialDate(year: 2029))
        #expect(y.report("ana-lind", "mei-chen", "tomas-berg")?.date == nil)
    }

    @Test("a report dated within the month before publication is the same meeting")
    func recentReport() {
        let recent = PartialDate(year: 2031, month: 5, day: 10)
        let m = meetings("on May 10", recent)
        #expect(m.count == 1)
        #expect(m.report("ana-lind", "mei-chen", "tomas-berg")?.date == recent)
    }
}
