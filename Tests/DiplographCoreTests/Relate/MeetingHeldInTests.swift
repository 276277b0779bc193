import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"

private func meetings(_ markup: String) -> [MeetingReport] {
    MeetingExtractor.extract(Markup.article(markup), dates: Markup.noDates)
}

/// "X held meetings in Lakeport" places X's other meetings of the article (`Meetings+HeldIn.swift`).
@Suite("Meetings held in a city")
struct MeetingHeldInTests {
    @Test("a participant's meetings in a city place a meeting told without one")
    func heldIn() {
        let m = meetings(
            """
            \(ana) held a series of meetings in \(lakeport) on Friday.
            On the sidelines, \(ana) met \(tomas) to discuss trade.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: another person's meetings there say nothing of this one.
        let n = meetings(
            """
            \(mei) held a series of meetings in \(lakeport) on Friday.
            On the sidelines, \(ana) met \(tomas) to discuss trade.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
        // Counterexample: a summit still to come says where the participant will be.
        let o = meetings(
            """
            \(ana) spoke about the upcoming summit in \(lakeport).
            On the sidelines, \(ana) met \(tomas) to discuss trade.
            """)
        #expect(o.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a call in a city gives no place")
    func callIn() {
        let m = meetings(
            """
            \(ana) joined calls in \(lakeport) on Friday.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
    }
}
