import DiplographCore
import Testing

/// `ArticleResolver+AgreementAcronyms`: an acronym spelled out as an agreement or a plan, with
/// joiners' initials, a place's first initial or a head before the last word, is no body.
@Suite struct AgreementAcronymsTests {
    @Test func acronymsOfAgreementsAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt backed the General Terms of Naval Exchange Agreement (GTONEA) and the Joint Vexmoor Plan of Action (JVPOA).
            Dana Ruiz praised the Tarsk-New Zealand Free Trade Agreement (TNFTA) and the Northern Agreement on Closer Trade Relations (NACTR).
            The GTONEA and the JVPOA expire next year, and NACTR talks resume in May.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func acronymsOfBodiesNamedAfterAnAgreementStay() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Vexmoor Treaty Organization (VTO) said on Monday it would meet. The Norvia Plan Authority (NPA) agreed.
            VTO officials and the NPA left the town.
            """)
        #expect(
            RuleProbe.ids(r, .organization).isSuperset(of: ["vto", "npa"]),
            "\(RuleProbe.ids(r, .organization))")
    }
}
