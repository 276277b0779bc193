import Foundation
import Testing

@testable import DiplographCore

/// `PersonAddedSurnames`: a person named with and without a last name in one article is one
/// node (invented names), with counterexamples that must stay apart.
@Suite struct PersonAddedSurnamesTests {
    func person(_ name: String) -> LocalEntity { TestCorpus.person(name, roles: []) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    func w(_ s: String) -> [Substring] { SlugWords.split(s) }

    @Test func addedWords() {
        #expect(PersonAddedSurnames.isAdded(w("rosa-lina-vesta"), to: w("rosa-lina-vesta-orrin")))
        #expect(PersonAddedSurnames.isAdded(w("rosa-vesta"), to: w("rosa-vesta-orrin")))
        // A suffix, an English word, two words added, a one-word short form.
        #expect(!PersonAddedSurnames.isAdded(w("ivo-marsh"), to: w("ivo-marsh-jr")))
        #expect(!PersonAddedSurnames.isAdded(w("rosa-vesta"), to: w("rosa-vesta-said")))
        #expect(!PersonAddedSurnames.isAdded(w("rosa-vesta"), to: w("rosa-vesta-orrin-tal")))
        #expect(!PersonAddedSurnames.isAdded(w("vesta"), to: w("vesta-orrin")))
    }

    @Test func joinsBothFormsOfOneArticle() {
        let index = aggregate([[person("Rosa Lina Vesta Orrin"), person("Rosa Lina Vesta")]])
        #expect(index.canonicalID("rosa-lina-vesta") == "rosa-lina-vesta-orrin")
    }

    @Test func otherArticlesFathersAndSonsAndTwoLongerNamesStayApart() {
        // Two articles, no office: nothing says they are one.
        let apart = aggregate([[person("Rosa Lina Vesta Orrin")], [person("Rosa Lina Vesta")]])
        #expect(apart.remap.isEmpty)
        // The son beside his father.
        let family = aggregate([[person("Ivo Marsh Jr"), person("Ivo Marsh")]])
        #expect(family.remap.isEmpty)
        // "Kim Pol" beside "Kim Pol Un" and "Kim Pol Il": nobody can say which.
        let two = aggregate([[person("Kim Pol Un"), person("Kim Pol Il"), person("Kim Pol")]])
        #expect(two.remap.isEmpty)
    }
}
