import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and bodies are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let council = "[Harbour Council|organization|harbour-council]"

/// People joined for a meeting, or sat down for one (`MeetingMatcher+ForMeeting.swift`).
@Suite("Meeting frame: joined or sat down for a meeting")
struct MeetingForMeetingFrameTests {
    @Test("'X joined Y for a gathering', 'X was joined by Y for talks', 'X and Y sat down for talks'")
    func frames() {
        #expect(
            Markup.meetings("\(ana) joined \(tomas) and \(mei) for a three-way gathering.").pairs.contains {
                $0.hasPrefix("ana-lind+")
            })
        #expect(
            Markup.meetings("\(ana) was joined by \(tomas) for talks in the capital.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) and \(tomas) sat down for their first talks.").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("no meeting noun after 'for', or no person joined: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) joined \(council) for a second term.").isEmpty)
        #expect(Markup.meetings("\(ana) joined \(tomas) for the campaign in the north.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) sat down for an interview.").isEmpty)
        #expect(Markup.meetings("\(ana) will be joined by \(tomas) for talks.").allSatisfy { $0.status == .planned })
    }
}
