import Testing

@testable import DiplographCore

/// "in the Ostrian capital": the alias table's capital of the country places the meeting
/// (`Meetings+Capital.swift`).
@Suite("Meeting places: a capital described, not named")
struct MeetingCapitalTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind"),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg"),
            AliasEntry(
                id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria", roles: [Role(title: "Capital")]),
            AliasEntry(id: "port-ash", type: .place, name: "Port Ash", affiliation: "ostria"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria", demonyms: ["Ostrian"]),
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
        ]))

    /// The resolved article and its meetings, implied places kept when used.
    func meetings(_ body: String) -> (ResolvedArticle, [MeetingReport]) {
        ImpliedPlaceProbe.meetings(body, resolver: Self.resolver)
    }

    @Test("the capital of the country before \"capital\" places the meeting")
    func describedCapital() {
        let (r, m) = meetings("Ana Lind met Tomas Berg on the sidelines of a summit in the Ostrian capital on Friday.")
        #expect(m.first?.place == "lakeport")
        #expect(r.entities.contains { $0.id == "lakeport" && $0.type == .place })
        let (_, v) = meetings(
            """
            Ana Lind arrived in the Ostrian capital to attend a summit.
            Ana Lind met Tomas Berg to discuss fishing.
            """)
        #expect(v.first?.place == "lakeport")
    }

    @Test("a named capital, or a country without a capital in the table, keeps the clause's reading")
    func counterexamples() {
        let (_, m) = meetings("Ana Lind met Tomas Berg in the Ostrian capital, Port Ash, on Friday.")
        #expect(m.first?.place == "port-ash")
        let (r, n) = meetings("Ana Lind met Tomas Berg in the Norvian capital on Friday.")
        #expect(n.first?.place == "norvia")
        #expect(!r.entities.contains { $0.id == "lakeport" })
    }
}
