import DiplographCore
import Testing

/// `ArticleResolver+BodySpans`: where a body's name starts and ends.
@Suite struct BodySpansTests {
    @Test func adjectivesStayAndLeadNounsGo() {
        let r = RuleProbe.resolve(
            """
            Headline
            The African Development Fund lent money. Members of the Vexmoor Finance Committee objected.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["african-development-fund", "vexmoor-finance-committee"])
    }

    @Test func andJoinsASecondBodyUnlessAPortfolioFollows() {
        let r = RuleProbe.resolve(
            """
            Headline
            It was reported by the Vexmoor Ministry of Trade and Tarsknews on Monday.
            The VDP and Left Vexmoor Alliance marched. The Ostian Ministry of Agriculture and Rural Affairs agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("vexmoor-ministry-of-trade"), "\(orgs)")
        #expect(orgs.contains("left-vexmoor-alliance"), "\(orgs)")
        #expect(orgs.contains("ostian-ministry-of-agriculture-and-rural-affairs"), "\(orgs)")
        #expect(!orgs.contains { $0.contains("tarsknews") || $0.hasPrefix("vdp-and") }, "\(orgs)")
    }
}
