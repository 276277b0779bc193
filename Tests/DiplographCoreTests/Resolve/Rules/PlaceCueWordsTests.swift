import DiplographCore
import Testing

/// Cue words: venues (`Lexicon.placeCues`: hotels, shrines, cemeteries, tombs, forts …, with the
/// name particles after them) and armed forces (`Lexicon.orgCues`), which need a country like
/// other generic bodies.
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

    @Test func nameParticlesJoinAPlacesName() {
        let r = RuleProbe.resolve(
            """
            Headline
            The leaders met at the Fort de Vexmoor. Crowds filled the Plaza de la Reforma on Monday.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["fort-de-vexmoor", "plaza-de-la-reforma"], "\(RuleProbe.ids(r, .place))")
        // Counterexample: a particle before a lowercase word joins nothing.
        let u = RuleProbe.resolve("Headline\nThe Tarsk Palace de facto ran the port.")
        #expect(RuleProbe.ids(u, .place) == ["tarsk-palace"], "\(RuleProbe.ids(u, .place))")
        // Two particles in a row join a table person's name too.
        let p = RuleProbe.resolve("Headline\nOn Monday the emir met Ursula von der Leyen in Lisbon.")
        #expect(RuleProbe.ids(p, .person) == ["ursula-von-der-leyen"], "\(RuleProbe.ids(p, .person))")
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
