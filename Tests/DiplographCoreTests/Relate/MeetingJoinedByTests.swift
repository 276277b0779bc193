import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivo = "[Ivo Sand|person|ivo-sand]"

/// People who join two who met (`MeetingMatcher+JoinedBy.swift`).
@Suite("Meeting frame: the pair were joined by someone")
struct MeetingJoinedByTests {
    @Test("'X and Y were joined by Z': Z met each of the pair")
    func namedPair() {
        let pairs = Markup.meetings("After their talks, \(ana) and \(tomas) were joined by \(mei).").pairs
        #expect(pairs.contains("ana-lind+mei-chen"))
        #expect(pairs.contains("mei-chen+tomas-berg"))
    }

    @Test("'The two leaders were also joined by Z': the pair of the sentence before")
    func twoLeaders() {
        let pairs = Markup.meetings(
            """
            On Monday \(ana) called on \(tomas) in the capital.
            The two leaders were also joined by \(mei).
            """
        ).pairs
        #expect(pairs.contains("ana-lind+mei-chen"))
        #expect(pairs.contains("mei-chen+tomas-berg"))
    }

    @Test("'After the meeting, they were joined by Z': the pair of the sentence before")
    func theyAfterMeeting() {
        let pairs = Markup.meetings(
            """
            \(ana) met with \(tomas) on Friday.
            After the short meeting, they were joined by \(mei), an aide said.
            """
        ).pairs
        #expect(pairs.contains("ana-lind+mei-chen"))
        #expect(pairs.contains("mei-chen+tomas-berg"))
    }

    @Test("one person joined by a companion, 'they' with no meeting or after three people: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) was joined by \(mei) on the trip.").isEmpty)
        #expect(
            !Markup.meetings(
                """
                \(ana) met with \(tomas) on Friday.
                In the evening, they were joined by \(mei).
                """
            ).pairs.contains("ana-lind+mei-chen"))
        #expect(
            !Markup.meetings(
                """
                \(ana) met with \(tomas) and \(ivo) on Friday.
                After the meeting, they were joined by \(mei).
                """
            ).pairs.contains("ana-lind+mei-chen"))
        #expect(
            Markup.meetings("\(ana) and \(tomas) will be joined by \(mei).").allSatisfy { $0.status == .planned })
    }
}
