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

    @Test func aNameAfterAnOutletNounIsTheOutlet() {
        let r = RuleProbe.resolve(
            """
            Headline
            Lina Varga told private broadcaster TVX24 that the talks went well.
            The aide told radio broadcaster RFX FM on Tuesday that the visit was a sign of trust.
            The Tarskian edition Ziarul Nou quotes President Ivo Brandt.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["tvx24", "ziarul-nou"]), "\(orgs)")
    }

    @Test func aPersonAfterAnOutletNounStaysAPerson() {
        // Counterexample: a broadcaster who is a person, and a newspaper's reporter named after it.
        let r = RuleProbe.resolve(
            """
            Headline
            The veteran broadcaster Ivo Brandt hosted the debate. The newspaper Dana Ruiz founded closed.
            The rate was given by the currency website Vexrate.com on Monday.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains("vexrate") && !orgs.contains("dana-ruiz") && !orgs.contains("ivo-brandt"), "\(orgs)")
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["ivo-brandt", "dana-ruiz"]))
    }
}
