import Testing

@testable import DiplographCore

/// A host who receives a foreign guest does so in the capital of the host's country
/// (`Meetings+HostCapital.swift`).
@Suite("Meeting places: the host's capital")
struct MeetingHostCapitalTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind", affiliation: "ostria"),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg", affiliation: "norvia"),
            AliasEntry(id: "mei-chen", type: .person, name: "Mei Chen", affiliation: "ostria"),
            AliasEntry(
                id: "ola-nord", type: .person, name: "Ola Nord", affiliation: "ostria",
                roles: [Role(title: "Ambassador")]),
            AliasEntry(
                id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria", roles: [Role(title: "Capital")]),
            AliasEntry(
                id: "eastfield", type: .place, name: "Eastfield", affiliation: "norvia", roles: [Role(title: "Capital")]
            ),
            AliasEntry(id: "port-ash", type: .place, name: "Port Ash", affiliation: "ostria"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria", demonyms: ["Ostrian"]),
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
        ]))

    /// The resolved article and its meetings, implied places kept when used.
    func meetings(_ body: String) -> (ResolvedArticle, [MeetingReport]) {
        ImpliedPlaceProbe.meetings(body, resolver: Self.resolver)
    }

    @Test("a host who receives a foreign guest is placed in the host's capital")
    func hostCapital() {
        let (r, m) = meetings("Ana Lind received Tomas Berg on Monday.")
        #expect(m.first?.place == "lakeport")
        #expect(r.entities.contains { $0.id == "lakeport" && $0.type == .place })
        let (_, c) = meetings("Tomas Berg paid a courtesy call on Ana Lind.")
        #expect(c.first?.place == "lakeport")
        let (_, g) = meetings("Tomas Berg welcomed Ana Lind on Tuesday.")
        #expect(g.first?.place == "eastfield")
    }

    @Test("a stated city, a guest of the same country, an ambassador or a summit gives no capital")
    func counterexamples() {
        let (_, stated) = meetings("Ana Lind received Tomas Berg in Port Ash on Monday.")
        #expect(stated.first?.place == "port-ash")
        let (_, home) = meetings("Ana Lind received Mei Chen on Monday.")
        #expect(home.first?.place == nil)
        let (_, envoy) = meetings("Ola Nord received Tomas Berg on Monday.")
        #expect(envoy.first?.place == nil)
        let (_, summit) = meetings("Ana Lind received Tomas Berg on the sidelines of the summit.")
        #expect(summit.first?.place == nil)
        let (_, abroad) = meetings("Tomas Berg paid a courtesy call on Ana Lind, who is on a working visit to Norvia.")
        #expect(abroad.first?.place == nil)
        let (_, met) = meetings("Ana Lind met Tomas Berg on Monday.")
        #expect(met.first?.place == nil)
    }
}
