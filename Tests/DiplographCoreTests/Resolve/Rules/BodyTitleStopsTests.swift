import DiplographCore
import Testing

/// `ArticleResolver+BodyTitleStops`: an office's title before a body's cue word is no part of
/// the body's name.
@Suite struct BodyTitleStopsTests {
    @Test func aTitleAndAnotherTitleBeforeTheCue() {
        let r = RuleProbe.resolve(
            """
            Headline
            Norvian Defence Minister Army General Ivo Brandt held talks in Lakeport.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains { $0.contains("minister") }, "\(orgs)")
        #expect(RuleProbe.ids(r, .person) == ["ivo-brandt"])
    }

    @Test func theHolderBeforeAndIsAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            He met Unity Party President Ivo Brandt and Kestrian Labour Party Chairman Tomas Varga.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["unity-party", "kestrian-labour-party"])
        #expect(RuleProbe.ids(r, .person) == ["ivo-brandt", "tomas-varga"])
    }

    @Test func titlesThatNameTheBodyStay() {
        let r = RuleProbe.resolve(
            """
            Headline
            King Harun Relief Centre helped. The Office of the Prime Minister agreed. The Council of Norvia met Tomas Varga.
            The President's Media Unit said so.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: [
                "king-harun-relief-centre", "office-of-the-prime-minister", "council-of-norvia",
                "president-media-unit",
            ]), "\(orgs)")
        #expect(RuleProbe.ids(r, .person) == ["tomas-varga"])
    }

    @Test func aModifierTheLexiconLacksOpensTheTitle() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Political Director of the Norvian Foreign Ministry met Tomas Varga in Lakeport.
            He will see Senator and Honorary Chair of the Kestria-Norvia Council Ivo Brandt.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["norvian-foreign-ministry", "kestria-norvia-council"], "\(orgs)")
        #expect(RuleProbe.ids(r, .person) == ["tomas-varga", "ivo-brandt"])
    }

    @Test func noBodyInTheComplementNoTitle() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Campaign Director of Ana Lind spoke to Lena Holt.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty)
        #expect(RuleProbe.ids(r, .person) == ["ana-lind", "lena-holt"])
    }
}
