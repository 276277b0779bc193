import DiplographCore
import Testing

/// `PersonMidNameHonorifics`: "Sheikh" between a given name and a family name.
@Suite struct PersonMidNameHonorificsTests {
    @Test func sheikhBetweenAGivenNameAndAFamilyNameIsPartOfTheName() {
        let r = RuleProbe.resolve(
            """
            Headline
            Norvian President Hassan Sheikh Vardoud met Kestrian Prime Minister Ivo Brandt in Ankara.
            Vardoud said the talks were useful. Ahmed Sheikh Tollan, an adviser, agreed.
            """)
        #expect(RuleProbe.ids(r, .person) == ["hassan-sheikh-vardoud", "ivo-brandt", "ahmed-sheikh-tollan"])
    }

    @Test func sheikhAfterACountryOrATitleIsATitle() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Emir of Qatar Sheikh Tamo Vesk met Prime Minister Sheikh Hana Orvel. Qatar Sheikh Lido Marr spoke.
            """)
        let persons = RuleProbe.ids(r, .person)
        #expect(!persons.contains { $0.contains("sheikh") }, "\(persons)")
    }
}
