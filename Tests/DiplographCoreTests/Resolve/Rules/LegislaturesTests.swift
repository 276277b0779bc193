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
        // Two countries, or one named only once: whose chamber it is stays open.
        let two = RuleProbe.resolve(
            """
            Headline
            Peru's economy grew faster than Chile's. Peruvian exporters and Congress welcomed the figures.
            """)
        #expect(RuleProbe.ids(two, .organization).contains("congress"), "\(RuleProbe.ids(two, .organization))")
        let once = RuleProbe.resolve(
            """
            Headline
            The economy of Peru grew, and Congress welcomed the figures on Monday.
            """)
        #expect(RuleProbe.ids(once, .organization).contains("congress"), "\(RuleProbe.ids(once, .organization))")
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
