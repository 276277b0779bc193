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
}
