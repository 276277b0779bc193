import DiplographCore
import Testing

/// `ArticleResolver+HonorificPlaces`: a place's name after "Mr", "Dr" … is a person's.
@Suite struct HonorificPlacesTests {
    @Test func addressedPlaceNamesArePeople() {
        let r = RuleProbe.resolve(
            """
            Headline
            Prime Minister Ivo Kingston met Ilsa Varenne on Monday. Later Dr Kingston thanked Mr. Kingston's staff.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .person).contains("ivo-kingston"), "\(RuleProbe.ids(r, .person))")
    }

    @Test func placesWithoutAddressStayPlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Prime Minister Ivo Varenne flew to Kingston on Monday. Talks in Kingston went well.
            """)
        #expect(RuleProbe.ids(r, .place) == ["kingston"], "\(RuleProbe.ids(r, .place))")
    }
}
