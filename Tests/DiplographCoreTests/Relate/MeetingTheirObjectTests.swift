import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"

/// "X VERB Y … during their meeting" (`MeetingMatcher+TheirObject.swift`).
@Suite("Meeting frame: 'their' meeting noun after a subject and its person object")
struct MeetingTheirObjectTests {
    @Test("the subject and the object of the clause own 'their meeting'")
    func subjectAndObjectOwnTheirMeeting() {
        let a = Markup.meetings(
            "President \(ana) reportedly handed \(tomas) the invitation during their meeting in \(lakeport) last week.")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .held)
        let b = Markup.meetings(
            "\(ana) urged Prime Minister \(tomas) to lift the new duties in their first official talks on Monday.")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a reporting verb, a clause of its own, a plan, another person between")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) said \(tomas) was right about the border during their talks.").isEmpty)
        let deal = Markup.meetings("\(ana) congratulated \(tomas) on the deal that the envoys reached in their talks.")
        #expect(deal.isEmpty)
        #expect(Markup.meetings("\(ana) will urge \(tomas) to lift the duties during their talks.").isEmpty)
        #expect(Markup.meetings("\(ana) thanked \(tomas) for the help \(mei) gave during their talks.").isEmpty)
        #expect(Markup.meetings("\(ana) never thanked \(tomas) during their talks.").isEmpty)
    }
}
