import Testing

@testable import DiplographCore

/// The headline's city places a held meeting left without a town (`Meetings+HeadlinePlace.swift`).
@Suite("Meeting places from the headline")
struct MeetingHeadlinePlaceTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind"),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg"),
            AliasEntry(id: "mei-chen", type: .person, name: "Mei Chen"),
            AliasEntry(id: "ola-nord", type: .person, name: "Ola Nord"),
            AliasEntry(id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria"),
        ]))

    /// The meetings of an article whose first line is its headline.
    func meetings(_ text: String) -> [MeetingReport] {
        let (a, s) = TestArticles.make(text)
        return MeetingExtractor.extract(Self.resolver.resolve(a, sentences: s)) { _, _ in [] }
    }

    @Test("a headline that tells a meeting in a city places the meetings of its people there")
    func headlineCity() {
        let m = meetings(
            """
            Ministers discussed fishing quotas in Lakeport
            Ana Lind held an expanded meeting with Tomas Berg, the agency reports.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        let n = meetings(
            """
            Ana Lind meets Mei Chen in Lakeport
            Earlier, Ana Lind had met Tomas Berg, the speaker of parliament.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("a headline about other people, or about no meeting, places nothing")
    func counterexamples() {
        let m = meetings(
            """
            Mei Chen meets Ola Nord in Lakeport
            Ana Lind held an expanded meeting with Tomas Berg, the agency reports.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
        let n = meetings(
            """
            Floods close the harbour in Lakeport
            Ana Lind held an expanded meeting with Tomas Berg, the agency reports.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
        // A meeting told on a trip elsewhere is not the headline's.
        let trip = meetings(
            """
            Ana Lind meets Mei Chen in Lakeport
            The talks follow a trip to Ostria, where Ana Lind met Tomas Berg.
            """)
        #expect(trip.report("ana-lind", "tomas-berg")?.place == nil)
    }
}
