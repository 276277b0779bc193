import DiplographCore
import Testing

/// `PersonMeetingObjects`: the one met, received or spoken with is a person; and the lowercase
/// person nouns of `PersonContexts` ("opposition politician X").
@Suite struct PersonMeetingObjectsTests {
    @Test func theOneMetOrSpokenWithIsAPerson() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. Kade spoke with Mikkel Strand by phone. Later he received Hanne Lunde.
            The minister held talks with Arvid Raskel. Opposition politician Tomas Grennet attended.
            """)
        let expected: Set = ["mikkel-strand", "hanne-lunde", "arvid-raskel", "tomas-grennet"]
        #expect(RuleProbe.ids(r, .person) == expected, "\(RuleProbe.ids(r, .person))")
    }

    @Test func bodiesPlacesAndNamingAreNot() {
        let r = RuleProbe.resolve(
            """
            Headline
            The report came out. Kade met the Halvex Group and met Dorran Airlines. They met in Omberlin Vale.
            The talks were held in the so-called Vexmoor Format. He joined a movement called Civic Hope.
            """)
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }
}
