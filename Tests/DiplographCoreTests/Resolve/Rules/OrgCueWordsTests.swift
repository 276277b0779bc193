import DiplographCore
import Testing

/// Organisation cue words (`Lexicon.orgCues`): unit, directorate, division, movement.
@Suite struct OrgCueWordsTests {
    @Test func unitsAndMovementsAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Vexmoor Media Unit said so. The Ostia Liberation Movement and the Tarsk Asia Division agreed.
            Officials of the Kessel Customs Directorate came.
            """)
        let expected: Set = [
            "vexmoor-media-unit", "ostia-liberation-movement", "tarsk-asia-division", "kessel-customs-directorate",
        ]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func lowercaseCueWordsAndPersonsAreNot() {
        let r = RuleProbe.resolve(
            "Headline\nThe division of labour in the movement was clear to the unit, said Dana Ruiz.")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }

    @Test func chambersCommunitiesAndFirmsAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarsk Chamber of Commerce met the Dorran Economic Community, Halvex Industries and Gelvar Enterprises.
            """)
        let expected: Set = [
            "tarsk-chamber-of-commerce", "dorran-economic-community", "halvex-industries", "gelvar-enterprises",
        ]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person).isEmpty)
    }

    @Test func forcesPoliceAndBlocsAreBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            The Tarskian National Police and the East Vexmoor Naval Force met the Bloc Ostien. Police said so.
            """)
        let expected: Set = ["tarskian-national-police", "east-vexmoor-naval-force", "bloc-ostien"]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
    }
}
