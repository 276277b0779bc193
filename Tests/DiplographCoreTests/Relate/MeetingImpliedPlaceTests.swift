import Testing

@testable import DiplographCore

/// A dateline's city, or the town that begins a venue's name, that the text names nowhere else
/// places a meeting (`ArticleResolver+ImpliedPlaces.swift`).
@Suite("Meeting places the text implies without naming them")
struct MeetingImpliedPlaceTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind"),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg"),
            AliasEntry(id: "lakeport", type: .place, name: "Lakeport", affiliation: "ostria"),
            AliasEntry(id: "port-ash", type: .place, name: "Port Ash", affiliation: "ostria"),
            AliasEntry(id: "ostria", type: .country, name: "Ostria"),
            AliasEntry(id: "lakeport-international-airport", type: .place, name: "Lakeport International Airport"),
            AliasEntry(id: "harbour-palace", type: .place, name: "Harbour Palace"),
        ]))

    /// The resolved article and its meetings, the dateline place kept when used.
    func meetings(_ body: String, dateline: String?) -> (ResolvedArticle, [MeetingReport]) {
        ImpliedPlaceProbe.meetings(body, resolver: Self.resolver, dateline: dateline)
    }

    @Test("'LAKEPORT –' places a meeting that names no place, and becomes an entity of the article")
    func datelineCity() {
        let (r, m) = meetings("Ana Lind held talks with Tomas Berg on fishing quotas.", dateline: "LAKEPORT")
        #expect(m.first?.place == "lakeport")
        #expect(r.entities.contains { $0.id == "lakeport" && $0.type == .place })
        #expect(!r.mentions.contains { r.entities[$0.entity].id == "lakeport" }, "the dateline is not text")
    }

    @Test("a place in the sentence, a phone call or an unknown dateline leave it out")
    func counterexamples() {
        let (r1, m1) = meetings("Ana Lind held talks with Tomas Berg in Port Ash on quotas.", dateline: "LAKEPORT")
        #expect(m1.first?.place == "port-ash")
        #expect(!r1.entities.contains { $0.id == "lakeport" }, "no meeting placed there: no entity")
        let (r2, m2) = meetings("Ana Lind spoke by phone with Tomas Berg on quotas.", dateline: "LAKEPORT")
        #expect(!m2.isEmpty)
        #expect(m2.allSatisfy { $0.place == nil })
        #expect(!r2.entities.contains { $0.id == "lakeport" })
        let (_, m3) = meetings("Ana Lind held talks with Tomas Berg on fishing quotas.", dateline: "MILLBROOK")
        #expect(m3.first.map { $0.place == nil } == true)
    }

    @Test("a venue whose name begins with a town of the table is in that town")
    func venueTown() {
        let (r, m) = meetings("Ana Lind held talks with Tomas Berg at Lakeport International Airport.", dateline: nil)
        #expect(m.first?.place == "lakeport")
        #expect(r.entities.contains { $0.id == "lakeport" })
        // Counterexample: a venue whose first word is no town keeps the venue.
        let (r2, m2) = meetings("Ana Lind held talks with Tomas Berg at Harbour Palace.", dateline: nil)
        #expect(m2.first?.place == "harbour-palace")
        #expect(r2.entities.filter { $0.type == .place }.map(\.id) == ["harbour-palace"])
    }
}
