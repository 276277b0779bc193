import DiplographCore
import Testing

/// `ArticleResolver+HyphenCodes`: an unknown acronym joined by a hyphen to another code.
@Suite struct HyphenCodesTests {
    @Test func anAcronymWithItsLetterIsOneAcronym() {
        let r = RuleProbe.resolve(
            "Headline\nIvo Brandt, a candidate of the VXD-P, met Lina Varga. The VXD-P won the vote.")
        #expect(RuleProbe.ids(r, .organization) == ["vxd-p"], "\(RuleProbe.ids(r, .organization))")
        #expect(r.entities.first { $0.id == "vxd-p" }?.name == "VXD-P")
    }

    @Test func fragmentsAndCodesOfThingsAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            They discussed the treaty between Chile and Peru (T-VXC) at length.
            Ivo Brandt opened the VASA-1000 transmission line.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func anAcronymAloneStaysABody() {
        // Counterexample: no hyphen, or a word rather than a code after it.
        let r = RuleProbe.resolve("Headline\nThe VXD said on Monday that VXD-Maoist leaders would talk.")
        #expect(RuleProbe.ids(r, .organization) == ["vxd"], "\(RuleProbe.ids(r, .organization))")
    }
}
