import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

/// An opening phrase with a meeting noun, then coordinated people as the main clause's subject
/// (`MeetingMatcher+FramedPair.swift`).
@Suite("Meeting frame: the people of a clause framed by a meeting")
struct MeetingFramedPairTests {
    @Test("'During the meeting, X and Y VERB', a bare noun, 'At the end of the talks'")
    func framed() {
        #expect(
            Markup.meetings("During the meeting, \(ana) and \(tomas) agreed to expand trade.").pairs == [
                "ana-lind+tomas-berg"
            ])
        let phone = Markup.meetings("In phone talks Tuesday, \(ana) and \(tomas) agreed to talk again.")
        #expect(phone.pairs == ["ana-lind+tomas-berg"])
        #expect(phone.first?.status == .phone)
        #expect(
            Markup.meetings("At the end of the talks, \(ana) and \(tomas) watched a parade.").pairs == [
                "ana-lind+tomas-berg"
            ])
        let three = Markup.meetings("After the meeting, \(ana), \(tomas) and \(mei) signed a joint statement.")
        #expect(three.pairs == ["ana-lind+mei-chen+tomas-berg"])
        let planned = Markup.meetings("During the meeting, \(ana) and \(tomas) will sign two deals.")
        #expect(planned.pairs == ["ana-lind+tomas-berg"])
        #expect(planned.allSatisfy { $0.status == .planned })
    }

    @Test("a list that does not open the clause, a negative, 'before', one side: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("During the meeting, \(ana) said \(tomas) and \(mei) had agreed.").isEmpty)
        #expect(Markup.meetings("During the meeting, \(ana) and \(tomas) did not agree on fishing.").isEmpty)
        #expect(Markup.meetings("Before the meeting, \(ana) and \(tomas) toured the port.").isEmpty)
        #expect(Markup.meetings("On the sidelines of the summit, \(ana) and \(tomas) praised the hosts.").isEmpty)
        #expect(Markup.meetings("In a speech at the meeting, \(ana) and \(tomas) were praised.").isEmpty)
        let sameSide = Markup.meetingsWithRoles(
            "During the meeting, \(ana) and \(tomas) raised the fishing dispute.",
            sides: ["ana-lind": "ostria", "tomas-berg": "ostria"])
        #expect(sameSide.isEmpty)
        let twoSides = Markup.meetingsWithRoles(
            "During the meeting, \(ana) and \(tomas) raised the fishing dispute.",
            sides: ["ana-lind": "ostria", "tomas-berg": "norvia"])
        #expect(twoSides.pairs == ["ana-lind+tomas-berg"])
    }
}
