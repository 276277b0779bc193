import DiplographCore
import Testing

/// `ArticleResolver+AcronymDefinitions`: acronyms defined as titles, modifiers or common nouns
/// are no bodies.
@Suite struct AcronymDefinitionsTests {
    @Test func acronymsDefinedAsSomethingElseAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Dana Ruiz met Chief Liaison Officer (CLO) Ivo Tarrant. A QRO (quick reaction operation) was held.
            They discussed Quick, Cheap and Reliable (QCR) transport. The CLO and the QRO team left. See Vexnews.NET (PHOTO).
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func acronymsOfBodiesStay() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsk-i-Vexmoor Brotherhood (TVB) attacked. TVB fighters left. The Northern Freedom Front (NFF) answered.
            """)
        #expect(RuleProbe.ids(r, .organization).isSuperset(of: ["tvb", "northern-freedom-front"]))
        #expect(RuleProbe.mentions(r, "tvb") == 2)
    }
}
