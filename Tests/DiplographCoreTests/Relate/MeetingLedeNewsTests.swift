import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let pub = PartialDate(year: 2025, month: 3, day: 14)

/// An undated lede of the day's news dates the meetings after it (`Meetings+LedeNews.swift`).
@Suite("Meeting dates from an undated lede")
struct MeetingLedeNewsTests {
    @Test("a lede that tells a meeting or a visit without a date gives the publication day")
    func ledeNews() {
        let m = Markup.meetings(
            """
            The Ostrian foreign minister has met the leaders of Norvia on a tour of the islands.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """, published: pub)
        #expect(m.report("ana-lind", "tomas-berg")?.date == pub)
        let v = Markup.meetings(
            """
            \(ana) has begun a two-day state visit to Norvia.
            On her first visit, \(ana), who was received by \(tomas), inspected a guard of honour.
            """, published: pub)
        #expect(v.report("ana-lind", "tomas-berg")?.date == pub)
    }

    @Test("a lede that tells an earlier or a later meeting, or no publication day, gives none")
    func counterexamples() {
        let m = Markup.meetings(
            """
            The Ostrian foreign minister had met the leaders of Norvia before the vote.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """, published: pub)
        #expect(m.report("ana-lind", "tomas-berg")?.date == nil)
        let w = Markup.meetings(
            """
            The Ostrian foreign minister will meet the leaders of Norvia on a tour of the islands.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """, published: pub)
        #expect(w.report("ana-lind", "tomas-berg")?.date == nil)
        let n = Markup.meetings(
            """
            The Ostrian foreign minister has met the leaders of Norvia on a tour of the islands.
            \(ana), who flew in from the coast, met \(tomas) to discuss fishing.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.date == nil)
    }
}
