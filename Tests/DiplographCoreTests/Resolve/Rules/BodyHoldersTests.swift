import DiplographCore
import Testing

/// `ArticleResolver+BodyHolders`: a name with a middle initial right after a body's name is its
/// head, not part of the body.
@Suite struct BodyHoldersTests {
    @Test func aNameWithAnInitialAfterABodyIsAPerson() {
        // The pipeline's sentence splitter, which keeps "K. Varga" in one sentence.
        let (a, _) = TestArticles.make(
            """
            Headline
            In a brief statement, Presidential Media Office Lina K. Varga disclosed that the talks went well.
            """)
        let r = RuleProbe.resolver.resolve(a, sentences: SentenceSplitter.split(a))
        #expect(RuleProbe.ids(r, .organization) == ["presidential-media-office"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person) == ["lina-k-varga"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func bodiesEndingInNameWordsStayWhole() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsk Rotem Holding Group said it would invest. The Vexmoor Media Office Lina Varga spoke.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("tarsk-rotem-holding-group"), "\(orgs)")
        #expect(!RuleProbe.ids(r, .person).contains("lina-varga"))
    }
}
