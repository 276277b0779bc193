import DiplographCore
import Testing

/// Cue words: venues (`Lexicon.placeCues`: hotels, shrines, cemeteries, tombs, forts …) and armed
/// forces (`Lexicon.orgCues`), which need a country like other generic bodies.
@Suite struct PlaceCueWordsTests {
    @Test func venuesAreTypedByTheirCueWord() {
        let r = RuleProbe.resolve(
            """
            Headline
            The farewell was hosted at the Vexmoor Hotel. She laid flowers at the Tomb of the Unknown Sailor.
            He later went to the Ostia Shrine and the Brenholt Cosmodrome.
            """)
        #expect(
            RuleProbe.ids(r, .place)
                == ["vexmoor-hotel", "tomb-of-the-unknown-sailor", "ostia-shrine", "brenholt-cosmodrome"])
    }

    @Test func armedForcesNeedACountry() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Armenian Armed Forces held drills. The Armed Forces said little. Aid for NGO work grew.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["armenian-armed-forces"])
    }

    @Test func aHouseIsNoCueWord() {
        // "House" names chambers as often as buildings: it types nothing by itself.
        let r = RuleProbe.resolve("Headline\nThe Vexmoor House voted on the bill.")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func damsAndPrisonsArePlaces() {
        let r = RuleProbe.resolve("Headline\nThe leaders visited the Kessel Dam and the Orvel Prison.")
        #expect(RuleProbe.ids(r, .place) == ["kessel-dam", "orvel-prison"], "\(RuleProbe.ids(r, .place))")
    }
}
