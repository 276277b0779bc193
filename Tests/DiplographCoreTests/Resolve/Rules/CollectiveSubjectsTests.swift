import DiplographCore
import Testing

/// `ArticleResolver+CollectiveSubjects`: a name after "the" that holds a rally or says
/// something is a body.
@Suite struct CollectiveSubjectsTests {
    @Test func namesAfterTheWithACollectiveVerbAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsana Jotiya and the Vexa Odhikar Sangha held processions on Monday. Later the Marlo Pakatan said it would join.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["tarsana-jotiya", "vexa-odhikar-sangha", "marlo-pakatan"], "\(orgs)")
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }

    @Test func placesAndPeopleAreNotRead() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Rio Verde was flooded. The Ganesh Tiwari era ended, and Ivo Brandt held a rally.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
