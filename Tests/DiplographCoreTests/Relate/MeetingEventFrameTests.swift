import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"
private let mon = PartialDate(year: 2031, month: 5, day: 5)
private let fri = PartialDate(year: 2031, month: 5, day: 9)
private let pub = PartialDate(year: 2031, month: 5, day: 10)

/// The lede's event dates the meetings told inside it (`Meetings+EventFrame.swift`).
@Suite("Meeting dates from the lede's event")
struct MeetingEventFrameTests {
    @Test("a later undated meeting of a person the lede names takes the lede's date")
    func laterMeeting() {
        let m = Markup.meetings(
            """
            \(ana) on Friday met a host of leaders at the harbour summit.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) had a good meeting with \(tomas), her office said.
            """, published: pub, dates: ["on Friday": fri])
        #expect(m.report("ana-lind", "tomas-berg")?.date == fri)
    }

    @Test("a visit stated in the lede dates the meetings of the visitor")
    func visit() {
        let m = Markup.meetings(
            """
            \(ana) arrived in the capital on Friday for a two-day visit.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Friday": fri])
        #expect(m.report("ana-lind", "tomas-berg")?.date == fri)
    }

    @Test("counterexamples: an earlier meeting, another person's event, a date the text cannot resolve")
    func counterexamples() {
        // A perfect tense tells an earlier meeting.
        let earlier = Markup.meetings(
            """
            \(ana) on Friday met a host of leaders at the harbour summit.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) has met \(tomas) several times.
            """, published: pub, dates: ["on Friday": fri])
        #expect(earlier.report("ana-lind", "tomas-berg")?.date == nil)
        // The lede is about someone else.
        let other = Markup.meetings(
            """
            \(mei) on Friday met a host of leaders at the harbour summit.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Friday": fri])
        #expect(other.report("ana-lind", "tomas-berg")?.date == nil)
        // The meeting's sentence has a date of its own that cannot be resolved.
        let own = Markup.meetings(
            """
            \(ana) on Friday met a host of leaders at the harbour summit.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) met \(tomas) on Tuesday at the old fort.
            """, published: pub, dates: ["on Friday": fri, "on Tuesday": nil])
        #expect(own.report("ana-lind", "tomas-berg")?.date == nil)
        // A clause about another moment: the meeting came before the lede's event.
        let before = Markup.meetings(
            """
            \(ana) on Friday held talks with the trade envoys at the harbour summit.

            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            The talks came a day after \(ana) met \(tomas) in the capital.
            """, published: pub, dates: ["on Friday": fri])
        #expect(before.report("ana-lind", "tomas-berg")?.date == nil)
        // A lede that speaks of no meeting or visit states no event.
        let none = Markup.meetings(
            """
            \(ana) on Friday criticised the fishing quotas.

            The summit closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Friday": fri])
        #expect(none.report("ana-lind", "tomas-berg")?.date == nil)
    }

    @Test("a meeting of the lede's day, with no city of its own, takes the lede's town")
    func sameDayTown() {
        let m = Markup.meetings(
            """
            \(mei) received \(ana) in \(lakeport) on Monday.
            Earlier on Monday, \(ana) held talks with \(tomas) on trade.
            """, published: pub, dates: ["on Monday": mon, "Earlier on Monday": mon])
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexamples: a meeting of another day, or of no day, may be elsewhere.
        let other = Markup.meetings(
            """
            \(mei) received \(ana) in \(lakeport) on Monday.
            On Friday, \(ana) held talks with \(tomas) on trade.
            """, published: pub, dates: ["on Monday": mon, "On Friday": fri])
        #expect(other.report("ana-lind", "tomas-berg")?.place == nil)
        let undated = Markup.meetings(
            """
            \(mei) received \(ana) in \(lakeport).
            \(ana) held talks with \(tomas) on trade.
            """, published: pub)
        #expect(undated.report("ana-lind", "tomas-berg")?.place == nil)
    }
}
