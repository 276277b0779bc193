import DiplographCore
import Testing

/// The default table's national bodies (data/default-aliases.tsv, "Organisations: national
/// bodies"): legislatures, foreign ministries named otherwise, presidential offices, news
/// agencies and parties, each under a name of its own or with its country; a generic name alone
/// names none of them.
@Suite struct NationalBodiesTableTests {
    @Test func namesOfTheirOwnAndCountryFormsAreTableBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Wisma Putra said Lena Holt would visit. The Turkish Presidency said the talks went well.
            Montsame reported the meeting. The Spanish Congress of Deputies voted. Mossad and the
            Revolutionary Guards were blamed. The Bank of Japan held rates.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(
            orgs.isSuperset(of: [
                "ministry-of-foreign-affairs-of-malaysia", "presidency-of-turkey", "montsame", "congress-of-spain",
                "mossad", "irgc", "bank-of-japan",
            ]), "\(orgs)")
    }

    @Test func genericNamesAloneNameNoCountrysBody() {
        // Counterexample: no country and no dateline, so no table body of any country.
        let r = RuleProbe.resolve(
            """
            Headline
            The Senate voted and the Parliament met. The Presidency said the Foreign Office agreed.
            The Guardian reported it.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(!orgs.contains(where: { $0.contains("-of-") || $0.hasPrefix("presidency") }), "\(orgs)")
        #expect(orgs.contains("guardian"), "\(orgs)")
    }

    @Test func givenNamesAreNoAgencyAcronyms() {
        // A table alias matches a capitalised word whatever its case, so no acronym of the table
        // is also a given name: these invented people stay people (data/README.md).
        let r = RuleProbe.resolve(
            """
            Headline
            Foreign Minister Irena Kovac met Lana Holt, Sana Mirvik and Hina Dorsal in the capital on Monday.
            Suna Veldt, Ona Brisk and Ena Talvik joined them, and Leta Morn spoke for Gavi Norvell.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isEmpty, "\(orgs)")
    }
}
