import DiplographCore
import Testing

/// `ArticleResolver.titleOf`: two titles joined by "and" share the body after the second
/// ("Minister of State and Member of the Cabinet …"); neither title is part of the body.
@Suite struct JoinedTitlesTests {
    @Test func twoTitlesJoinedByAndShareTheBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The talks were held on Monday. Guests included Minister of State and Member of the Cabinet Prince Tarvo bin Saad and others.
            """)
        #expect(RuleProbe.ids(r, .person) == ["tarvo-bin-saad"], "\(RuleProbe.ids(r, .person))")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains(where: { $0.hasPrefix("minister") }), "\(orgs)")
    }

    @Test func aBodyJoinedByAndAfterATitleStaysABody() {
        // Counterexample: "and" before a body's name, not before a title.
        let r = RuleProbe.resolve(
            """
            Headline
            The talks were held on Monday. The Minister of State and Vexmoor Trade Council met on Friday.
            """)
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }
}
