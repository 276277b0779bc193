import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

@Suite("Meeting frame: 'X thanked Y' inside a framed meeting")
struct MeetingThankedTests {
    @Test("'At the meeting, X thanked his counterpart Y', 'During the talks, X thanked Y'")
    func thankedInFrame() {
        #expect(
            Markup.meetings(
                "Speaking at the meeting, President \(ana) thanked his counterpart, Mr \(tomas), for the welcome."
            )
            .pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("During the talks, \(ana) thanked \(tomas) for his support.").pairs == [
                "ana-lind+tomas-berg"
            ])
    }

    @Test("counterexamples: thanks with no meeting in the sentence, thanks in a speech")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) thanked \(tomas) for his support.").isEmpty)
        #expect(Markup.meetings("In a speech, \(ana) thanked \(tomas) for his support.").isEmpty)
        // The frame after the verb is another occasion: "thanked" needs its frame before it.
        #expect(Markup.meetings("\(ana) thanked \(tomas) for the gift she received at the summit.").isEmpty)
    }
}
