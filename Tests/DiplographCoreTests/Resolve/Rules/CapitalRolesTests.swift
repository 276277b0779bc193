import DiplographCore
import Testing

/// `ArticleResolver+CapitalRoles`: a capital that is the object, agent or partner of a state's
/// act is its government; a capital of motion or location stays the city.
@Suite struct CapitalRolesTests {
    @Test func capitalsInAStateRoleAreGovernments() {
        let r = RuleProbe.resolve(
            """
            Headline
            Norvia cut diplomatic ties with Rabat last year. Envoys pledged new aid to Kyiv on Monday.
            Minister Ilsa Varenne condemned the provocations by Baku at the border.
            The embargo imposed by Caracas hurt trade. Ostrelia remains a firm supporter of Seoul.
            Ostrelia also believes that Tokyo expects progress. Ministers discussed relief for Budapest.
            """)
        #expect(
            RuleProbe.ids(r, .country).isSuperset(of: [
                "morocco", "ukraine", "azerbaijan", "venezuela", "south-korea", "japan", "hungary",
            ]), "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func capitalsOfMotionAndLocationStayCities() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne flew to Kyiv on Monday. The strike on Kyiv killed three.
            Talks were held in Rabat. The mayor of Seoul greeted crowds. Flights from Baku resumed.
            Travellers were greeted by Caracas residents.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["kyiv", "rabat", "seoul", "baku", "caracas"], "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country).isEmpty, "\(RuleProbe.ids(r, .country))")
    }

    @Test func capitalsAsObjectsOfAStatesVerbAreGovernments() {
        let r = RuleProbe.resolve(
            """
            Headline
            Norvian leaders vowed to punish Rabat. The new treaty gave Seoul more freedom.
            The accord allows Baku, which had been guided by others, to choose its partners.
            """)
        #expect(
            RuleProbe.ids(r, .country).isSuperset(of: ["morocco", "south-korea", "azerbaijan"]),
            "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func capitalsAfterOtherVerbsStayCities() {
        let r = RuleProbe.resolve(
            "Headline\nMinister Ilsa Varenne visited Rabat on Monday and left Seoul a day later.")
        #expect(RuleProbe.ids(r, .place) == ["rabat", "seoul"], "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country).isEmpty, "\(RuleProbe.ids(r, .country))")
    }
}
