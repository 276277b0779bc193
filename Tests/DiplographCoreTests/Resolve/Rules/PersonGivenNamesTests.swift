import DiplographCore
import Testing

/// `PersonGivenNames`: a common given name opens a person's name with no other cue.
@Suite struct PersonGivenNamesTests {
    @Test func aCommonGivenNameOpensAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            The ruling had an impact upon Sergio Marant. Claudia Vellberg became the first woman in the post.
            """)
        #expect(RuleProbe.ids(r, .person) == ["sergio-marant", "claudia-vellberg"])
    }

    @Test func namesWithCueWordsOrUnknownFirstWordsAreNot() {
        // "Silver" is no given name; being an English word it also keeps the name-shape rule
        // (PersonNameShape) out, so only this rule is tested.
        let r = RuleProbe.resolve(
            """
            Headline
            The rally moved past Ahmed Shah Stadium to the Maria Vell Foundation. It had an impact upon Silver Menk.
            """)
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }
}
