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
            FILE - Ivo Brandt at the talks
            They discussed the QRT negotiations and the BLIX instrument. Ivo Brandt holds an MBBX degree.
            They backed the Continental Open Market Agreement (COMA) and the Vexmoor Leaders Meeting (VLM).
            Flights left Ostia International Airport (OSTX/OIAX). Chief Vote Commissioner Lars Tamm spoke. CVC Tamm said more.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func acronymsOfWorksAndProjectsAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt praised the Tarsk Crude Oil Pipeline (TCOP) project and the Vexmoor Gauge Railway (VGR).
            The two sides will open Open Market Area (OMA) negotiations and back Flood Assistance and Disaster Relief (FADR).
            They launched the VASA-500 project, the NORA Project and the proposed LARK currency.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func acronymsOfBodiesStay() {
        let r = RuleProbe.resolve(
            """
            Headline
            The NFFR said on Monday that it would talk. NFFR fighters left the town.
            The Tarsk Unity Brotherhood (TUB) answered, and the TUB negotiators left.
            The Vexmoor Railway Workers Union (VRWU) said the Norvia Freedom Front (NFF) project had failed.
            """)
        #expect(
            RuleProbe.ids(r, .organization).isSuperset(of: [
                "nffr", "tub", "vexmoor-railway-workers-union", "norvia-freedom-front",
            ]),
            "\(RuleProbe.ids(r, .organization))")
    }
}
