import Testing

@testable import DiplographCore

/// A leader whom a foreign minister meets does so in the capital of the leader's country
/// (`Meetings+RankCapital.swift`).
@Suite("Meeting places: the leader's capital")
struct MeetingRankCapitalTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(
                id: "ana-lind", type: .person, name: "Ana Lind", affiliation: "ostria",
                roles: [Role(title: "President")]),
            AliasEntry(
                id: "tomas-berg", type: .person, name: "Tomas Berg", affiliation: "norvia",
                roles: [Role(title: "Foreign Minister")]),
            AliasEntry(
                id: "mei-chen", type: .person, name: "Mei Chen", affiliation: "norvia",
                roles: [Role(title: "Prime Minister")]),
            AliasEntry(
                id: "ola-nord", type: .person, name: "Ola Nord", affiliation: "ostria",
                roles: [Role(title: "Defence Minister")]),
            AliasEntry(
                id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria", roles: [Role(title: "Capital")]),
            AliasEntry(
                id: "eastfield", type: .place, name: "Eastfield", affiliation: "norvia", roles: [Role(title: "Capital")]
            ),
            AliasEntry(id: "port-ash", type: .place, name: "Port Ash", affiliation: "ostria"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria", demonyms: ["Ostrian"]),
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
        ]))

    func meetings(_ body: String) -> (ResolvedArticle, [MeetingReport]) {
        ImpliedPlaceProbe.meetings(body, resolver: Self.resolver)
    }

    @Test("a foreign minister meeting a head of state or government is placed in the leader's capital")
    func leaderCapital() {
        let (_, m) = meetings("Tomas Berg met Ana Lind on Thursday, her office said.")
        #expect(m.first?.place == "lakeport")
        let (_, n) = meetings("Mei Chen held talks with Ola Nord on Friday.")
        #expect(n.first?.place == "eastfield")
    }

    @Test("a stated city, two leaders, two ministers, a summit or a trip abroad give no capital")
    func counterexamples() {
        let (_, stated) = meetings("Tomas Berg met Ana Lind in Port Ash on Thursday.")
        #expect(stated.first?.place == "port-ash")
        let (_, leaders) = meetings("Mei Chen met Ana Lind on Thursday.")
        #expect(leaders.first?.place == nil)
        let (_, ministers) = meetings("Tomas Berg met Ola Nord on Thursday.")
        #expect(ministers.first?.place == nil)
        let (_, summit) = meetings("Tomas Berg met Ana Lind on the sidelines of the summit.")
        #expect(summit.first?.place == nil)
        let (_, abroad) = meetings("Tomas Berg met Ana Lind, who is on a working visit to Norvia.")
        #expect(abroad.first?.place == nil)
        let (_, visiting) = meetings("Tomas Berg met the visiting President Ana Lind on Thursday.")
        #expect(visiting.first?.place == nil)
    }
}
