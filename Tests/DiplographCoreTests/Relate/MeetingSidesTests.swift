import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"
private let lakeport = "[Lakeport|place|lakeport]"

/// Two sides of a meeting (`Meetings+Sides.swift`): people on one side did not meet each other.
@Suite("Meeting sides: only cross-side pairs met")
struct MeetingSidesTests {
    @Test("a coordinated subject and an object: each subject met the object, not each other")
    func subjectAndObject() {
        let m = Markup.meetings(
            "Emperor \(ana) and Empress \(mei) met with visiting President \(tomas) at the palace in \(lakeport).")
        #expect(m.pairs == ["ana-lind+tomas-berg", "mei-chen+tomas-berg"])
        #expect(m.allSatisfy { $0.place == "lakeport" && $0.status == .held })
        #expect(m.allSatisfy { $0.evidence.count == 1 })
        let r = Markup.meetings("King \(ana) and Crown Prince \(mei) received President \(tomas).")
        #expect(r.pairs == ["ana-lind+tomas-berg", "mei-chen+tomas-berg"])
        let h = Markup.meetings("\(ana) and \(mei) held talks with \(tomas) and \(ivan).")
        #expect(
            h.pairs == ["ana-lind+ivan-sokol", "ana-lind+tomas-berg", "ivan-sokol+mei-chen", "mei-chen+tomas-berg"])
    }

    @Test("a coordinated subject with no object, and a trilateral, stay one group")
    func oneGroup() {
        #expect(Markup.meetings("\(ana) and \(tomas) met in \(lakeport).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) and \(tomas) held talks.").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana), \(tomas) and \(mei) held a trilateral meeting.").pairs == [
                "ana-lind+mei-chen+tomas-berg"
            ])
        #expect(
            Markup.meetings("Talks between \(ana), \(tomas) and \(mei) ended on Monday.").pairs == [
                "ana-lind+mei-chen+tomas-berg"
            ])
    }

    @Test("'separate meetings with A and B': one meeting with each, whatever their countries")
    func separateMeetings() {
        let sides = ["tomas-berg": "kestria", "mei-chen": "norvia"]
        let m = Markup.meetingsWithRoles("\(ana) held separate meetings with \(tomas) and \(mei).", sides: sides)
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: one separate meeting with both is one meeting of the three.
        let one = Markup.meetingsWithRoles("\(ana) held a separate meeting with \(tomas) and \(mei).", sides: sides)
        #expect(one.pairs == ["ana-lind+mei-chen+tomas-berg"])
    }

    @Test("attendees meet the participants of another country, not their own side or each other")
    func attendees() {
        let sides = ["ana-lind": "kestria", "tomas-berg": "norvia", "mei-chen": "kestria", "ivan-sokol": "norvia"]
        let m = Markup.meetingsWithRoles(
            """
            \(ana) held talks with \(tomas) in \(lakeport).
            The meeting was attended by \(mei) and \(ivan).
            """, sides: sides)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+tomas-berg", "mei-chen+tomas-berg"])
        #expect(m.report("ana-lind", "tomas-berg")?.evidence.count == 2)
        #expect(m.report("mei-chen", "tomas-berg")?.place == "lakeport")
        // Counterexample: an attendee whose country is unknown is evidence only.
        let u = Markup.meetingsWithRoles(
            """
            \(ana) held talks with \(tomas) in \(lakeport).
            The meeting was attended by \(mei).
            """, sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(u.pairs == ["ana-lind+tomas-berg"])
        #expect(u.first?.evidence.count == 2)
    }
}
