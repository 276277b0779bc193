import Foundation
import Testing

@testable import DiplographCore

/// `PersonSwappedNames`: a person's two names in either order are one node when the family name,
/// long, is borne by nobody else (invented names), with counterexamples that must stay apart.
@Suite struct PersonSwappedNamesTests {
    func person(_ name: String) -> LocalEntity { TestCorpus.person(name, roles: []) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func joinsWhenTheGivenNameIsSharedButTheFamilyNameIsNot() {
        let index = aggregate([
            [person("Orrimaki Toshiro")],
            [person("Toshiro Orrimaki"), person("Vesta Toshiro")],
        ])
        #expect(index.canonicalID("orrimaki-toshiro") == index.canonicalID("toshiro-orrimaki"))
        #expect(index.canonicalID("vesta-toshiro") == "vesta-toshiro")
    }

    @Test func shortOrSharedWordsStayApart() {
        // Both words borne by others.
        let shared = aggregate([
            [person("Orrimaki Toshiro"), person("Orrimaki Lena")],
            [person("Toshiro Orrimaki"), person("Vesta Toshiro")],
        ])
        #expect(shared.remap.isEmpty)
        // The word nobody else bears is short.
        let short = aggregate([[person("Kim Pol")], [person("Pol Kim"), person("Kim Pol Un")]])
        #expect(short.remap.isEmpty)
    }
}
