import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let thu = PartialDate(year: 2025, month: 3, day: 13)
private let pub = PartialDate(year: 2025, month: 3, day: 14)

/// A following sentence that says when the meeting took place corrects the lede's
/// publication-day default (`ArticleMeetings.followingDates`).
@Suite("Meeting dates from a following sentence")
struct MeetingFollowingDateTests {
    func date(_ second: String) -> PartialDate? {
        Markup.meetings(
            "\(ana) held talks with \(tomas) on trade.\n\(second)", published: pub, dates: ["yesterday": thu]
        ).report("ana-lind", "tomas-berg")?.date
    }

    @Test("'the meeting, which took place yesterday' dates the lede's meeting")
    func tookPlace() {
        #expect(date("During the meeting, which took place yesterday in the capital, both sides spoke.") == thu)
        #expect(date("The talks were held yesterday in the capital.") == thu)
        // Without it the lede's meeting is on the publication day.
        #expect(date("Both sides discussed fish quotas at length.") == pub)
    }

    @Test("a date held by something else, or a sentence about someone else, changes nothing")
    func counterexamples() {
        #expect(date("The meeting was announced after a public vote held yesterday in the capital.") == pub)
        #expect(date("The meeting of \(mei) with the envoys took place yesterday in the capital.") == pub)
    }
}
