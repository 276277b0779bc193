import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let pub = PartialDate(year: 2031, month: 5, day: 10)

/// "The first … since" tells the day's news (`Meetings+FirstSince.swift`).
@Suite("The first since: news of the day")
struct MeetingFirstSinceTests {
    @Test("a lede of a first visit since an event gives the publication day")
    func firstSince() {
        let m = Markup.meetings(
            """
            \(ana) has arrived in Norvia on her first foreign trip since her election.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """, published: pub)
        #expect(m.report("ana-lind", "tomas-berg")?.date == pub)
    }

    @Test("counterexample: a since without a first tells a stay begun earlier")
    func sinceAlone() {
        let m = Markup.meetings(
            """
            \(ana) has been on a visit to Norvia since her election.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """, published: pub)
        #expect(m.report("ana-lind", "tomas-berg")?.date == nil)
    }
}
