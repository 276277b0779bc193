import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestria = "[Kestria|country|kestria]"
private let norvia = "[Norvia|country|norvia]"

@Suite("Meeting frame: a discussion whose topic names a country before the partner's 'with'")
struct MeetingDiscussedTopicTests {
    @Test("a country or organisation in the topic: 'discussed Kestria's path to membership with Y'")
    func countryInTopic() {
        #expect(
            Markup.meetings("\(ana) discussed speeding up \(kestria)'s path to membership with Commissioner \(tomas).")
                .pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) also discussed the situation in \(norvia) with \(tomas) on Monday.").pairs == [
                "ana-lind+tomas-berg"
            ])
    }

    @Test("counterexamples: relations with a person, a passive, a person in the topic")
    func counterexamples() {
        // "relations with Y" is about Y, whatever country stands before it.
        #expect(Markup.meetings("\(ana) discussed \(kestria)'s relations with \(tomas).").isEmpty)
        #expect(Markup.meetings("The border with \(kestria) was discussed with \(tomas).").isEmpty)
        #expect(
            Markup.meetings("\(ana) discussed [Berg|person|tomas-berg]'s plan for \(kestria) with reporters.").isEmpty)
    }
}
