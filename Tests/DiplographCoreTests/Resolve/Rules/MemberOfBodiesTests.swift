import DiplographCore
import Testing

/// `ArticleResolver+MemberOfBodies`: a name after "the chief convener of", "a member of" is
/// the body.
@Suite struct MemberOfBodiesTests {
    @Test func namesAfterMemberNounsAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt, the chief convener of Tarsana Jotiya, said the vote was unfair.
            Dana Ruiz, a founding member of Vexa Sangha, agreed, and the chairman of Marlow Rotem left.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["tarsana-jotiya", "vexa-sangha", "marlow-rotem"]), "\(orgs)")
        #expect(!RuleProbe.ids(r, .person).contains("tarsana-jotiya"))
    }

    @Test func peopleStayPeople() {
        let r = RuleProbe.resolve(
            """
            Headline
            Milo Stanek, the leader of the party Ana Varga, left. A member of Ana Varga's team came.
            The chairman of Ganesh Tiwari's campaign met Rahul Tamrakar.
            """)
        let persons = RuleProbe.ids(r, .person)
        #expect(persons.isSuperset(of: ["ana-varga", "milo-stanek"]), "\(persons)")
        #expect(!RuleProbe.ids(r, .organization).contains("ana-varga"))
    }
}
