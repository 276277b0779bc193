import Foundation
import Testing

@testable import DiplographCore

/// The rules of `Rules/ArticleResolver+PersonCountries.swift`: a possessive country or a demonym
/// right before a name, or before a title set off from the name by a comma, gives the person that
/// country. Invented names, an invented table, and counterexamples that must not fire.
@Suite struct PersonCountriesTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "kestria", type: .country, name: "Kestria", demonyms: ["Kestrian"]),
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
            AliasEntry(id: "ruritania", type: .country, name: "Ruritania", demonyms: ["Ruritanian"]),
            AliasEntry(id: "hana-ortiz", type: .person, name: "Hana Ortiz", affiliation: "norvia"),
        ]))

    /// Persons by name, with their affiliation (an empty string for none).
    func people(_ body: String) -> [String: String] {
        let (a, s) = TestArticles.make("Headline here\n" + body, id: "t")
        let r = Self.resolver.resolve(a, sentences: s)
        var out: [String: String] = [:]
        for e in r.entities where e.type == .person { out[e.name] = e.affiliation ?? "" }
        return out
    }

    @Test func aPossessiveCountryOrADemonymBeforeANameIsTheirCountry() {
        let found = people(
            """
            Officials said the talks went well after Norvia's Ana Varga arrived at the border late on Monday. \
            Reporters later saw the Ruritanian Ivo Brandt leave the building with his aides.
            """)
        #expect(found["Ana Varga"] == "norvia", "\(found)")
        #expect(found["Ivo Brandt"] == "ruritania", "\(found)")
    }

    @Test func aCountryBeforeATitleSetOffByACommaIsTheHoldersCountry() {
        let found = people(
            """
            Kestria's President, Arlo Vesk, opened the session with a long speech about trade. \
            Norvia's foreign minister, Mira Tahan, said the talks were useful and long overdue. \
            The Kestrian envoy to Norvia, Pita Rangsit, said the embassy would stay open all week.
            """)
        #expect(found["Arlo Vesk"] == "kestria", "\(found)")
        #expect(found["Mira Tahan"] == "norvia", "\(found)")
        // The country after "to" is where the envoy serves; the demonym before the title is theirs.
        #expect(found["Pita Rangsit"] == "kestria", "\(found)")
    }

    @Test func theTablesOwnAffiliationStaysFirst() {
        let found = people("Officials said the talks went well after Kestria's Hana Ortiz arrived at the border late.")
        #expect(found["Hana Ortiz"] == "norvia", "\(found)")
    }

    @Test func aBodyABirthplaceOrACountryElsewhereGivesNone() {
        let found = people(
            """
            Norvia's Halvex Industries said profits rose sharply this year despite the long strike. \
            A Kestrian court told Jora Meskel to leave the country within a week of the ruling. \
            The Norvian-born Tovi Lannert wrote a long book about the war and its aftermath. \
            The ambassador to Ruritania, Sela Marroq, said the embassy would reopen in the spring.
            """)
        #expect(found["Halvex Industries"] == nil, "\(found)")
        #expect(found["Jora Meskel"] == "", "\(found)")
        #expect(found["Tovi Lannert"] == "", "\(found)")
        #expect(found["Sela Marroq"] == "", "\(found)")
    }
}
