import DiplographCore
import Testing

/// `ArticleResolver+BodyOrgans`: a table body's council, council of ministers or heads of
/// government are the body; an organ with a name of its own stays a body.
@Suite struct BodyOrgansTests {
    @Test func anOrganOfATableBodyIsTheBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt spoke before the Arab League Council meeting on Monday.
            Dana Ruiz will attend the OIC Council of Foreign Ministers in May and a summit of Caricom Heads of Government.
            """)
        #expect(
            RuleProbe.ids(r, .organization) == ["arab-league", "oic", "caricom"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func organWordsAfterABracketedAcronymAreDropped() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt flew to the Shanghai Cooperation Organisation (SCO) Council of Foreign Ministers meeting.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["sco"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func anOrganWithANameOfItsOwnStays() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt addressed the Arab League Economic Council and the Vexmoor Council of Ministers.
            Dana Ruiz chairs the European Union Council for six months.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains("european-union"), "\(orgs)")
        #expect(orgs.contains("arab-league-economic-council"), "\(orgs)")
        #expect(orgs.contains("vexmoor-council-of-ministers"), "\(orgs)")
    }
}
