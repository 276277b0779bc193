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

    @Test func placesOfTalksStay() {
        let r = RuleProbe.resolve("Headline\nThe talks in Lisbon and the Sahel region went on.")
        #expect(RuleProbe.ids(r, .place) == ["lisbon", "sahel"])
    }
}
