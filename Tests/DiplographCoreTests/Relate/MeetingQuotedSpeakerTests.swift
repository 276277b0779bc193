import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

/// "I" in a quotation is the person quoted (`MeetingMatcher+QuotedSpeaker.swift`).
@Suite("Meeting frame: the quoted speaker's 'I'")
struct MeetingQuotedSpeakerTests {
    @Test("'“I had a phone call with Y,” said X' and '“I met Y today,” X told reporters'")
    func speakerAfter() {
        let call = Markup.meetings("“I am calm, I have had a phone call with \(tomas) this morning,” said \(ana).")
        #expect(call.pairs == ["ana-lind+tomas-berg"])
        #expect(call.first?.status == .phone)
        #expect(
            Markup.meetings("\"I met \(tomas) in the capital,\" \(ana) told reporters.").pairs == [
                "ana-lind+tomas-berg"
            ])
    }

    @Test("'X said: “I held talks with Y”'")
    func speakerBefore() {
        #expect(
            Markup.meetings("\(ana) said: \"I held talks with \(tomas) on trade.\"").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("no opening mark, no reporting verb, two speakers: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("I met \(tomas) in the capital, \(ana) told reporters.").isEmpty)
        #expect(Markup.meetings("\"I had a good meeting with \(tomas),\" citing \(ana).").isEmpty)
        #expect(Markup.meetings("\"I met \(tomas) in the capital,\" said \(ana) and \(mei).").isEmpty)
    }
}
