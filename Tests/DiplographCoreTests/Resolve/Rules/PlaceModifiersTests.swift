import DiplographCore
import Testing

/// `ArticleResolver+PlaceModifiers`: a table place inside another name or as a modifier.
@Suite struct PlaceModifiersTests {
    @Test func placesInsideNamesOrAsModifiersAreNoMentions() {
        let r = RuleProbe.resolve(
            """
            Headline
            Leaders met at the East Asia Summit. The Lisbon Treaty was cited. The Caribbean country voted.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func placesOpeningLongerEventNamesAreNoMentions() {
        let r = RuleProbe.resolve(
            """
            Headline
            Delegates at the Lisbon Security Conference spoke. It broke the Lisbon Maritime Conventions.
            Ministers flew to Lisbon Tuesday and met the Lisbon Mayor's staff.
            """)
        #expect(RuleProbe.ids(r, .place) == ["lisbon"], "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.mentions(r, "lisbon") == 2, "\(RuleProbe.mentions(r, "lisbon"))")
    }

    @Test func placesOfTalksStay() {
        let r = RuleProbe.resolve(
            "Headline\nThe talks in Lisbon and the Sahel region went on, and so did Lisbon talks.")
        #expect(RuleProbe.ids(r, .place) == ["lisbon", "sahel"])
    }

    @Test func placesClosingEventNamesAreNoMentions() {
        let r = RuleProbe.resolve(
            """
            Headline
            Leaders met at the Summit of the Americas. The Treaty of Lisbon was cited.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func topicsOfDocumentAndEventNamesAreNoPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Both sides cited the Convention on the Law of the Vexmoor Sea. Envoys met at the Forum on the Tarsk Region.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        // Counterexample: "on" after a lowercase word.
        let u = RuleProbe.resolve("Headline\nThe talks on the Vexmoor Sea went on.")
        #expect(RuleProbe.ids(u, .place) == ["vexmoor-sea"], "\(RuleProbe.ids(u, .place))")
    }

    @Test func regionsAsATitlesPortfolioAreNoMentions() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ilsa Varenne, the undersecretary for Latin America and the Caribbean, greeted him.
            Kade Morrow was named Deputy Minister for North America on Monday.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func continentsAndRegionsOutsideNamesArePlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Europe needs more growth, Ilsa Varenne said, and Africa and Asia too.
            The trade across the Americas grew. Kade Morrow toured Latin America and the Caribbean.
            The Council of Europe met in Lisbon. Trade across the Maghreb grew.
            They spoke of the Nile and of the Occupied Palestinian Territories.
            """)
        #expect(
            RuleProbe.ids(r, .place)
                == [
                    "europe", "africa", "asia", "americas", "latin-america", "caribbean", "lisbon", "maghreb", "nile",
                    "palestinian-territories",
                ],
            "\(RuleProbe.ids(r, .place))")
    }

    @Test func anUnknownWordBeforeAnEventWordIsNoPlace() {
        let r = RuleProbe.resolve("Headline\nMinisters agreed at Vexmoor talks. Ministers also met in Ostia.")
        #expect(RuleProbe.ids(r, .place) == ["ostia"])
    }
}

/// `ArticleResolver+PossessivePlaces`: "Ostia's Marlow Palace" is the city and the venue.
@Suite struct PossessivePlacesTests {
    @Test func aPossessiveCityIsSplitOffAVenue() {
        let r = RuleProbe.resolve("Headline\nThe ministers met at Lima's Marlow Palace on Monday.")
        #expect(RuleProbe.ids(r, .place) == ["lima", "marlow-palace"], "\(RuleProbe.ids(r, .place))")
    }

    @Test func aBodyKeepsItsCity() {
        let r = RuleProbe.resolve("Headline\nOfficials of Lima's Harbour Authority said so.")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }
}
