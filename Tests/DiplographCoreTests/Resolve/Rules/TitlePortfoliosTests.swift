import DiplographCore
import Testing

/// `ArticleResolver+TitlePortfolios`: two portfolios joined by "and" belong to the title.
@Suite struct TitlePortfoliosTests {
    @Test func portfoliosJoinedByAndEndBeforeTheHolder() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. The talks were attended by the Minister of Industry and Trade Arla Quist and the
            Minister of Planning and Development Ivo Kade.
            """)
        #expect(RuleProbe.ids(r, .person) == ["arla-quist", "ivo-kade"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func aNameAfterAndIsNoPortfolio() {
        let r = RuleProbe.resolve("Headline\nThe report came out. The Minister of Trade and Arla Quist met the press.")
        #expect(RuleProbe.ids(r, .person) == ["arla-quist"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func aComplementThatOpensABodyIsTheBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. The Managing Director of the International Monetary Fund, Arla Quist, spoke.
            The Director of the National Vexmoor Fund, Ivo Kade, agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["imf", "national-vexmoor-fund"], "\(orgs)")
        #expect(RuleProbe.ids(r, .person) == ["arla-quist", "ivo-kade"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func aPortfolioBeforeAHolderStaysThePortfolio() {
        let r = RuleProbe.resolve(
            "Headline\nThe report came out. The Minister of Foreign Affairs Ivo Kade met the press.")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person) == ["ivo-kade"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func anAcronymBeforeAffairsIsAPortfolioWord() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. The talks were led by Arla Quist, Minister of Foreign and VEXCOM Affairs, and by the
            Minister of ASEAN Affairs Ivo Kade.
            """)
        #expect(RuleProbe.ids(r, .person) == ["arla-quist", "ivo-kade"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func anAcronymAloneBeforeAffairsIsThePortfolio() {
        let r = RuleProbe.resolve(
            "Headline\nThe report came out. The Minister of VEXCOM Affairs Ivo Kade met the press.")
        #expect(RuleProbe.ids(r, .person) == ["ivo-kade"], "\(RuleProbe.ids(r, .person))")
    }
}
