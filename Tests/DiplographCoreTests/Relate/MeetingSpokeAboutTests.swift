import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestria = "[Kestria|country|kestria]"
private let norvia = "[Norvia|country|norvia]"

@Suite("Meeting frame: two people who spoke or talked about something")
struct MeetingSpokeAboutTests {
    @Test("'X and Y spoke about …', 'X of A and Y of B talked about …'")
    func spokeAbout() {
        #expect(
            Markup.meetings(
                "Crown Prince \(ana) of \(kestria) and President \(tomas) of \(norvia) spoke about ways to deepen trade."
            )
            .pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) and \(tomas) talked about the potential for new ties.").pairs == [
                "ana-lind+tomas-berg"
            ])
    }

    @Test("counterexamples: each spoke, one speaker, a plan, a denial")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) and \(tomas) both spoke about the crisis at the forum.").isEmpty)
        #expect(Markup.meetings("Both \(ana) and \(tomas) spoke about the crisis.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) spoke separately about the crisis.").isEmpty)
        #expect(Markup.meetings("\(ana) spoke about \(tomas) and his record.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) will talk about trade.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) never talked about the border.").isEmpty)
    }
}
