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
}
