import DiplographCore
import Testing

/// `PersonMemberships`: "Ivo Kade of the Democratic Renewal Party".
@Suite struct PersonMembershipsTests {
    @Test func aNameBeforeOfTheBodyIsAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Kade of the Democratic Renewal Party won. Hana Ortiz of the Vexmoor Institute agreed.
            """)
        #expect(RuleProbe.ids(r, .person) == ["ivo-kade", "hana-ortiz"])
        #expect(RuleProbe.ids(r, .organization) == ["democratic-renewal-party", "vexmoor-institute"])
    }

    @Test func membersArticlesAndCueWordsNameNoOne() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ministers of the Member States of the Vexmoor Council met. Members of the Ostia Assembly and
            Armed Forces of the Tarsk Union came.
            """)
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }
}
