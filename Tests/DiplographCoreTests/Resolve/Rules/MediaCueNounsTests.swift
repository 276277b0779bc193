import DiplographCore
import Testing

/// `ArticleResolver+MediaCueNouns`: a lowercase outlet noun after a name makes it an organisation.
@Suite struct MediaCueNounsTests {
    @Test func outletsTypedByTheirNoun() {
        let r = RuleProbe.resolve(
            """
            Headline
            Dana Ruiz told the Chilean Torla news agency on Monday. She spoke with the Brevik-24 TV channel.
            The plan was cited by the economic Ostrava website. Ruiz later posted it on her Chirper account.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["torla", "brevik-24", "ostrava", "chirper"])
        #expect(RuleProbe.ids(r, .country) == ["chile"])
        #expect(r.entities.first { $0.id == "brevik-24" }?.name == "Brevik-24")
    }

    @Test func countriesOrdinaryWordsAndGenericNamesAreNotOutlets() {
        let r = RuleProbe.resolve(
            """
            Headline
            Dana Ruiz told the Chilean news agency on Monday.
            Official website of the ministry.
            The State news agency reported it.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .country) == ["chile"])
    }
}
