import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let sides = ["ana-lind": "kestria", "tomas-berg": "norvia", "mei-chen": "ostrava"]

@Suite("Meeting fallback: two people of two sides around a meeting word")
struct MeetingSentencePairTests {
    @Test("a sentence no frame reads, with two people of two countries and a meeting word")
    func reads() {
        let opener = Markup.meetingsWithRoles(
            "Meeting the Kestrian envoy \(ana), President \(tomas) stressed the need for more exchanges.",
            sides: sides)
        #expect(opener.pairs == ["ana-lind+tomas-berg"] && opener.first?.status == .held, "\(opener.pairs)")
        let after = Markup.meetingsWithRoles(
            "\(tomas) and the Kestrian Prime Minister \(ana) both stressed after the talks that trade must grow.",
            sides: sides)
        #expect(after.pairs == ["ana-lind+tomas-berg"], "\(after.pairs)")
    }

    @Test("counterexamples: one side, unknown sides, a third person, plans, remote contacts, far apart")
    func doesNotFire() {
        // One side: both of Norvia.
        #expect(
            Markup.meetingsWithRoles(
                "Meeting the envoy \(ana), President \(tomas) stressed the need for more exchanges.",
                sides: ["ana-lind": "norvia", "tomas-berg": "norvia"]
            ).isEmpty)
        // No known side.
        #expect(
            Markup.meetingsWithRoles(
                "Meeting the envoy \(ana), President \(tomas) stressed the need for more exchanges."
            ).isEmpty)
        // A third person: who met whom is not said.
        #expect(
            Markup.meetingsWithRoles(
                "Meeting the envoy \(ana), President \(tomas) stressed what \(mei) had proposed.", sides: sides
            ).isEmpty)
        // A plan, a purpose, a remote contact, a denial, a possessive, someone sent.
        for text in [
            "Meeting the envoy \(ana) next month, President \(tomas) hopes to settle the dispute.",
            "President \(tomas) to visit Kestria for a summit with \(ana)",
            "After the talks \(tomas) spoke by phone with \(ana) about the vote.",
            "There were no talks: \(tomas) left before \(ana) arrived.",
            "\(tomas) has been mediating talks between \(ana)'s party and its opponents.",
            "\(tomas) sent a delegation which met with \(ana) on trade.",
        ] {
            let m = Markup.meetingsWithRoles(text, sides: sides)
            #expect(m.allSatisfy { $0.status != .held }, "\(text): \(m.pairs)")
        }
        // Names far apart: the meeting word is about one of them only.
        let far = Markup.meetingsWithRoles(
            "\(tomas) flew in on Friday morning after a long night of counting and thanked all of the many volunteers and staff and party workers in the region, long before the meeting of officials that \(ana) chaired.",
            sides: sides)
        #expect(far.isEmpty, "\(far.pairs)")
    }
}
