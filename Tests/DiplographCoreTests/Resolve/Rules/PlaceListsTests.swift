import DiplographCore
import Testing

/// `ArticleResolver+PlaceLists`: lists after a place preposition, visits and travel.
@Suite struct PlaceListsTests {
    @Test func listsVisitsAndTravelPutNamesInThePlacePosition() {
        let r = RuleProbe.resolve(
            """
            Headline
            Rallies were held in Vexmoor, Ostia, Tarsk, and Lindqvar. The minister will visit Brenholt and Caddow.
            The envoy flew to Pellmar on Monday.
            """)
        #expect(
            RuleProbe.ids(r, .place)
                == ["vexmoor", "ostia", "tarsk", "lindqvar", "brenholt", "caddow", "pellmar"])
    }

    @Test func aClauseOrASecondPhraseIsNoListElement() {
        let r = RuleProbe.resolve(
            """
            Headline
            Early in Vexmoor, Tarrant said so. Reporting by Dana Ruiz in Ostia and Arjun Kellner in Tarsk.
            """)
        #expect(RuleProbe.ids(r, .place) == ["vexmoor", "ostia", "tarsk"])
    }

    @Test func aListAfterAVisitVerbKeepsItsLastTwoElements() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. Kade visited Brenholt, Caddow and Ostrel. He thanked Vexmoor, Tarvel and Dunmark.
            """)
        #expect(RuleProbe.ids(r, .place) == ["brenholt", "caddow", "ostrel"], "\(RuleProbe.ids(r, .place))")
    }
}
