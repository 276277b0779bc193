import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let lakeport = "[Lakeport|place|lakeport]"

/// "at a joint press conference with Y" (`MeetingMatcher+JointConference.swift`).
@Suite("Meeting frame: a joint press conference with someone")
struct MeetingJointConferenceTests {
    @Test("the speaker at a joint press conference with Y met Y")
    func speakerMetPartner() {
        let a = Markup.meetings(
            """
            Trade remains strong, Prime Minister \(ana) stated at a joint press conference with \(tomas) in \(lakeport).
            """)
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .held)
        #expect(a.first?.place == "lakeport")
        let b = Markup.meetings("\(ana) expressed the hope at a joint news conference with \(tomas) after the talks.")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: no 'joint', a plan, a joint statement")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) told a press conference with \(tomas) watching from home.").isEmpty)
        #expect(
            Markup.meetings("\(ana) will speak at a joint press conference with \(tomas) on Friday.").allSatisfy {
                $0.status == .planned
            })
        #expect(Markup.meetings("\(ana) said in a joint statement with \(tomas) that trade grew.").isEmpty)
    }
}
