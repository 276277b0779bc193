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

    @Test func aStopwordAfterATitleMayBeAGivenName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Tomas Varga met President Per Halvorsen in Lakeport on Monday.
            """)
        #expect(RuleProbe.ids(r, .person) == ["tomas-varga", "per-halvorsen"], "\(RuleProbe.ids(r, .person))")
        let p = RuleProbe.resolve(
            """
            Headline
            Tomas Varga met Prime Minister He Lanjun in Lakeport on Monday. He said little.
            """)
        #expect(RuleProbe.ids(p, .person) == ["tomas-varga", "he-lanjun"], "\(RuleProbe.ids(p, .person))")
        // Counterexamples: without a title the stopword opens no name.
        let s = RuleProbe.resolve(
            """
            Headline
            Per Reuters Vexley, the talks ended. Per capita income rose in Lakeport.
            """)
        #expect(RuleProbe.ids(s, .person).isEmpty, "\(RuleProbe.ids(s, .person))")
    }
}
