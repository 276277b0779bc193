import DiplographCore
import Testing

/// `ArticleResolver+TruncatedEnds`: a word cut off by the end of an excerpt is no entity.
@Suite struct TruncatedEndsTests {
    @Test func aFragmentEndingTheTextIsNoEntity() {
        let r = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne met traders in Kessmark. Firms are keen on investing in Brenh
            """)
        #expect(!RuleProbe.ids(r, .place).contains("brenh"), "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .person) == ["ilsa-varenne"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func closedTextsKnownNamesAndNamesUsedBeforeStay() {
        let closed = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne said firms are keen on investing in Brenholt.
            """)
        #expect(RuleProbe.ids(closed, .place) == ["brenholt"], "\(RuleProbe.ids(closed, .place))")
        let known = RuleProbe.resolve(
            """
            Headline
            Minister Ilsa Varenne met traders in Kessmark and then flew to Samoa
            """)
        #expect(RuleProbe.ids(known, .country) == ["samoa"], "\(RuleProbe.ids(known, .country))")
        let named = RuleProbe.resolve(
            """
            Headline
            Trade with Brenholt grew. Firms are keen on investing in Brenholt
            """)
        #expect(RuleProbe.ids(named, .place) == ["brenholt"], "\(RuleProbe.ids(named, .place))")
    }
}
