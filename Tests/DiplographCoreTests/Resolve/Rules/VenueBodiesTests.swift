import DiplographCore
import Testing

/// `ArticleResolver.venueBody`: a body found by cue words whose last word names its building
/// ("House", "Secretariat", "Club", "Embassy", "Centre") is a place where the sentence puts it
/// as a venue.
@Suite struct VenueBodiesTests {
    @Test func bodiesNamedAsVenuesArePlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Prime Minister Ivo Brandt met Governor Dana Ruiz at Government House in Tarsk on Monday.
            Later he was welcomed to Parliament House by the Speaker.
            The talks were held at the Presidential Secretariat on Tuesday.
            Roads around the Vexmoor Secretariat were closed.
            Protesters rallied in front of the Tarsk Press Club.
            Lina Varga opened an office at the Norvian Embassy in Tarsk.
            """)
        let places = RuleProbe.ids(r, .place)
        #expect(
            places.isSuperset(of: [
                "government-house", "parliament-house", "presidential-secretariat", "vexmoor-secretariat",
                "tarsk-press-club", "norvian-embassy",
            ]), "\(places)")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func bodiesThatActOrEmployStayOrganisations() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Presidential Secretariat said on Monday that the talks would go ahead.
            Officials from the Norvian Embassy attended. Ivo Brandt spoke at the Secretariat of the Tarsk Union.
            The Vexmoor Press Club issued a statement.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: ["presidential-secretariat", "norvian-embassy", "vexmoor-press-club"]), "\(orgs)")
        #expect(!RuleProbe.ids(r, .place).contains("presidential-secretariat"))
    }
}

/// `ArticleResolver.venueByNeighbour`: a seat of government joined to a venue or owning a
/// building's part is the place.
@Suite struct VenueNeighboursTests {
    @Test func aSeatNextToAVenueIsThePlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt invited Dana Ruiz to visit Lorin and the White House.
            The guests were greeted on the South Lawn of the White House on Monday.
            """)
        #expect(RuleProbe.ids(r, .place).contains("white-house"), "\(RuleProbe.ids(r, .place))")
        #expect(!RuleProbe.ids(r, .organization).contains("white-house-office"))
    }

    @Test func aSeatThatActsIsTheOffice() {
        // Counterexample: "and" after a person, "of" after a lowercase noun.
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt and the White House said on Monday that the talks went well.
            Officials of the White House agreed.
            """)
        #expect(RuleProbe.ids(r, .organization).contains("white-house-office"))
        #expect(!RuleProbe.ids(r, .place).contains("white-house"), "\(RuleProbe.ids(r, .place))")
    }
}
