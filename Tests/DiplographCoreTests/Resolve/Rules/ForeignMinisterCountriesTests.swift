import DiplographCore
import Testing

/// `ArticleResolver+ForeignMinisterCountries` (and the "Department of Foreign Affairs" spelling
/// and dateline of `ArticleResolver+CountryBodies`): the country of a foreign ministry named
/// without one.
@Suite struct ForeignMinisterCountriesTests {
    @Test func aCountryBeforeAForeignMinistersTitleGivesTheMinistrysCountry() {
        let r = RuleProbe.resolve(
            """
            Headline
            The delegation included Chile’s Minister of Foreign Affairs, Lina Varga; and officials of the Foreign Ministry.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
    }

    @Test func theTitleMayComeAfterTheMinistry() {
        let r = RuleProbe.resolve(
            """
            Headline
            A release from the Ministry of Foreign Affairs states that the Chilean Foreign Minister will travel.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
    }

    @Test func anotherPortfolioGivesNoCountry() {
        // Counterexample: a trade minister's country says nothing of the foreign ministry's.
        let r = RuleProbe.resolve(
            """
            Headline
            A release from the Ministry of Foreign Affairs states that the Chilean Trade Minister will travel.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aDepartmentOfForeignAffairsIsTheForeignMinistry() {
        let r = RuleProbe.resolve(
            "Headline\nThe Chilean Department of Foreign Affairs said so. Chile's Foreign Ministry agreed.")
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
        #expect(RuleProbe.mentions(r, "ministry-of-foreign-affairs-of-chile") == 2)
    }

    @Test func theDatelineGivesTheCountryOfASpokesmansMinistry() {
        let (a, s) = TestArticles.make(
            "Headline\nSANTIAGO, May 3 – Foreign Ministry spokesman Ivo Tarrant said the talks went well.",
            dateline: "Santiago")
        let r = RuleProbe.resolver.resolve(a, sentences: s)
        #expect(RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"])
    }

    @Test func theDatelineComesBeforeAVisitingForeignMinister() {
        let (a, s) = TestArticles.make(
            """
            Headline
            SANTIAGO, May 3 – Peruvian Foreign Minister Ivo Tarrant arrived on Monday.
            He later left the Department of Foreign Affairs.
            """,
            dateline: "Santiago")
        let r = RuleProbe.resolver.resolve(a, sentences: s)
        #expect(
            RuleProbe.ids(r, .organization) == ["ministry-of-foreign-affairs-of-chile"],
            "\(RuleProbe.ids(r, .organization))")
    }
}
