import DiplographCore
import Testing

/// `PersonAges` (an age after a name) and "According to" at a sentence start (`PersonCues`).
@Suite struct PersonAgesTests {
    @Test func anAgeOrAnAttributionMakesAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            Lara Fenn, 54, a former diplomat, said the plan was fair. Tomas Reyd (37) was arrested.
            According to Petra Lindqvar, the deal is done.
            """)
        #expect(RuleProbe.ids(r, .person) == ["lara-fenn", "tomas-reyd", "petra-lindqvar"])
    }

    @Test func yearsRoutesAndMeasuresAreNoAges() {
        let r = RuleProbe.resolve(
            """
            Headline
            Kessel Park, 2019, was rebuilt. The Vexmoor Road, 1200 metres long, opened. Ostel Main (500) shut.
            """)
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }
}
