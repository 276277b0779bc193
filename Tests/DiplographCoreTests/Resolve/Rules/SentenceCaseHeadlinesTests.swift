import DiplographCore
import Testing

/// `ArticleResolver+SentenceCaseHeadlines`: a sentence-case headline reads its places like the body.
@Suite struct SentenceCaseHeadlinesTests {
    @Test func aSentenceCaseHeadlineNamesItsPlaces() {
        let r = RuleProbe.resolve(
            "Leaders speak during a meeting at a hotel in Brenholt today\nThe body says little more.")
        #expect(RuleProbe.ids(r, .place) == ["brenholt"])
    }

    @Test func aTitleCaseHeadlineNeedsTheBody() {
        let r = RuleProbe.resolve(
            "Leaders Speak During A Meeting At A Hotel In Brenholt Today\nThe body says little more.")
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }
}
