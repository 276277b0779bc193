import DiplographCore
import Testing

/// `ArticleResolver+CapitalPairs`: two capitals on the two sides of a relation are governments.
@Suite struct CapitalPairsTests {
    @Test func capitalsInARelationAreGovernments() {
        let r = RuleProbe.resolve(
            """
            Headline
            Relations between Tokyo and Seoul improved. The Tokyo-Seoul dialogue resumed in May.
            """)
        #expect(RuleProbe.ids(r, .country) == ["japan", "south-korea"])
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func capitalsAsCitiesStayPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Flights between Tokyo and Seoul resumed. Crowds in the centre of Tbilisi have dispersed.
            """)
        #expect(RuleProbe.ids(r, .place) == ["tokyo", "seoul", "tbilisi"])
        #expect(RuleProbe.ids(r, .country).isEmpty, "\(RuleProbe.ids(r, .country))")
    }
}
