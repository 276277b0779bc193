import Foundation
import Testing

@testable import DiplographCore

/// The rules of `Rules/PersonDatedRoles.swift` and the table short forms they serve: a table
/// person's roles in an article are those held on its date; "Premier Varga" is the Varga who was
/// premier then; "President Brandt" makes the later "Brandt" the table's Brandt. Invented
/// names, an invented table, and counterexamples that must not fire.
@Suite struct PersonDatedRolesTests {
    static func d(_ y: Int, _ m: Int? = nil, _ day: Int? = nil) -> PartialDate {
        PartialDate(year: y, month: m, day: day)
    }

    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
            AliasEntry(
                id: "lena-varga", type: .person, name: "Lena Varga", affiliation: "norvia",
                roles: [Role(title: "Premier", from: d(2020, 1, 10), to: d(2024, 3, 1))]),
            AliasEntry(
                id: "ivo-varga", type: .person, name: "Ivo Varga", affiliation: "norvia",
                roles: [
                    Role(title: "Foreign Minister", from: d(2018), to: d(2023)),
                    Role(title: "Premier", from: d(2024, 3, 1)),
                ]),
            AliasEntry(
                id: "otto-brandt", type: .person, name: "Otto Brandt", affiliation: "norvia",
                roles: [Role(title: "President", from: d(2019), to: d(2027))]),
        ]))

    func resolve(_ body: String, on date: PartialDate?) -> ResolvedArticle {
        let (a, s) = TestArticles.make("Headline here\n" + body, id: "t", published: date)
        return Self.resolver.resolve(a, sentences: s)
    }

    func person(_ r: ResolvedArticle, _ id: String) -> LocalEntity? {
        r.entities.first { $0.id == id && $0.type == .person }
    }

    @Test func rolesAreThoseHeldOnTheArticlesDate() {
        let roles = [Role(title: "Foreign Minister", from: Self.d(2018), to: Self.d(2023)), Role(title: "Envoy")]
        #expect(PersonDatedRoles.titles(roles, on: Self.d(2021, 5)) == ["Foreign Minister", "Envoy"])
        #expect(PersonDatedRoles.titles(roles, on: Self.d(2025, 1, 2)) == ["Envoy"])
        // No date: every role, as before.
        #expect(PersonDatedRoles.titles(roles, on: nil) == ["Foreign Minister", "Envoy"])
    }

    @Test func aTablePersonBringsOnlyTheRolesOfTheDate() {
        let body = "Talks were held on Monday with Ivo Varga in the capital of the country."
        let later = resolve(body, on: Self.d(2025, 6, 1))
        #expect(person(later, "ivo-varga")?.roles == ["Premier"], "\(later.entities)")
        let earlier = resolve(body, on: Self.d(2020, 6, 1))
        #expect(person(earlier, "ivo-varga")?.roles == ["Foreign Minister"], "\(earlier.entities)")
    }

    @Test func aTitledShortFormIsTheOneWhoHeldThatTitleOnTheDate() {
        let body = "Reporters waited outside while Premier Varga spoke to the press about the budget."
        #expect(person(resolve(body, on: Self.d(2022, 4, 4)), "lena-varga") != nil)
        #expect(person(resolve(body, on: Self.d(2025, 4, 4)), "ivo-varga") != nil)
        // Counterexamples: no date, or a title neither held, names no one.
        let undated = resolve(body, on: nil)
        #expect(undated.entities.allSatisfy { !$0.id.hasSuffix("varga") }, "\(undated.entities)")
        let envoy = resolve(
            "Reporters waited outside while Ambassador Varga spoke to the press about it.", on: Self.d(2022, 4, 4))
        #expect(envoy.entities.allSatisfy { !$0.id.hasSuffix("varga") }, "\(envoy.entities)")
    }

    @Test func aTitledTablePersonMakesLaterMentionsOfTheWordTheirs() {
        let r = resolve(
            """
            President Brandt opened the summit in the morning with a short speech. \
            Said Brandt: "We are ready." Brandt later left for the airport with his aides.
            """, on: Self.d(2021, 2, 2))
        let i = r.entities.firstIndex { $0.id == "otto-brandt" }
        #expect(i != nil, "\(r.entities)")
        #expect(r.mentions.filter { $0.entity == i }.count == 3, "\(r.mentions)")
    }

    @Test func initialsWrittenApartAreTheTablesInitialsWrittenTogether() {
        #expect(NameVariantKeys.joinedInitials("k-p-sharma-oli") == "kp-sharma-oli")
        #expect(NameVariantKeys.joinedInitials("a-b-cole") == "ab-cole")
        // One initial, none, or nothing after them: unchanged.
        #expect(NameVariantKeys.joinedInitials("j-smith") == "j-smith")
        #expect(NameVariantKeys.joinedInitials("ivo-varga") == "ivo-varga")
        #expect(NameVariantKeys.joinedInitials("a-b") == "a-b")
    }
    @Test func aPastTitleIsKeptAsAFormerOffice() {
        let r = resolve(
            "The minister met former Premier Lena Varga and Premier Ivo Varga at the port on Monday.",
            on: Self.d(2025, 6, 1))
        #expect(person(r, "lena-varga")?.roles == ["Former Premier"], "\(r.entities)")
        #expect(person(r, "ivo-varga")?.roles == ["Premier"], "\(r.entities)")
        // One office for the corpus's joins, none for leadership.
        #expect(PersonOffices.same("Former Vice President", "Vice President"))
        #expect(!PersonOffices.same("Former Vice President", "President"))
        #expect(MeetingLexicon.rankWords.contains("former"))
        // Counterexample: a title after a lowercase word that marks no past is kept as it is.
        let plain = resolve("The minister met the new Premier Ivo Varga at the port on Monday.", on: Self.d(2025, 6, 1))
        #expect(person(plain, "ivo-varga")?.roles == ["Premier"], "\(plain.entities)")
    }
    @Test func aWordSeveralTablePeopleShareIsTheOneTheArticleNames() {
        let table = AliasTable(entries: [
            AliasEntry(id: "tarek-bin-samir-al-nour", type: .person, name: "Tarek bin Samir Al Nour"),
            AliasEntry(id: "tarek-haddad", type: .person, name: "Tarek Haddad"),
        ])
        let resolver = Resolver(table: table)
        func mentions(_ body: String) -> Int {
            let (a, s) = TestArticles.make("Headline here\n" + body, id: "t")
            let r = resolver.resolve(a, sentences: s)
            guard let i = r.entities.firstIndex(where: { $0.id == "tarek-bin-samir-al-nour" }) else { return 0 }
            return r.mentions.filter { $0.entity == i }.count
        }
        #expect(
            mentions(
                "Reporters met Tarek bin Samir Al Nour at the port on Monday. Tarek said the talks went well."
            ) == 2)
        // Counterexample: an article naming neither leaves the shared word to no one.
        #expect(mentions("Reporters saw the aides at the port on Monday. Tarek said the talks went well.") == 0)
        #expect(PersonDatedRoles.one(of: [1, 2], in: [2, 5]) == 2)
        #expect(PersonDatedRoles.one(of: [1, 2], in: [1, 2]) == nil)
    }
}
