import DiplographCore
import Testing

/// `ArticleResolver+JoinedTitleHeads`: "-in-Office", "-in-Chief" and "Co-Chairs" are titles, a
/// title after a country's possessive is read as a title, and "Chief of Army Staff" is no body.
@Suite struct JoinedTitleHeadsTests {
    @Test func hyphenatedTitlesAreNoPartOfTheBody() {
        let r = RuleProbe.resolve(
            """
            Headline
            The ESCO Chairperson-in-Office and Tarvia's Minister Dana Ruiz will visit Lorin on Monday.
            Minister Lina Varga praised the Lorin Group Co-Chairs for their work.
            The Commander-in-Chief of the Tarsk Army, Omar Sel, spoke.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["esco", "lorin-group", "tarsk-army"]), "\(orgs)")
        #expect(!orgs.contains(where: { $0.contains("chair") || $0.contains("chief") }), "\(orgs)")
        let people = RuleProbe.ids(r, .person)
        #expect(people.isSuperset(of: ["dana-ruiz", "lina-varga", "omar-sel"]), "\(people)")
        #expect(!people.contains("tarvia"), "\(people)")
    }

    @Test func aTitleAfterACountrysPossessiveIsATitle() {
        let r = RuleProbe.resolve(
            """
            Headline
            The talks were attended by Chile's Commander-in-Chief of Defence Services General Ivo Brandt.
            The crash killed Peru's Chief of Army Staff, Lt. Gen. Lars Tamm, and ten officers.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .country).isSuperset(of: ["chile", "peru"]), "\(RuleProbe.ids(r, .country))")
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["ivo-brandt", "lars-tamm"]))
    }

    @Test func companiesAndOfficesStayBodies() {
        // Counterexample: "Co" that no chair's title follows is a company.
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsk Shipping Co said on Monday that Chile's Foreign Ministry had called. The Vexmoor Trading Co agreed.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: ["tarsk-shipping-co", "vexmoor-trading-co", "ministry-of-foreign-affairs-of-chile"]),
            "\(orgs)")
    }
}
