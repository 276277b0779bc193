import Foundation
import Testing

@testable import DiplographCore

/// `CorpusPlaceForms`: a place's plural and singular, and its name with and without its head,
/// in two articles are one node (invented names), with counterexamples that must stay apart.
@Suite struct CorpusPlaceFormsTests {
    func place(_ name: String, known: Bool = false) -> LocalEntity {
        LocalEntity(id: NameTokenizer.slug(name), type: .place, name: name, known: known, spellings: [name: 1])
    }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func keys() {
        #expect(CorpusPlaceForms.pluralKey("vestan-highlands") == "vestan-highland")
        #expect(CorpusPlaceForms.pluralKey("vestan-highland") == "vestan-highland")
        #expect(CorpusPlaceForms.pluralKey("coral-seas") == nil)
        #expect(CorpusPlaceForms.headless("lorvik-district") == "lorvik")
        #expect(CorpusPlaceForms.headless("lorvik-bay") == nil)
    }

    @Test func joinsPluralsAndHeads() {
        let index = aggregate([
            [place("Vestan Highland"), place("Lorvik District")],
            [place("Vestan Highlands"), place("Lorvik")],
        ])
        #expect(index.canonicalID("vestan-highland") == index.canonicalID("vestan-highlands"))
        #expect(index.canonicalID("lorvik") == "lorvik-district")
    }

    @Test func gazetteerTownsTableEntriesAndTwoHeadsStayApart() {
        // "Quebec" is a gazetteer province, not "Quebec City".
        let town = aggregate([[place("Quebec City")], [place("Quebec")]])
        #expect(town.remap.isEmpty)
        // A table place is never the short form of a discovered one.
        let known = aggregate([[place("Orvana City")], [place("Orvana", known: true)]])
        #expect(known.remap.isEmpty)
        // Two longer places: nobody can say which.
        let two = aggregate([[place("Lorvik District")], [place("Lorvik City")], [place("Lorvik")]])
        #expect(two.remap.isEmpty)
        // Two table places under one plural key stay two.
        let tables = aggregate([[place("Vestan Isle", known: true)], [place("Vestan Isles", known: true)]])
        #expect(tables.remap.isEmpty)
    }
}
