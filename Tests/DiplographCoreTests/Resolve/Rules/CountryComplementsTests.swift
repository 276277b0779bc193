import DiplographCore
import Testing

/// `ArticleResolver+CountryComplements`: a table body's name followed by "of" and a country is
/// that country's body, named as written.
@Suite struct CountryComplementsTests {
    @Test func aTableBodyOfACountryIsTheCountrysBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt, deputy head of the Security Council of the Republic of Chile, met Dana Ruiz on Monday.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("security-council-of-the-republic-of-chile"), "\(orgs)")
        #expect(!orgs.contains("un-security-council"), "\(orgs)")
    }

    @Test func theTableBodyStaysWithoutACountry() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Security Council voted on Monday. Dana Ruiz spoke to the Security Council of the United Nations.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["un-security-council", "un"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aTableBodyOfItsOwnCountryStaysTheTableBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt is a special envoy of the State Council of the People's Republic of China.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["state-council"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .country).contains("china"), "\(RuleProbe.ids(r, .country))")
    }
}
