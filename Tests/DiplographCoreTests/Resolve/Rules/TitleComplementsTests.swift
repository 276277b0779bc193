import DiplographCore
import Testing

/// `ArticleResolver+TitleComplements`: a title's "for" complement before a body is no body.
@Suite struct TitleComplementsTests {
    @Test func aTitleAndItsForComplementAreNoBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. The meeting was attended by the Undersecretary for Southern Affairs of the Vexmoor Trade Ministry, Omar Sel, and Arla Quist, the Special Envoy for the Tarsk Reform Commission.
            """)
        #expect(
            RuleProbe.ids(r, .organization) == ["vexmoor-trade-ministry", "tarsk-reform-commission"],
            "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["omar-sel", "arla-quist"]))
    }

    @Test func aComplementWithNoBodyGivesNothing() {
        let r = RuleProbe.resolve(
            "Headline\nThe report came out. The Special Envoy for Peace Dana Ruiz met the Minister for Foreign Affairs."
        )
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
