import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

/// A hyphenated compound before a meeting noun is one modifier (`MeetingMatcher+Compounds.swift`).
@Suite("Meeting frame: hyphenated compound modifiers")
struct MeetingCompoundModifierTests {
    @Test("'one-on-one', '45-minute', 'tete-a-tete' before the noun")
    func compounds() {
        #expect(Markup.meetings("\(ana) held a one-on-one meeting with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) held a 45-minute one-on-one talk with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) held a tete-a-tete meeting with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) and \(tomas) held a one-on-one meeting.").pairs == ["ana-lind+tomas-berg"])
        let p = Markup.meetings("\(ana) will hold a one-on-one meeting with \(tomas).")
        #expect(p.pairs == ["ana-lind+tomas-berg"])
        #expect(p.allSatisfy { $0.status == .planned })
    }

    @Test("no person after 'with', or no meeting noun after the compound, is no meeting")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) held a one-on-one session with the press before \(tomas) arrived.").isEmpty)
        #expect(Markup.meetings("\(ana) held a one-on-one interview with \(tomas).").isEmpty)
    }
}
