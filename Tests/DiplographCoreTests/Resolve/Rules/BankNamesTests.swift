import DiplographCore
import Testing

/// `ArticleResolver+BankNames`: one capitalised word ending in "bank" is a bank.
@Suite struct BankNamesTests {
    @Test func gluedBankNamesAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Moscow demanded that the West remove sanctions from the state-owned Tarskhozbank before talks.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["tarskhozbank"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func englishCompoundsAreNoBanks() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt of Riverbank said so, and Lara Fenn walked to Sandbank on Monday.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
