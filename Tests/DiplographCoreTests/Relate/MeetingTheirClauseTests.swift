import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let kestrian = "[Kestrian|country|kestria]"

@Suite("Meeting frames: 'their' meeting noun inside the clause of its owners")
struct MeetingTheirClauseTests {
    @Test("a coordinated subject owns 'their talks' later in its clause")
    func coordinatedSubjectOwnsTheirTalks() {
        let m = Markup.meetings(
            """
            President \(ana) and \(kestrian) President \(tomas) agreed to raise trade to ten billion during their talks in Lakeport on Monday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
    }

    @Test("a future verb after the subject makes the meeting planned")
    func futureVerbIsPlanned() {
        let m = Markup.meetings(
            """
            \(ana) and \(tomas) will discuss the border at their summit in Lakeport.
            """)
        #expect(!m.isEmpty && m.allSatisfy { $0.status == .planned }, "\(m.map(\.status))")
    }

    @Test("an opening 'at their meeting' and a main clause of subject, verb and object")
    func openingPhraseWithSubjectAndObject() {
        let m = Markup.meetings(
            """
            At their bilateral meeting, Prime Minister \(ana) thanked Prime Minister \(tomas) for the visit.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a reported clause, a person no object of the verb, an embedded list")
    func counterexamples() {
        let said = Markup.meetings(
            """
            At their meeting, \(ana) said \(tomas) was right about the border.
            """)
        #expect(said.pairs.isEmpty, "\(said.pairs)")
        let raised = Markup.meetings(
            """
            In their talks, \(ana) raised the case of the jailed activist \(mei).
            """)
        #expect(raised.pairs.isEmpty, "\(raised.pairs)")
        let embedded = Markup.meetings(
            """
            Officials said on Friday that \(tomas) and \(mei) argued during their talks.
            """)
        #expect(embedded.pairs.isEmpty, "\(embedded.pairs)")
    }
}
