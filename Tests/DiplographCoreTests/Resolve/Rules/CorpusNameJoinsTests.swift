import Foundation
import Testing

@testable import DiplographCore

/// `EntityAggregator.corpusNameJoins`: one entity named two ways in two articles (accents and
/// word breaks, an acronym and its long form, a transliteration); invented names, with
/// counterexamples that must stay apart.
@Suite struct CorpusNameJoinsTests {
    func entity(
        _ name: String, _ type: EntityType, known: Bool = false, affiliation: String? = nil, spellings: [String] = []
    ) -> LocalEntity {
        var s = [name: 1]
        for x in spellings { s[x] = 1 }
        return LocalEntity(
            id: NameTokenizer.slug(name), type: type, name: name, known: known, spellings: s, affiliation: affiliation)
    }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func keys() {
        // The slug folds Vietnamese vowels; Romanian "ș" (Latin Extended-B) is left to foldKey.
        #expect(NameTokenizer.slug("Lúc Vân Sơn") == "luc-van-son")
        #expect(NameTokenizer.slug("Ștefan Vodă") != "stefan-voda")
        #expect(CorpusNameJoins.foldKey(NameTokenizer.slug("Ștefan Vodă")) == "stefanvoda")
        #expect(CorpusNameJoins.foldKey("da-lat") == "dalat")
        #expect(CorpusNameJoins.acronym("CSIRT") == "csirt")
        #expect(CorpusNameJoins.acronym("CRT") == nil)
        #expect(CorpusNameJoins.acronym("Csirt") == nil)
        #expect(CorpusNameJoins.initials("coral-sea-institute-for-regional-trade") == ["csirt", "csifrt"])
        #expect(CorpusNameJoins.transliterated("nicos-adamides") == CorpusNameJoins.transliterated("nikos-adamides"))
        #expect(CorpusNameJoins.transliterated("chang-lin") == "chang-lin")
    }

    @Test func joinsAccentsAndWordBreaks() {
        let index = aggregate([
            [entity("Lúc Vân Sơn", .person, affiliation: "vesta"), entity("Đà Lạt", .place)],
            [entity("Luc Van Son", .person, affiliation: "vesta"), entity("Dalat", .place)],
        ])
        #expect(index.canonicalID("luc-van-son") == index.canonicalID(NameTokenizer.slug("Lúc Vân Sơn")))
        #expect(index.canonicalID("dalat") == index.canonicalID(NameTokenizer.slug("Đà Lạt")))
        #expect(index.entities.count == 2)
    }

    @Test func keepsMovedBreaksTypesThreesAndAffiliationsApart() {
        let index = aggregate([
            [
                entity("Sela Moru", .person), entity("Ninh Sơn", .place), entity("Trà Vơn", .place),
                entity("Lê Minh Sơn", .person, affiliation: "vesta"),
            ],
            [
                // A break moved, another type, a third spelling, another country.
                entity("Selam Oru", .person), entity("Ninh Son", .organization), entity("Tra Von", .place),
                entity("Trà Vồn", .place), entity("Le Minh Son", .person, affiliation: "lorin"),
            ],
            // Two table entries are two entities.
            [entity("Vestan Sea", .place, known: true), entity("Vestansea", .place, known: true)],
        ])
        #expect(index.remap.isEmpty)
    }

    @Test func joinsAnAcronymToTheOneLongForm() {
        let index = aggregate([
            [entity("Coral Sea Institute for Regional Trade", .organization)],
            [entity("CSIRT", .organization)],
            [entity("UOPP", .organization), entity("Union of Pacific Ports", .organization)],
        ])
        #expect(index.canonicalID("csirt") == "coral-sea-institute-for-regional-trade")
        #expect(index.canonicalID("uopp") == "union-of-pacific-ports")
    }

    @Test func keepsShortSharedAndSpeltAcronymsApart() {
        let index = aggregate([
            // Three letters; two long forms; an acronym another entity spells; another type.
            [entity("CRT", .organization), entity("Coral Regional Trade", .organization)],
            [entity("VLTU", .organization), entity("Vesta Lorin Trade Union", .organization)],
            [entity("Vesta Lake Trade Union", .organization)],
            [entity("OPAR", .organization), entity("Orin Port Authority Rail", .organization)],
            [entity("Orin Pass Road", .organization, known: true, spellings: ["OPAR"])],
            [entity("MLPC", .organization), entity("Mount Lorin Peace Camp", .place)],
        ])
        #expect(index.remap.isEmpty)
    }

    @Test func joinsATransliteration() {
        let index = aggregate([
            [entity("Nicos Adamides", .person, affiliation: "vesta")],
            [entity("Nikos Adamidis", .person)],
            [entity("Oyuunaagiin Khurmetsukh", .person)],
            [entity("Oyuunagiin Hurmatsukh", .person)],
        ])
        #expect(index.canonicalID("nikos-adamidis") == index.canonicalID("nicos-adamides"))
        #expect(index.canonicalID("oyuunagiin-hurmatsukh") == index.canonicalID("oyuunaagiin-khurmetsukh"))
        #expect(index.entities.count == 2)
    }

    @Test func keepsShortWordsChAndThreeSpellingsApart() {
        let index = aggregate([
            [entity("Kim Jong Un", .person), entity("Kim Jong Il", .person), entity("Kim Yo Jong", .person)],
            // "ch" is no "h"; a father and a son; three spellings; two countries.
            [entity("Chang Lin Morvel", .person), entity("Marek Dovlan", .person)],
            [entity("Hang Lin Morvel", .person), entity("Tomas Dovlan", .person)],
            [entity("Andreas Kostides", .person), entity("Andreas Kostidis", .person)],
            [entity("Andreas Kostidas", .person)],
            [
                entity("Nicos Varides", .person, affiliation: "vesta"),
                entity("Nikos Varidis", .person, affiliation: "lorin"),
            ],
        ])
        #expect(index.remap.isEmpty)
    }
}
