import DiplographCore
import Testing

/// `ArticleResolver+CountryBodies`: a country's government is the country; a foreign ministry
/// has one name and a country.
@Suite struct CountryBodiesTests {
    @Test func aCountrysGovernmentIsTheCountry() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Japanese Government welcomed the plan. The Government of Chile agreed with it.
            """)
        #expect(RuleProbe.ids(r, .country).isSuperset(of: ["japan", "chile"]))
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aGovernmentWithANameOfItsOwnStaysABody() {
        let r = RuleProbe.resolve("Headline\nThe Vexmoor State Government objected to the plan.")
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-state-government"])
    }

    @Test func foreignMinistrySpellingsAreOneBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chile's Foreign Ministry said so. The Chilean Ministry of Foreign Affairs agreed. The Chilean MFA confirmed it.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
        #expect(RuleProbe.mentions(r, "ministry-of-foreign-affairs-of-chile") == 3)
        #expect(
            r.entities.first { $0.id == "ministry-of-foreign-affairs-of-chile" }?.name
                == "Ministry of Foreign Affairs of Chile")
    }

    @Test func anUnqualifiedForeignMinistryTakesTheCountryOfTheContext() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chilean Foreign Minister Dana Ruiz arrived on Monday. The Foreign Ministry said the talks went well.
            A desk of the Foreign Ministry in Peru answered.
            """)
        #expect(
            RuleProbe.ids(r, .organization)
                == ["ministry-of-foreign-affairs-of-chile", "ministry-of-foreign-affairs-of-peru"])
    }

    @Test func anUnqualifiedForeignMinistryTakesTheCountryNamedFirst() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chile opened an embassy in Lakeport on Monday, a Foreign Ministry statement said.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
    }

    @Test func withoutContextOrBeforeATitleNoForeignMinistryIsMade() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Foreign Ministry said nothing. Chilean officials met Foreign Ministry spokesman Ivo Tarrant.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aForeignOfficeIsTheForeignMinistry() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chile's Foreign Office said so. Chilean Foreign Minister Dana Ruiz left. The Foreign Office agreed.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
        #expect(RuleProbe.mentions(r, "ministry-of-foreign-affairs-of-chile") == 2)
    }

    @Test func aForeignOfficeTitleMakesNoBody() {
        // Counterexample: the office only qualifies a title, and no country is given.
        let r = RuleProbe.resolve("Headline\nThe talks went on. Foreign Office spokesman Ivo Tarrant said so.")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
