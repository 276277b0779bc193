import Testing

@testable import DiplographCore

/// A meeting on the sidelines of an event is in the town the article gives the event
/// (`Meetings+EventSeat.swift`).
@Suite("Meeting places from the event's town")
struct MeetingEventSeatTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind"),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg"),
            AliasEntry(id: "mei-chen", type: .person, name: "Mei Chen"),
            AliasEntry(
                id: "ostrian-assembly", type: .organization, name: "Ostrian Assembly", aliases: ["OSA"]),
            AliasEntry(id: "harbour-council", type: .organization, name: "Harbour Council"),
            AliasEntry(id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria"),
            AliasEntry(id: "riverton", type: .place, name: "Riverton", affiliation: "norvia"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria"),
            AliasEntry(id: "norvia", type: .country, name: "Norvia"),
        ]))

    /// The meetings of an article whose first line is its headline.
    func meetings(_ text: String) -> [MeetingReport] {
        let (a, s) = TestArticles.make(text)
        return MeetingExtractor.extract(Self.resolver.resolve(a, sentences: s)) { _, _ in [] }
    }

    @Test("a meeting on the sidelines of an event takes the town the article gives the event")
    func eventTown() {
        let m = meetings(
            """
            Ministers gather for the assembly
            The 80th Ostrian Assembly (OSA) in Lakeport drew leaders from the whole region.
            Ana Lind met Tomas Berg on the sidelines of the OSA, her office said.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        let n = meetings(
            """
            Ministers gather for the assembly
            Ana Lind held talks with Tomas Berg on the margins of the ongoing Ostrian Assembly.
            The Ostrian Assembly being held in Lakeport closes on Friday.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("an event the article does not place, another event's town or two towns give nothing")
    func counterexamples() {
        // The town follows another organisation.
        let m = meetings(
            """
            Ministers gather for the assembly
            The Harbour Council in Lakeport issued a statement.
            Ana Lind met Tomas Berg on the sidelines of the Ostrian Assembly, her office said.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
        // Two towns for one event.
        let n = meetings(
            """
            Ministers gather for the assembly
            The Ostrian Assembly in Lakeport was followed by the Ostrian Assembly in Riverton.
            Ana Lind met Tomas Berg on the sidelines of the Ostrian Assembly, her office said.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
        // A meeting not told at the event's margins.
        let o = meetings(
            """
            Ministers gather for the assembly
            The Ostrian Assembly in Lakeport drew leaders from the whole region.
            Ana Lind met Tomas Berg a week after the Ostrian Assembly, her office said.
            """)
        #expect(o.report("ana-lind", "tomas-berg")?.place == nil)
    }
}
