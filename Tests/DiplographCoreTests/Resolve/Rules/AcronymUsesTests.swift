import DiplographCore
import Testing

/// `ArticleResolver+AcronymUses`: unknown all-capital words used as handles, labels, time
/// zones, modifiers of things, defined things or a title's initials are no bodies.
@Suite struct AcronymUsesTests {
    @Test func acronymsUsedAsSomethingElseAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Dana Ruiz thanked @TARSKGOV for the visit. She arrived at 13.00 VXT on Sunday.
            WATCH: Tarsk talks in full
            They discussed the QRT negotiations and the BLIX instrument. Ivo Brandt holds an MBBX degree.
            They backed the Continental Open Market Agreement (COMA) and the Vexmoor Leaders Meeting (VLM).
            Flights left Ostia International Airport (OSTX/OIAX). Chief Vote Commissioner Lars Tamm spoke. CVC Tamm said more.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func acronymsOfBodiesStay() {
        let r = RuleProbe.resolve(
            """
            Headline
            The NFFR said on Monday that it would talk. NFFR fighters left the town.
            The Tarsk Unity Brotherhood (TUB) answered, and the TUB negotiators left.
            """)
        #expect(RuleProbe.ids(r, .organization).isSuperset(of: ["nffr", "tub"]))
    }
}
