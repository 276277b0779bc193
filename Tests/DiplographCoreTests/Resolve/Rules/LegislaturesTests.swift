import DiplographCore
import Testing

/// `ArticleResolver+Legislatures`: a chamber named by its generic name alone is an
/// organisation.
@Suite struct LegislaturesTests {
    @Test func bareChambersAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Senator Ivo Brandt said the Senate would vote. The House of Representatives passed the bill.
            The House of Commons debated it, and Congress must approve it. The Chamber of Deputies agreed.
            """)
        #expect(
            RuleProbe.ids(r, .organization).isSuperset(of: [
                "senate", "house-of-representatives", "house-of-commons", "congress", "chamber-of-deputies",
            ]))
    }

    @Test func chambersInsideLongerNamesAreReadAsBefore() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Vexmoor Congress met after the 20th Congress ended. Senate President Ivo Brandt spoke. The House was empty.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains("congress") && !orgs.contains("senate") && !orgs.contains("house"), "\(orgs)")
        #expect(orgs.contains("vexmoor-congress"))
    }

    @Test func aBareChamberIsTheArticlesOneNamedChamber() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Norvian Congress met on Monday. Later Congress voted to remove Ivo Brandt from office.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("norvian-congress"), "\(orgs)")
        #expect(!orgs.contains("congress"), "\(orgs)")
    }

    @Test func aBareChamberStaysGenericBetweenTwoNamedChambers() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Norvian Senate and the Senate of Kestria met on Monday. Later the Senate voted.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("senate"), "\(orgs)")
    }

    @Test func aBareChamberIsTheSoleCountrysChamber() {
        let r = RuleProbe.resolve(
            """
            Headline
            Peru's economy grew. Peruvian exporters and Congress welcomed the figures on Monday.
            """)
        #expect(RuleProbe.ids(r, .organization).contains("congress-of-peru"), "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aBareChamberIsTheChamberOfTheCountryTheBodyNamesFirst() {
        // Two countries, or one named once: the first the body text names.
        let two = RuleProbe.resolve(
            """
            Headline
            Peru's economy grew faster than Chile's. Peruvian exporters and Congress welcomed the figures.
            """)
        #expect(RuleProbe.ids(two, .organization).contains("congress-of-peru"), "\(RuleProbe.ids(two, .organization))")
        let once = RuleProbe.resolve(
            """
            Headline
            The economy of Peru grew, and Congress welcomed the figures on Monday.
            """)
        #expect(
            RuleProbe.ids(once, .organization).contains("congress-of-peru"), "\(RuleProbe.ids(once, .organization))")
        // The table's chamber of that country, under its own name.
        let us = RuleProbe.resolve("Headline\nAmerican farmers and the Senate welcomed the bill.")
        #expect(RuleProbe.ids(us, .organization).contains("us-senate"), "\(RuleProbe.ids(us, .organization))")
    }

    @Test func aBareChamberWithoutACountryInTheBodyStaysGeneric() {
        // Counterexample: a country in the headline only (a visitor as often as the host).
        let r = RuleProbe.resolve(
            """
            Peru and Chile sign a pact
            Congress welcomed the figures on Monday.
            """)
        #expect(RuleProbe.ids(r, .organization).contains("congress"), "\(RuleProbe.ids(r, .organization))")
    }

    @Test func theSupremeCourtIsTheCountrysCourt() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chilean exporters appealed, and the Supreme Court ruled on Monday. Peru's Supreme Court agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["supreme-court-of-chile", "supreme-court-of-peru"]), "\(orgs)")
        #expect(!orgs.contains("supreme-court"), "\(orgs)")
    }

    @Test func otherNationalBodiesAreTheCountrys() {
        let r = RuleProbe.resolve(
            """
            Headline
            Chilean voters went to the polls. The Election Commission counted, the Constitutional Court ruled.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["election-commission-of-chile", "constitutional-court-of-chile"]), "\(orgs)")
        let peru = RuleProbe.resolve(
            "Headline\nPeru's Central Election Commission and Peru's National Assembly agreed on Monday.")
        let peruOrgs = RuleProbe.ids(peru, .organization)
        #expect(
            peruOrgs.isSuperset(of: ["central-election-commission-of-peru", "national-assembly-of-peru"]),
            "\(peruOrgs)")
        // Counterexample: a body with a name of its own keeps it.
        let own = RuleProbe.resolve("Headline\nChilean voters met. The Tarsk Election Commission counted.")
        #expect(
            RuleProbe.ids(own, .organization).contains("tarsk-election-commission"),
            "\(RuleProbe.ids(own, .organization))")
    }

    @Test func anUpperOrLowerHouseIsTheCountrysChamber() {
        // The table names Japan's and Russia's chambers by demonym ("Japanese Upper House").
        let r = RuleProbe.resolve(
            """
            Headline
            Japanese voters elected the Upper House on Sunday; the Lower House is more powerful.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["house-of-councillors-of-japan", "house-of-representatives-of-japan"]), "\(orgs)")
        let senate = RuleProbe.resolve("Headline\nRussian senators met, and the Senate approved the treaty.")
        #expect(
            RuleProbe.ids(senate, .organization) == ["federation-council"], "\(RuleProbe.ids(senate, .organization))")
        // Without such a table name, the chamber is named after the country.
        let chile = RuleProbe.resolve("Headline\nChilean voters elected the Upper House on Sunday.")
        #expect(
            RuleProbe.ids(chile, .organization).contains("upper-house-of-chile"),
            "\(RuleProbe.ids(chile, .organization))")
    }

    @Test func theSupremeCourtIsNoOtherSupremeBody() {
        // Counterexample: "Supreme State Council" shares a word, not the court's name.
        let r = RuleProbe.resolve(
            """
            Headline
            Members of the Supreme State Council met in Lima. Chilean exporters appealed to the Supreme Court.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["supreme-state-council", "supreme-court-of-chile"]), "\(orgs)")
    }

    @Test func aChamberNameTheTableListsAloneIsThatBody() {
        // The default table lists "House of Councillors" (Japan's upper house) by that name alone;
        // "House of Representatives" only with a country, so alone it stays generic.
        let r = RuleProbe.resolve(
            """
            Headline
            The House of Councillors passed the bill. The House of Representatives agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("house-of-councillors-of-japan"), "\(orgs)")
        #expect(orgs.contains("house-of-representatives"), "\(orgs)")
    }
}
