import Foundation
import Testing

@testable import DiplographCore

/// `PersonSlipGroups`: three spellings of one person, each a slip of the others, are one node
/// (invented names), with counterexamples that must stay apart.
@Suite struct PersonSlipGroupsTests {
    func person(_ name: String) -> LocalEntity { TestCorpus.person(name, roles: []) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func joinsThreeSpellingsEachASlipOfTheOthers() {
        #expect(PersonVariants.isSlip("tomas-berhanesu", "tomas-berhonesu"))
        #expect(PersonVariants.isSlip("tomas-berhanesu", "tomas-brhanesu"))
        #expect(PersonVariants.isSlip("tomas-berhonesu", "tomas-brhanesu"))
        let index = aggregate([
            [person("Tomas Berhanesu"), person("Tomas Berhonesu")],
            [person("Tomas Brhanesu")],
            [person("Tomas Berhanesu")],
        ])
        let ids = index.entities.filter { $0.type == .person }.map(\.id)
        #expect(ids == ["tomas-berhanesu"])
    }

    @Test func changesAtTheEndStayApart() {
        #expect(PersonSlipGroups.sameEnds("tomas-berhanesu", "tomas-brhanesu"))
        #expect(!PersonSlipGroups.sameEnds("tomas-berhanesi", "tomas-berhanesu"))
        let index = aggregate([
            [person("Ilvar Kostaredes"), person("Ilvar Kostaredis")],
            [person("Ilvar Kostaredas")],
        ])
        #expect(index.entities.count == 3)
    }

    @Test func shortWordsStayApart() {
        let index = aggregate([[person("Kim Pol Un"), person("Kim Pol Il"), person("Kim Pol Ik")]])
        #expect(index.remap.isEmpty)
    }
}
