import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestria = "[Kestria|country|kestria]"

@Suite("Meeting frame: a bare time word between a verb of receiving and its object")
struct MeetingBareTimeWordTests {
    @Test("'X received today Y', 'X welcomed yesterday Y'")
    func bareTimeWord() {
        #expect(
            Markup.meetings("President \(ana) received today the Chief Executive of \(kestria) Dr. \(tomas).").pairs
                == [
                    "ana-lind+tomas-berg"
                ])
        #expect(
            Markup.meetings("\(ana) welcomed yesterday Foreign Minister \(tomas).").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: today's news, an object that is no person")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) received today's report on \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) welcomed today the decision of the court, \(tomas) said.").isEmpty)
    }
}
