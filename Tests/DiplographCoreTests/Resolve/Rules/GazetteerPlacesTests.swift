import Foundation
import Testing

@testable import DiplographCore

/// The place gazetteer (`PlaceGazetteer`, from GeoNames and ISO 3166-2) as a weak signal, and
/// the venue heads ("… Guest House", "… Power Plant"): invented sentences around real place
/// names, each with a counterexample that must not fire.
@Suite struct GazetteerPlacesTests {
    static let resolver = ResolverRuleTests.resolver

    func resolve(_ text: String) -> ResolvedArticle {
        let (a, s) = TestArticles.make(text, id: "t")
        return Self.resolver.resolve(a, sentences: s)
    }

    func names(_ r: ResolvedArticle, _ type: EntityType) -> Set<String> {
        Set(r.entities.filter { $0.type == type }.map(\.name))
    }

    @Test func tableParsesNamesAndCountries() {
        let g = PlaceGazetteer("Vexmoor\tnorvia\nNew Tarsk\tostia\nKaldo-Ves\t\n")
        #expect(g.count == 3)
        #expect(g.country(ofName: "Vexmoor") == "norvia")
        #expect(g.country(ofName: "new tarsk") == "ostia")
        #expect(g.country(ofName: "Kaldo Ves") == "")
        #expect(g.country(ofName: "New") == nil)
        #expect(g.country(ofName: "New Tarsk City") == nil)
    }

    @Test func listedCityWithoutCueIsAPlace() {
        let r = resolve(
            "Headline here\nProtests spread from Bielefeld to Cherepovets and Piura, the organisers said.")
        #expect(names(r, .place).isSuperset(of: ["Cherepovets", "Piura"]))
        // The place carries its country.
        #expect(r.entities.first { $0.name == "Piura" }?.affiliation == "peru")
        #expect(r.entities.first { $0.name == "Cherepovets" }?.affiliation == "russia")
    }

    @Test func stateAndProvinceAreChosenOverCitiesAbroad() {
        let r = resolve("Headline here\nVoters in the north said Ontario and Texas would follow.")
        #expect(r.entities.first { $0.name == "Ontario" }?.affiliation == "canada")
        #expect(r.entities.first { $0.name == "Texas" }?.affiliation == "united-states")
    }

    @Test func ordinaryWordsAndNamesAreNoGazetteerPlaces() {
        // "Mobile", "Split", "Nice", "Reading" are English words; "Virginia" a given name.
        let r = resolve(
            """
            Headline here
            Mobile phones were banned. Split votes are rare. Nice weather helped. Reading the text, he smiled. \
            Virginia Oskarsdottir said so.
            """)
        #expect(names(r, .place).isEmpty)
    }

    @Test func strongerRulesClaimFirst() {
        // A person whose family name is a city; a body that opens with a city; a double name.
        let r = resolve(
            """
            Headline here
            Minister Ana Jackson met the Cherepovets Chamber of Commerce. Jackson said talks went well. \
            Lina Piura-Vesk agreed.
            """)
        #expect(names(r, .person).isSuperset(of: ["Ana Jackson"]))
        #expect(names(r, .organization).contains("Cherepovets Chamber of Commerce"))
        #expect(names(r, .place).isEmpty)
    }

    @Test func listedNameOpeningWithAStopwordIsAPlace() {
        // "New" opens no run of its own; a listed name that starts with it still is a place,
        // before a possessive or a title too; an unlisted "New …" body is not.
        let r = resolve(
            """
            Headline here
            Officials toured New Taipei. New Taipei's mayor Ivo Kesk and New Jersey Governor Lina Varo spoke.             The New Tarsk Party won.
            """)
        #expect(names(r, .place).isSuperset(of: ["New Taipei", "New Jersey"]))
        #expect(names(r, .person).isSuperset(of: ["Lina Varo"]))
        #expect(!names(r, .place).contains { $0.contains("Tarsk") || $0 == "Jersey" })
    }

    @Test func familyNameThatIsACityRefersBackToThePerson() {
        // "Rivera" and "Hamilton" are listed cities; alone after the full names, they are the people.
        let r = resolve(
            """
            Headline here
            The talks were led by Ana Rivera and Tomas Hamilton. Later Rivera said the deal was close, and             Hamilton agreed. Protests spread to Mendoza.
            """)
        #expect(names(r, .person) == ["Ana Rivera", "Tomas Hamilton"])
        #expect(names(r, .place) == ["Mendoza"])
    }

    @Test func venueHeadAfterAPrepositionIsAPlace() {
        let r = resolve(
            """
            Headline here
            The ministers met at the Vexmoor State Guest House on Monday. Water from the Tarsk Nuclear Power Plant \
            was released. She laid a wreath at the Norvian War Memorial.
            """)
        #expect(
            names(r, .place).isSuperset(of: [
                "Vexmoor State Guest House", "Tarsk Nuclear Power Plant", "Norvian War Memorial",
            ]))
    }

    @Test func museumsAndLibrariesAreVenuesWhereTheSentencePutsThem() {
        let r = resolve(
            """
            Headline here
            The ministers toured the Vexmoor City Museum on Monday. They met at the Tarsk National Library.
            """)
        #expect(
            names(r, .place).isSuperset(of: ["Vexmoor City Museum", "Tarsk National Library"]), "\(names(r, .place))")
        // Counterexample: no venue position.
        let u = resolve("Headline here\nThe Tarsk National Library said on Monday that it would reopen.")
        #expect(!names(u, .place).contains("Tarsk National Library"), "\(names(u, .place))")
    }

    @Test func monumentsArePlacesAnywhere() {
        let r = resolve(
            """
            Headline here
            The Ostian Freedom Monument was restored, and the Varga Mausoleum reopened.
            """)
        #expect(names(r, .place).isSuperset(of: ["Ostian Freedom Monument", "Varga Mausoleum"]), "\(names(r, .place))")
    }

    @Test func venueHeadNeedsAVenuePosition() {
        // A body named like a building: "of" after it, staff "from" it, or no venue position.
        let r = resolve(
            """
            Headline here
            The Vexmoor House of Delegates voted. Observers from Tarsk House attended. Ostia Camp leaders said no.
            """)
        #expect(!names(r, .place).contains { $0.contains("House") || $0.contains("Camp") })
    }

    /// The compiled-in gazetteer is data/places.tsv (regenerate with scripts/embed-places.sh),
    /// its attribution is kept beside it, and every country it names is an alias-table id.
    @Test func embeddedGazetteerMatchesTheDataFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try String(contentsOf: root.appendingPathComponent("data/places.tsv"), encoding: .utf8)
        #expect(data == placeGazetteerText + "\n", "run scripts/embed-places.sh")
        let notice = try String(contentsOf: root.appendingPathComponent("data/places.COPYRIGHT"), encoding: .utf8)
        #expect(notice.contains("Contains data from\n   GeoNames") && notice.contains("Attribution 4.0"))
        let table = AliasTables.parse(defaultAliasTableTSV, file: AliasTables.defaultTableName).table
        let countries = Set(table.entries.filter { $0.type == .country }.map(\.id))
        #expect(PlaceGazetteer.shared.count > 5000)
        #expect(PlaceGazetteer.shared.countries.allSatisfy { $0.isEmpty || countries.contains($0) })
    }
}
