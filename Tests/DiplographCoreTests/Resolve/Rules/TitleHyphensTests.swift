import DiplographCore
import Testing

/// `ArticleResolver+Titles`: a title head joined by a hyphen ("Secretary-General") and a title
/// after a sentence's opening article ("The Director-General of …") are titles, not bodies.
@Suite struct TitleHyphensTests {
    @Test func hyphenatedTitlesBeforeABodyNameTheirHolders() {
        let r = RuleProbe.resolve(
            """
            Headline
            The deal was signed by the Secretary-General of the Organisation of Norvian States, Arla Quist.
            The Director-General of the Vexmoor Trade Agency, Omar Sel, spoke. The Leader of Government spoke too.
            """)
        #expect(RuleProbe.ids(r, .person) == ["arla-quist", "omar-sel"])
        #expect(RuleProbe.ids(r, .organization) == ["organisation-of-norvian-states", "vexmoor-trade-agency"])
    }

    @Test func aHyphenBeforeAnotherWordMakesNoTitle() {
        let r = RuleProbe.resolve("Headline\nSecretary-level talks of the Vexmoor Council went on, Dana Ruiz said.")
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-council"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person) == ["dana-ruiz"], "\(RuleProbe.ids(r, .person))")
    }
}
