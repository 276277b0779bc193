import DiplographCore
import Testing

/// `ArticleResolver+BodyOwners`: a possessive owner that is no country is no part of the body's
/// name.
@Suite struct BodyOwnersTests {
    @Test func theOwnerIsCutOff() {
        let r = RuleProbe.resolve(
            """
            Headline
            Lena Holt, director of the Treasury's Office of Vexmoor Assets Control, said so.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["office-of-vexmoor-assets-control"])
    }

    @Test func officeHoldersAndGenericBodiesKeepTheirOwner() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Prime Minister's Tarsk Unit spoke. The Treasury's Finance Unit agreed. China's Foreign Ministry spoke.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["prime-minister-tarsk-unit", "treasury-finance-unit"]), "\(orgs)")
        #expect(!orgs.contains("tarsk-unit") && !orgs.contains("finance-unit"), "\(orgs)")
    }

    @Test func membersPossessiveIsAWordOfTheName() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Norvian People's Unity Party won. The Kestrian Workers' Front agreed. The Tarsk Women's Union met.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: ["norvian-people-unity-party", "kestrian-workers-front", "tarsk-women-union"]),
            "\(orgs)")
        #expect(!orgs.contains("unity-party") && !orgs.contains("union"), "\(orgs)")
    }

    @Test func aNationalTableBodyOwningAGenericBodyIsTheMention() {
        // The default table lists the Grand National Assembly of Turkey with "Turkish Parliament".
        let r = RuleProbe.resolve(
            """
            Headline
            Members of the Turkish Parliament's Defence and Security Committee met Lena Holt.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("grand-national-assembly-of-turkey"), "\(orgs)")
        #expect(!orgs.contains(where: { $0.contains("committee") }), "\(orgs)")
    }

    @Test func aBodyWithAWordOfItsOwnOrAnInternationalOwnerIsReadAsBefore() {
        // Counterexamples: "Vexmoor" names the body; NATO is no country's body.
        let r = RuleProbe.resolve(
            """
            Headline
            The Turkish Parliament's Vexmoor Commission met. NATO's Defence Committee agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains(where: { $0.contains("vexmoor-commission") }), "\(orgs)")
        #expect(orgs.contains("nato-defence-committee"), "\(orgs)")
    }

    @Test func aCountryQualifiedBodyIsTheTableBodyOfThatName() {
        // "Peru's Congress" is the table's Congress of Peru; Norway's table lists no such body,
        // so "Norway's Congress" is named as a chamber of Norway (ArticleResolver+Legislatures).
        let r = RuleProbe.resolve(
            """
            Headline
            Peru's Congress voted on Monday. Norway's Congress voted on Tuesday.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("congress-of-peru"), "\(orgs)")
        #expect(orgs.contains("congress-of-norway"), "\(orgs)")
    }
}
