import Foundation
import Testing

@testable import DiplographCore

/// `PersonFirstFamilyNames`: a person named by the first of two family names in one article
/// joins the full name (invented names), with counterexamples that must stay apart.
@Suite struct PersonFirstFamilyNamesTests {
    typealias F = PersonFirstFamilyNames

    func w(_ s: String) -> [Substring] { SlugWords.split(s) }

    func article(_ names: [String]) -> ResolvedArticle {
        let (a, s) = TestArticles.make("Headline\nBody text here.")
        let es = names.map { TestCorpus.person($0, roles: []) }
        var r = ResolvedArticle(article: a, sentences: s, entities: es)
        r.mentions = es.indices.map { Mention(entity: $0, range: $0..<($0 + 1), sentence: 0) }
        return r
    }

    @Test func words() {
        #expect(F.isFirstFamilyName(w("lorvik"), of: w("ana-lorvik-tesmar")))
        // The last word (another rule), a particle, a two-word name.
        #expect(!F.isFirstFamilyName(w("tesmar"), of: w("ana-lorvik-tesmar")))
        #expect(!F.isFirstFamilyName(w("bin"), of: w("omar-bin-tesmar")))
        #expect(!F.isFirstFamilyName(w("lorvik"), of: w("lorvik-tesmar")))
    }

    @Test func joinsTheOneFullNameOfTheArticle() {
        var r = article(["Ana Lorvik Tesmar", "Lorvik"])
        r.joinShortForms()
        #expect(r.entities.map(\.id) == ["ana-lorvik-tesmar"])
    }

    @Test func twoFullNamesOrALastNameStayApartOrWin() {
        var two = article(["Ana Lorvik Tesmar", "Ivo Lorvik Dallin", "Lorvik"])
        two.joinShortForms()
        #expect(two.entities.count == 3)
        // "Tesmar" is a last name of one and a first family name of another: the last name wins.
        var last = article(["Ana Lorvik Tesmar", "Rui Tesmar Dallin", "Tesmar"])
        last.joinShortForms()
        #expect(last.entities.map(\.id) == ["ana-lorvik-tesmar", "rui-tesmar-dallin"])
    }
}
