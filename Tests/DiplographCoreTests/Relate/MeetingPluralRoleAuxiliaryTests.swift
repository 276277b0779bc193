import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestria = "[Kestria|country|kestria]"
private let norvia = "[Norvia|country|norvia]"

@Suite("Meeting frame: a plural office with its countries, auxiliaries before the verb")
struct MeetingPluralRoleAuxiliaryTests {
    let roles = ["ana-lind": ["Foreign Minister"], "tomas-berg": ["Foreign Minister"]]
    let sides = ["ana-lind": "kestria", "tomas-berg": "norvia"]

    @Test("'The foreign ministers of A and B have met', '… also held talks'")
    func auxiliaries() {
        let m = Markup.meetingsWithRoles(
            """
            The foreign ministers of \(kestria) and \(norvia) have met in Port Vela for the first time.
            \(ana) and \(tomas) spoke to reporters afterwards.
            """, roles: roles, sides: sides)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetingsWithRoles(
            """
            The foreign ministers of \(kestria) and \(norvia) also held talks on Monday.
            \(ana) and \(tomas) spoke to reporters afterwards.
            """, roles: roles, sides: sides)
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a plan or a denial after the countries is no meeting held")
    func counterexamples() {
        let m = Markup.meetingsWithRoles(
            """
            The foreign ministers of \(kestria) and \(norvia) will meet in Port Vela.
            \(ana) and \(tomas) spoke to reporters afterwards.
            """, roles: roles, sides: sides)
        #expect(m.allSatisfy { $0.status == .planned })
        let n = Markup.meetingsWithRoles(
            """
            The foreign ministers of \(kestria) and \(norvia) have not met since the war.
            \(ana) and \(tomas) spoke to reporters separately.
            """, roles: roles, sides: sides)
        #expect(n.isEmpty, "\(n.pairs)")
    }
}
