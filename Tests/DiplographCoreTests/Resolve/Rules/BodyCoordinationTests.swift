import DiplographCore
import Testing

/// `ArticleResolver+BodyCoordination`: "Halvex Industries and Dorran Enterprises" are two bodies.
@Suite struct BodyCoordinationTests {
    @Test func twoNamedBodiesJoinedByAndAreTwo() {
        let r = RuleProbe.resolve(
            """
            Headline
            Halvex Industries and Dorran Enterprises signed a deal. The Tarsk Times and Radio Norvel reported it.
            """)
        let expected: Set = ["halvex-industries", "dorran-enterprises", "tarsk-times", "radio-norvel"]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func oneBodyKeepsItsAnd() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Vexmoor Chamber of Commerce and Industry and the Halvex Oil and Gas Company met.
            The Tarsk Ministry of Trade and Industry came.
            """)
        let expected: Set = [
            "vexmoor-chamber-of-commerce-and-industry", "halvex-oil-and-gas-company",
            "tarsk-ministry-of-trade-and-industry",
        ]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
    }
}
