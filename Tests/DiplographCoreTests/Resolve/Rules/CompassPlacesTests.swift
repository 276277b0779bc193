import DiplographCore
import Testing

/// `ArticleResolver+CompassPlaces`: a capitalised compass word and the region or place after it
/// are one place.
@Suite struct CompassPlacesTests {
    @Test func compassWordsAndRegionsAreOnePlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            Trade grew across North America last year. Minister Ilsa Varenne toured Central Java and East Java.
            She met the Governor of Central Java on Monday. Ships crossed the Eastern Mediterranean.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["north-america", "central-java", "east-java", "eastern-mediterranean"],
            "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country).isEmpty, "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .person) == ["ilsa-varenne"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func tableNamesLongerNamesAndAdjectivesAreNoCompassPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Envoys from North Korea and South Africa met. The North Atlantic Treaty Organization agreed.
            West African leaders spoke. The Upper House voted. Aid reached North-West Kessmark.
            """)
        #expect(RuleProbe.ids(r, .country).isSuperset(of: ["north-korea", "south-africa"]))
        #expect(
            RuleProbe.ids(r, .place).allSatisfy { !["north-atlantic", "west-african", "upper-house"].contains($0) },
            "\(RuleProbe.ids(r, .place))")
        #expect(!RuleProbe.ids(r, .place).contains("north-west-kessmark"), "\(RuleProbe.ids(r, .place))")
    }
}
