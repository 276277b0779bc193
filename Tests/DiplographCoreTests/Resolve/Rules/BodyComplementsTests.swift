import DiplographCore
import Testing

/// `ArticleResolver+BodyComplements`: an "on …" complement is part of a body's name.
@Suite struct BodyComplementsTests {
    @Test func theOnComplementStaysInTheName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Officials of the Kestrian Council on Coastal Fisheries met in Lakeport. The Inter-Norvian Commission on Human Rights agreed.
            The Vexmoor Centre for Relief Assistance on Disaster Management helped.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: [
                "kestrian-council-on-coastal-fisheries", "inter-norvian-commission-on-human-rights",
                "vexmoor-centre-for-relief-assistance-on-disaster-management",
            ]), "\(orgs)")
        #expect(!orgs.contains("kestrian-council") && !orgs.contains("inter-norvian-commission"), "\(orgs)")
        #expect(RuleProbe.ids(r, .person).isEmpty)
    }

    @Test func aDayACountryOrALowerCaseTopicIsNoComplement() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Kestrian Council on Monday approved the plan. The Tarsk Trade Council on Chile spoke.
            The Vexmoor Council on fisheries met.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["kestrian-council", "tarsk-trade-council", "vexmoor-council"], "\(orgs)")
        #expect(RuleProbe.ids(r, .country) == ["chile"])
    }

    @Test func noCueWordNoComplement() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt on Tarsk Lindqvist said nothing.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty)
    }
}
