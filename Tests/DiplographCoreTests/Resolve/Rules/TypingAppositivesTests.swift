import DiplographCore
import Testing

/// `ArticleResolver+TypingAppositives`: an appositive's head noun or "the ruling" types a name.
@Suite struct TypingAppositivesTests {
    @Test func headNounsOfAppositivesAndRulingTypeNames() {
        let r = RuleProbe.resolve(
            """
            Headline
            Officials from Vendrel, the country's largest bank, and Ostmark, a state-owned utility, attended.
            He was born in Quellby. He grew up in Pellwick, a small town in the north. The ruling Unity Pact won.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["vendrel", "ostmark", "unity-pact"])
        #expect(RuleProbe.ids(r, .place) == ["quellby", "pellwick"])
        #expect(RuleProbe.ids(r, .person).isEmpty)
    }

    @Test func aPersonsAppositiveOrANounInsideItTypesNothing() {
        let r = RuleProbe.resolve(
            """
            Headline
            Arla Quist, a former bank official, and Ivo Kade, the chairman of the bank, met the press.
            Dana Ruiz, a city councillor, came. President Omar Sel, the party's candidate, spoke.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["arla-quist", "ivo-kade", "omar-sel"]))
    }

    @Test func anOwnerMayOpenTheAppositiveAndInternationalEndsABody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. Halvex, Norvia's largest oil producer, and Gelvar, Japan's biggest carmaker, agreed.
            Orvel International criticised the plan. Ivo Kade, Norvia's ambassador, and Arla Quist, Japan's envoy, met.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["halvex", "gelvar", "orvel-international"])
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["ivo-kade", "arla-quist"]))
    }
}
