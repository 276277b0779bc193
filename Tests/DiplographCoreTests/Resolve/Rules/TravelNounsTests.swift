import DiplographCore
import Testing

/// `ArticleResolver+TravelNouns`: a journey's noun and "to" open a place, as a verb of travel does.
@Suite struct TravelNounsTests {
    @Test func journeysLeadToPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne cancelled a planned visit to Washington this week.
            A plane brought her back to Washington.
            """)
        #expect(RuleProbe.ids(r, .place) == ["washington-dc"], "\(RuleProbe.ids(r, .place))")
        #expect(!RuleProbe.ids(r, .country).contains("united-states"), "\(RuleProbe.ids(r, .country))")
    }

    @Test func noJourneyNoPlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne pledged support to Washington. The visit to Japan went well.
            She made two trips to Cote d'Ivoire since then.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country).isSuperset(of: ["united-states", "japan"]), "\(RuleProbe.ids(r, .country))")
    }
}
