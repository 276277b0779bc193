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

    @Test func modifiersBeforeATableBodyMakeABodyOfTheirOwn() {
        let r = RuleProbe.resolve(
            "Headline\nMembers of the Supreme State Council met. The Deputy State Council chief spoke.")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("supreme-state-council"), "\(orgs)")
        // A rank opens a title, not a name: "Deputy" leaves the table's State Council alone.
        #expect(orgs.contains("state-council"), "\(orgs)")
    }

    @Test func aHighCouncilIsNoTableCouncil() {
        let r = RuleProbe.resolve("Headline\nThe High Security Council of Vexmoor met on Monday.")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains { $0.hasPrefix("high-security-council") }, "\(orgs)")
        #expect(!orgs.contains("un-security-council"), "\(orgs)")
        // Counterexample: the table's council alone is still the table's.
        let plain = RuleProbe.resolve("Headline\nThe Security Council met on Monday.")
        #expect(
            RuleProbe.ids(plain, .organization) == ["un-security-council"], "\(RuleProbe.ids(plain, .organization))")
    }

    @Test func aDocumentNamedAfterABodyIsNoBody() {
        let r = RuleProbe.resolve(
            "Headline\nOfficials criticised Vexmoor's Coast Guard Law and the Tarsk Police Act on Monday.")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains { $0.hasSuffix("law") || $0.hasSuffix("act") }, "\(orgs)")
        // Counterexample: the body itself, with no document noun after it.
        let body = RuleProbe.resolve("Headline\nThe Tarsk Coast Guard said on Monday that it had left.")
        #expect(
            RuleProbe.ids(body, .organization).contains("tarsk-coast-guard"), "\(RuleProbe.ids(body, .organization))")
    }

    @Test func aPersonalRankOpensNoBodyName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Senior Vexmoor Trade Ministry officials spoke. Dana Ruiz, Deputy Department Director of the VDP, agreed.
            The Executive Council of Ostia met.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("vexmoor-trade-ministry"), "\(orgs)")
        #expect(!orgs.contains { $0.hasPrefix("senior") || $0.hasPrefix("deputy") }, "\(orgs)")
        // A rank that also opens names of bodies stays: "Executive Council".
        #expect(orgs.contains { $0.hasPrefix("executive-council") }, "\(orgs)")
    }
}
