import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let thu = PartialDate(year: 2031, month: 5, day: 8)
private let fri = PartialDate(year: 2031, month: 5, day: 9)
private let pub = PartialDate(year: 2031, month: 5, day: 10)

/// Dates of a relative clause on the subject are not the meeting's; the lede's event dates it
/// (`Meetings+SubjectClauseDate.swift`, `Meetings+EventFrame.swift`).
@Suite("Meeting dates past a relative clause on the subject")
struct MeetingSubjectClauseDateTests {
    @Test("the arrival's date in the subject's clause leaves the meeting to the lede's date")
    func arrival() {
        let m = Markup.meetings(
            """
            \(ana) on Friday held talks with the island's leaders.

            The talks closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana), who arrived in the capital on Thursday, held talks with \(tomas).
            """, published: pub, dates: ["on Friday": fri, "on Thursday": thu])
        #expect(m.report("ana-lind", "tomas-berg")?.date == fri)
    }

    @Test("a lede of the day's news without a date dates such a meeting to the publication day")
    func newsLede() {
        let m = Markup.meetings(
            """
            \(ana) has met the leaders of Norvia on her island tour.

            The talks closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana), who flew in on Thursday night, met \(tomas) in the old fort.
            """, published: pub, dates: ["on Thursday night": thu])
        #expect(m.report("ana-lind", "tomas-berg")?.date == pub)
    }

    @Test("counterexamples: a clause on the object, a lede that tells a later meeting")
    func counterexamples() {
        let object = Markup.meetings(
            """
            \(ana) on Friday held talks with the island's leaders.

            The talks closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) held talks with \(tomas), who arrived in the capital on Thursday.
            """, published: pub, dates: ["on Friday": fri, "on Thursday": thu])
        #expect(object.report("ana-lind", "tomas-berg")?.date == nil)
        let later = Markup.meetings(
            """
            \(ana) will meet the leaders of Norvia on her island tour.

            The talks closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana), who flew in on Thursday night, met \(tomas) in the old fort.
            """, published: pub, dates: ["on Thursday night": thu])
        #expect(later.report("ana-lind", "tomas-berg")?.date == nil)
    }
}
