import DiplographCore
import Testing

/// `ArticleResolver.placeWordClosesName`: a country or place word closing a two-word name after
/// a given name or a title is the person's family name.
@Suite struct PlaceWordNamesTests {
    @Test func aCountryWordAfterAGivenNameOrATitleIsAFamilyName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Luis Montenegro met the press in Lorin. Finance Minister Petar Mali said the deal was good.
            """)
        let people = RuleProbe.ids(r, .person)
        #expect(people.isSuperset(of: ["luis-montenegro", "petar-mali"]), "\(people)")
        #expect(!RuleProbe.ids(r, .country).contains("montenegro"))
        #expect(!RuleProbe.ids(r, .country).contains("mali"))
    }

    @Test func countriesInListsAndAfterOtherWordsStayCountries() {
        let r = RuleProbe.resolve(
            """
            Headline
            Troops from Mali and Chad arrived. Ivo Brandt flew from Paris to Mali on Monday.
            Prime Minister Tomas Varga thanked Prime Minister Brandt Samoa's envoy.
            """)
        let countries = RuleProbe.ids(r, .country)
        #expect(countries.isSuperset(of: ["mali", "chad", "samoa"]), "\(countries)")
        #expect(!RuleProbe.ids(r, .person).contains("brandt-samoa"))
    }
}
