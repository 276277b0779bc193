import DiplographCore
import Testing

/// `ArticleResolver+PartyPlurals`: parties named by their members in the plural.
@Suite struct PartyPluralsTests {
    @Test func pluralPartyNamesAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            In Tarsk, the Social Democrats, the Greens and the Free Democrats formed a government.
            The Liberals lost seats to the Conservatives and the Bloc Vexmoorois.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: [
                "social-democrats", "greens", "free-democrats", "liberals", "conservatives", "bloc-vexmoorois",
            ]), "\(orgs)")
        // "Social Democrats" is no mention of the US Democratic Party.
        #expect(!orgs.contains("democratic-party-us"))
    }

    @Test func usPartiesAndTitlesAreReadAsBefore() {
        let r = RuleProbe.resolve(
            """
            Headline
            House Democrats and the Republicans met. Ivo Brandt spoke with liberals over a plate of greens.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("democratic-party-us") && orgs.contains("republican-party"), "\(orgs)")
        #expect(!orgs.contains("house-democrats") && !orgs.contains("greens"), "\(orgs)")
    }

    @Test func partyModifiersBeforeATablePartyMakeAPartyOfItsOwn() {
        let r = RuleProbe.resolve(
            "Headline\nIvo Brandt met the Leader of the Social Democratic Party Lena Varga in Tarsk.")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["social-democratic-party"], "\(orgs)")
    }

    @Test func otherWordsBeforeATablePartyLeaveIt() {
        // Counterexample: a place or a possessive before the party is no part of its name.
        let r = RuleProbe.resolve("Headline\nThe Democratic Party and Pellham's Democratic Party agreed.")
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["democratic-party-us"], "\(orgs)")
    }
}
