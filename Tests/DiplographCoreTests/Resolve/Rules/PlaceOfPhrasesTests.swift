import DiplographCore
import Testing

/// `ArticleResolver+PlaceOfPhrases`: "the town of X", "X-based", "the capital X".
@Suite struct PlaceOfPhrasesTests {
    @Test func settlementNounsTheirComplementsAndBasesArePlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Shells hit the village of Kestrup and the port city of Brennhaven. The Saldera-based Orvel Institute
            said the outskirts of Dunholm were calm. Later he travelled to the eastern province of Alvar Nuevo.
            He visited the Tarskian capital Omberlin, then slept in the capital, Pellwick.
            """)
        let expected: Set = ["kestrup", "brennhaven", "saldera", "dunholm", "alvar-nuevo", "omberlin", "pellwick"]
        #expect(RuleProbe.ids(r, .place) == expected, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .organization) == ["orvel-institute"])
    }

    @Test func otherNounsAndClausesOpenNoPlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            The leader of Vexmoor spoke on the capital of Ostrel. In the capital, Kade said the plan was good.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func compassWordsAfterPrepositionsAndTravelFromOpenPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. Fighting went on in northern Kessmark, across south-eastern Ostrava and southern Tarvel.
            The envoy arrived from Omberlin. Pellwick, the capital of Dunmark, was calm.
            """)
        let expected: Set = ["kessmark", "ostrava", "tarvel", "omberlin", "pellwick"]
        #expect(RuleProbe.ids(r, .place) == expected, "\(RuleProbe.ids(r, .place))")
    }

    @Test func compassWordsWithoutPrepositionsAndLettersFromPeopleAreNot() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. The Northern Vell Alliance met. Kade read a letter from Quist.
            Eastern Ostrelva voters came.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }
}
