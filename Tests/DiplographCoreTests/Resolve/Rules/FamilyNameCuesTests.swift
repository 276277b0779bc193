import DiplographCore
import Testing

/// `ArticleResolver+FamilyNameCues`: a place cue that is a family name before a given name is
/// no place.
@Suite struct FamilyNameCuesTests {
    @Test func aFamilyNameBeforeAGivenNameIsAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            The two ministers met on Monday.
            Park Seo-rin said.
            """)
        #expect(RuleProbe.ids(r, .person) == ["park-seo-rin"], "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        let pair = RuleProbe.resolve("Headline\nThe Park-Xi summit opened on Monday.")
        #expect(RuleProbe.ids(pair, .place).isEmpty, "\(RuleProbe.ids(pair, .place))")
    }

    @Test func parksKeepTheirCue() {
        let r = RuleProbe.resolve("Headline\nCrowds gathered in Gorky Park and in Vexmoor Park on Monday.")
        #expect(RuleProbe.ids(r, .place) == ["gorky-park", "vexmoor-park"], "\(RuleProbe.ids(r, .place))")
    }
}
