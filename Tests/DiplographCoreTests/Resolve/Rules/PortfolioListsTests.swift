import DiplographCore
import Testing

/// `ArticleResolver+PortfolioLists`: a ministry whose portfolios are listed with commas is one
/// body.
@Suite struct PortfolioListsTests {
    @Test func commaListsOfPortfoliosStayInTheName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt held the Ministry of Energy, Water Resources, and Irrigation. Lara Fenn ran the Ministry of Law, Justice, and Parliamentary Affairs.
            The Department of Trade, Industry and Tourism will act.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs == [
                "ministry-of-energy-water-resources-and-irrigation",
                "ministry-of-law-justice-and-parliamentary-affairs", "department-of-trade-industry-and-tourism",
            ], "\(orgs)")
    }

    @Test func aCommaBeforeANameOrAnotherBodyEndsTheBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Ministry of Tarsk Affairs, Ivo Brandt said, will act. The Ministry of Vexmoor Mining, the central bank and the Ostia Authority met.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["ministry-of-tarsk-affairs", "ministry-of-vexmoor-mining", "ostia-authority"], "\(orgs)")
        #expect(RuleProbe.ids(r, .person).contains("ivo-brandt"))
    }
}
