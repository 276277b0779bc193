import Testing

@testable import DiplographCore

/// A meeting at a venue whose town the alias table gives (its `town` column) is placed in the
/// town (`Meetings+VenueTown.swift`, `ArticleResolver+ImpliedPlaces.swift`).
@Suite("Meeting places: a venue's town from the alias table")
struct MeetingVenueTownTests {
    static let table = """
        id\ttype\tname\taliases\tdemonyms\taffiliation\troles\texternal_id\ttown
        ana-lind\tperson\tAna Lind\t\t\tostria\t\t
        tomas-berg\tperson\tTomas Berg\t\t\tostria\t\t
        ostria\tcountry\tOstria\t\tOstrian\t\t\t
        lakeport\tplace\tLakeport\t\t\tostria\tCapital\t
        greywater-palace\tplace\tGreywater Palace\tGreywater\t\tostria\t\t\tlakeport
        harbour-palace\tplace\tHarbour Palace\t\t\tostria\t\t

        """

    static let resolver = Resolver(table: AliasTables.parse(table, file: "t.tsv").table)

    /// The resolved article and its meetings, implied places kept when used.
    func meetings(_ body: String) -> (ResolvedArticle, [MeetingReport]) {
        ImpliedPlaceProbe.meetings(body, resolver: Self.resolver)
    }

    @Test("the table reads the town column; rows may leave it off")
    func parsing() {
        let p = AliasTables.parse(Self.table, file: "t.tsv")
        #expect(p.diagnostics.isEmpty)
        #expect(p.table.entry(id: "greywater-palace")?.town == "lakeport")
        #expect(p.table.entry(id: "harbour-palace")?.town == nil)
        let bad = Self.table + "stone-hall\tplace\tStone Hall\t\t\tostria\t\t\tnowhere\n"
        #expect(AliasTables.lint(text: bad, file: "t.tsv").contains { $0.message == "unknown town id 'nowhere'" })
        let person = Self.table + "eva-holm\tperson\tEva Holm\t\t\tostria\t\t\tlakeport\n"
        #expect(AliasTables.lint(text: person, file: "t.tsv").contains { $0.message == "only a place has a town" })
        #expect(AliasTables.parse(person, file: "t.tsv").table.entry(id: "eva-holm")?.town == nil)
    }

    @Test("a meeting at the venue, or named at it by a later sentence, is placed in its town")
    func venueTown() {
        let (r, m) = meetings("Ana Lind received Tomas Berg at Greywater Palace on Monday.")
        #expect(m.first?.place == "lakeport")
        #expect(r.entities.contains { $0.id == "lakeport" && $0.type == .place }, "the town becomes an entity")
        // The article names the town elsewhere: its own entity.
        let (r2, m2) = meetings("Ana Lind received Tomas Berg at Greywater on Monday. Lakeport was calm.")
        #expect(m2.first?.place == "lakeport")
        #expect(r2.entities.filter { $0.id == "lakeport" }.count == 1)
        let (_, m3) = meetings(
            "Ana Lind held talks with Tomas Berg on Monday. The talks took place at Greywater Palace.")
        #expect(m3.first?.place == "lakeport")
    }

    @Test("a venue with no town keeps the venue; a phone call has no place")
    func counterexamples() {
        let (r, m) = meetings("Ana Lind received Tomas Berg at Harbour Palace on Monday.")
        #expect(m.first?.place == "harbour-palace")
        #expect(!r.entities.contains { $0.id == "lakeport" })
        let (r2, m2) = meetings("Ana Lind spoke by phone with Tomas Berg from Greywater Palace on Monday.")
        #expect(!m2.isEmpty)
        #expect(m2.allSatisfy { $0.place == nil })
        #expect(!r2.entities.contains { $0.id == "lakeport" })
    }
}
