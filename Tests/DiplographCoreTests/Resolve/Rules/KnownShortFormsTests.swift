import Foundation
import Testing

@testable import DiplographCore

/// `EntityAggregator.knownShortFormMerges`: a table body or place named without its head in
/// another article is that entry; invented names, with counterexamples that must stay apart.
@Suite struct KnownShortFormsTests {
    func entity(_ name: String, _ type: EntityType, known: Bool = false) -> LocalEntity {
        LocalEntity(id: NameTokenizer.slug(name), type: type, name: name, known: known, spellings: [name: 1])
    }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func joinsTheTableEntryItShortens() {
        let index = aggregate([
            [entity("Vesta News Agency", .organization, known: true), entity("Lorin Region", .place, known: true)],
            [entity("Vesta News", .organization)],
            [entity("Lorin", .place)],
        ])
        #expect(index.canonicalID("vesta-news") == "vesta-news-agency")
        #expect(index.canonicalID("lorin") == "lorin-region")
        #expect(index[id: "vesta-news-agency"]?.articles == ["a0", "a1"])
    }

    @Test func keepsNameWordsTownsAndTwoOwnersApart() {
        // The gazetteer's town is no short form of a palace named after it.
        let town = "Lyon"
        #expect(PlaceGazetteer.shared.country(ofName: town) != nil)
        let index = aggregate([
            [
                entity("Vesta Lorin Agency", .organization, known: true),
                entity("Orin Press Agency", .organization, known: true),
                entity("Orin News Agency", .organization, known: true),
                entity("\(town) Palace", .place, known: true),
            ],
            // A name word dropped ("Lorin"), two table entries that fit ("Orin"), a town.
            [entity("Vesta", .organization), entity("Orin", .organization), entity(town, .place)],
            // Another type: the "Orin News" place is no agency.
            [entity("Orin News", .place)],
        ])
        #expect(index.remap.isEmpty)
    }
}
