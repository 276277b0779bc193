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
}
