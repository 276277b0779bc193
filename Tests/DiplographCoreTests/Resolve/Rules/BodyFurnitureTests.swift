import DiplographCore
import Testing

/// Words around bodies that are no part of them: a document word ("Press Statement"), a
/// pictograph after a name ("Ministry of Culture 🇸🇦"); and the US parties by their members.
@Suite struct BodyFurnitureTests {
    @Test func documentsAreNoBodies() {
        let r = RuleProbe.resolve(
            """
            Headline
            Press Statement of Dana Ruiz, spokeswoman of the Vexmoor Press Agency.
            The Joint Communique was signed. The Vexmoor Press Agency reported it.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-press-agency"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func pictographsEndANameButLettersDoNot() {
        let r = RuleProbe.resolve(
            """
            Headline
            Tarsk Ministry of Culture 🇸🇦 (@tarskculture) posted a photo. Ostia Cultural Fund 文化 said more.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("tarsk-ministry-of-culture"), "\(orgs)")
        #expect(r.entities.allSatisfy { !$0.name.contains("🇸🇦") })
        // Caseless letters (CJK) still make name words.
        #expect(r.entities.contains { $0.name.contains("文化") }, "\(r.entities.map(\.name))")
    }

    @Test func usPartiesByTheirMembers() {
        let r = RuleProbe.resolve(
            """
            Headline
            Republicans and Democrats argued. In Seoul, the Democratic Party of Korea disagreed.
            """)
        let expected: Set = ["republican-party", "democratic-party-us", "democratic-party-of-korea"]
        #expect(RuleProbe.ids(r, .organization) == expected, "\(RuleProbe.ids(r, .organization))")
    }
}
