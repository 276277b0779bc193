import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

/// A title whose complement is a list set off by commas (`MeetingMatcher+CommaComplement.swift`).
@Suite("Meeting chunk: a title's complement listed with commas")
struct MeetingCommaComplementTests {
    @Test("'the Minister of Foreign Affairs, Cooperation and Kestrians Abroad, Y'")
    func commaComplement() {
        let a = Markup.meetings(
            "\(ana) met with the Minister of Foreign Affairs, Cooperation and Kestrians Abroad, \(tomas), in Lakeport.")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        let b = Markup.meetings(
            "\(ana) received the Minister of Foreign Affairs, European Union, and Cooperation \(tomas) on Monday.")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
        let c = Markup.meetings(
            "\(ana) held talks with the Minister of Trade, Industry and Tourism, \(tomas), and \(mei).")
        #expect(c.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("a report or a clause after the list: the minister met is unnamed")
    func counterexamples() {
        // A report: the minister met is unnamed.
        #expect(
            Markup.meetings("\(ana) met the Minister of Foreign Affairs, Cooperation and Trade, \(tomas) said.").isEmpty
        )
        // The minister met is unnamed: the list ends before a clause.
        #expect(
            Markup.meetings(
                "\(ana) met the Minister of Foreign Affairs, Cooperation and Trade, before \(tomas) arrived."
            )
            .isEmpty)
        #expect(Markup.meetings("\(ana) met the Minister of Foreign Affairs, who praised \(tomas).").isEmpty)
    }
}
