import DiplographCore
import Testing

/// `Lexicon` title words that end a body's name or open a person's: "Majority Leader",
/// "Taoiseach".
@Suite struct TitleWordsTests {
    @Test func majorityLeaderEndsTheBodyAndTaoiseachIsATitle() {
        let r = RuleProbe.resolve(
            """
            Headline
            Vexmoor Assembly Majority Leader Ivo Brandt said so. Taoiseach Orla Quinn met him in Tarsk on Monday.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["vexmoor-assembly"], "\(orgs)")
        #expect(RuleProbe.ids(r, .person) == ["ivo-brandt", "orla-quinn"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func majorityWithoutATitleHeadStaysInTheName() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Vexmoor Majority Movement won a majority of the seats.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-majority-movement"], "\(RuleProbe.ids(r, .organization))")
    }
}
