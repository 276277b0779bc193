import DiplographCore
import Testing

/// `ArticleResolver+TrailingCueNouns`: a lowercase noun after a name types it.
@Suite struct TrailingCueNounsTests {
    @Test func placesTypedByTheirNoun() {
        let r = RuleProbe.resolve(
            """
            Headline
            Fighting spread in Vexmoor province and the Ostia region. Harlan met them at his Greywater residence.
            Officials visited Harlan's Eastbrook district and the Mar-a-Vista resort.
            Harlan spoke.
            """)
        #expect(RuleProbe.ids(r, .place) == ["vexmoor", "ostia", "greywater", "eastbrook", "mar-a-vista"])
        // An administrative unit is named without its noun and spelt with it.
        let vexmoor = r.entities.first { $0.id == "vexmoor" }
        #expect(vexmoor?.name == "Vexmoor")
        #expect(vexmoor?.spellings.keys.contains("Vexmoor province") == true, "\(vexmoor?.spellings ?? [:])")
        // So is a region.
        let ostia = r.entities.first { $0.id == "ostia" }
        #expect(ostia?.name == "Ostia")
        #expect(ostia?.spellings.keys.contains("Ostia region") == true, "\(ostia?.spellings ?? [:])")
    }

    @Test func aTableCityBeforeAUnitNounNamesTheUnit() {
        let r = RuleProbe.resolve(
            """
            Headline
            Fires spread across the Lisbon region on Monday. Talks in Lisbon went on, and so did aid to the Sahel region.
            """)
        #expect(RuleProbe.ids(r, .place) == ["lisbon-region", "lisbon", "sahel"], "\(RuleProbe.ids(r, .place))")
        #expect(r.entities.first { $0.id == "lisbon-region" }?.name == "Lisbon Region")
    }

    @Test func venuesTypedByTheirNoun() {
        let r = RuleProbe.resolve(
            """
            Headline
            Airlines stopped flying into Vexmoor Tarsk airport. Crowds crossed the Ostelbrug bridge.
            Ministers met at the Kessmarkhuis museum. Envoys flew to Brussels airport.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["vexmoor-tarsk-airport", "ostelbrug-bridge", "kessmarkhuis", "brussels"],
            "\(RuleProbe.ids(r, .place))")
        #expect(r.entities.first { $0.id == "ostelbrug-bridge" }?.name == "Ostelbrug Bridge")
    }

    @Test func bodiesTypedByTheirNoun() {
        let r = RuleProbe.resolve(
            """
            Headline
            The ruling Bright Future party won. The Tarsk forces withdrew. Members of the Vexmoor Finance committee met.
            She spoke at the Ostia Health Services committee hearing.
            """)
        #expect(
            RuleProbe.ids(r, .organization)
                == ["bright-future", "tarsk", "vexmoor-finance-committee", "ostia-health-services-committee"])
    }

    @Test func countriesGenericWordsAndAdjectivesAreNotNames() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Russian forces withdrew. The Communist party met. Voters in the Kurdish region and the Ibero-Vexian region.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country) == ["russia"])
    }

    @Test func coalitionsAndBlocsTypedByTheirNoun() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsk-led State of Renewal bloc came second behind the rival Iraqana group.
            The opposition Ostia Unity coalition and the Marlow Freedom movement protested.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["state-of-renewal", "iraqana", "ostia-unity", "marlow-freedom"], "\(orgs)")
    }

    @Test func groupNounsAfterCountriesAndTitlesAreNoNames() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Russian group left. Members of the Communist coalition met. The President group waited.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func oneWordOfACreedIsNoName() {
        let r = RuleProbe.resolve(
            """
            Headline
            With a small Vedist party the coalition won. The Maoist party chief spoke, and the Halvard party agreed.
            """)
        // Counterexample: a name that is no creed ("Halvard") still makes the party.
        #expect(RuleProbe.ids(r, .organization) == ["halvard"], "\(RuleProbe.ids(r, .organization))")
    }
}
