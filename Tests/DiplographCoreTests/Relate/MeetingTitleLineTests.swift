import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let pub = PartialDate(year: 2031, month: 5, day: 10)
private let fri = PartialDate(year: 2031, month: 5, day: 9)

/// A title line above the lede is dated as a headline is (`Meetings+TitleLine.swift`).
@Suite("Meeting dates of a title line above the lede")
struct MeetingTitleLineTests {
    @Test("a meeting told only in a title line takes the publication day")
    func newsOfTheDay() {
        let m = Markup.meetings(
            """
            \(ana) met with \(tomas)

            Fisheries and trade were on the agenda in the old fort.
            Prices of fish fell slightly.
            """, published: pub)
        #expect(m.report("ana-lind", "tomas-berg")?.date == pub)
    }

    @Test("a title line's meeting takes the date of the lede that names only its participants")
    func ledeDate() {
        let m = Markup.meetings(
            """
            \(ana)'s call with \(tomas)

            On Friday \(ana) and \(tomas) agreed on fishing quotas.
            """, published: pub, dates: ["On Friday": fri])
        #expect(m.report("ana-lind", "tomas-berg")?.date == fri)
    }

    @Test("counterexamples: a title telling an earlier meeting, a body line after the lede")
    func counterexamples() {
        let earlier = Markup.meetings(
            """
            \(ana) has met \(tomas) three times

            Fisheries and trade were on the agenda in the old fort.
            Prices of fish fell slightly.
            """, published: pub)
        #expect(earlier.report("ana-lind", "tomas-berg")?.date == nil)
        let body = Markup.meetings(
            """
            Fisheries and trade were on the agenda in the old fort.
            Prices of fish fell slightly.
            Ports along the coast welcomed the news.
            Trawlers will need new licences from June.

            \(ana) met with \(tomas)
            """, published: pub)
        #expect(body.report("ana-lind", "tomas-berg")?.date == nil)
    }
}
