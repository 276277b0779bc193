import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

/// A day or month inside a meeting's noun phrase ("their Thursday meeting") and "a bilateral"
/// as a noun before "with" (`MeetingMatcher+Nouns.swift`, `meetingFrame`, `holdVerb`).
@Suite("Meeting nouns: a day inside the phrase, 'a bilateral with'")
struct MeetingNounModifierTests {
    @Test("'X told Y at their Thursday meeting that …'; 'X and Y, at their June summit, …'")
    func timeInsideThePhrase() {
        #expect(
            Markup.meetings("\(ana) told \(tomas) at their Thursday meeting that quotas would rise.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(
            Markup.meetings("\(ana) and \(tomas), at their June summit, agreed on quotas.").pairs == [
                "ana-lind+tomas-berg"
            ])
        // Counterexample: telling with no meeting named is no meeting.
        #expect(Markup.meetings("\(ana) told \(tomas) on Thursday that quotas would rise.").isEmpty)
    }

    @Test("'X held a bilateral with Y'; 'a bilateral agreement with Y' is no meeting")
    func bilateral() {
        #expect(
            Markup.meetings("\(ana) held a bilateral with \(tomas) on the sidelines.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) held a bilateral agreement with \(tomas) in high regard.").isEmpty)
    }
}
