import DiplographCore
import Testing

/// `ArticleResolver+CapitalLists`: capitals listed as the parties of a state's act, or as the
/// place of a state's own people, are their governments; a list of places stays the cities.
@Suite struct CapitalListsTests {
    @Test func listedCapitalsThatActAreGovernments() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne said Rabat, Baku and Kyiv will hold talks next week.
            Envoys noted that Tehran & Baghdad relations have improved. Tokyo and Seoul “should talk”, she said.
            """)
        #expect(
            RuleProbe.ids(r, .country).isSuperset(of: [
                "morocco", "azerbaijan", "ukraine", "iran", "iraq", "japan", "south-korea",
            ]), "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func capitalsOfAStatesPeopleAreGovernments() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne met her colleagues from Berlin and Paris. The new leadership in Tokyo agreed.
            Beijing's Coast Guard Law worried Norvia. Beijing continues to buy ore.
            """)
        #expect(
            RuleProbe.ids(r, .country).isSuperset(of: ["germany", "france", "japan", "china"]),
            "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func listsOfPlacesStayCities() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne flew to Rabat and Baku on Monday. In Kyiv and Tokyo, crowds gathered.
            She met her counterpart in Seoul. Tehran and Baghdad lie on old trade routes.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["rabat", "baku", "kyiv", "tokyo", "seoul", "tehran", "baghdad"],
            "\(RuleProbe.ids(r, .place))")
    }
}
