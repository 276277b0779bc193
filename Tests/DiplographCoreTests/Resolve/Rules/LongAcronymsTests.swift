import DiplographCore
import Testing

/// `ArticleResolver+LongAcronyms`: an all-capital word of seven or eight letters is an acronym
/// where the article spells it out.
@Suite struct LongAcronymsTests {
    @Test func spelledOutInBracketsAfterIt() {
        let r = RuleProbe.resolve(
            """
            Headline
            They met at the VIMSTEC (Vexmoor Initiative for Multi-Sectoral Trade and Economic Cooperation) Summit.
            Chile will chair VIMSTEC next year.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["vimstec"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.mentions(r, "vimstec") == 2)
    }

    @Test func spelledOutInBracketsBeforeIt() {
        let r = RuleProbe.resolve(
            "Headline\nThey met at the 4th Vexmoor Initiative for Multi-Sectoral Trade and Economic Cooperation (VIMSTEC) Summit."
        )
        #expect(RuleProbe.ids(r, .organization) == ["vimstec"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func spelledOutAfterOrThe() {
        let r = RuleProbe.resolve(
            """
            Headline
            They met at the VIMSTEC summit. VIMSTEC, or the Vexmoor initiative for Multi-Sectoral Trade and Economic Cooperation, has seven members.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["vimstec"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aLongCapitalWordNotSpelledOutIsNoBody() {
        // Counterexample: a shouted label, a capitalised surname, a body never spelt out.
        let r = RuleProbe.resolve("Headline\nUPDATED: They met at the VIMSTEC summit on Monday, KARLSSON said.")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
