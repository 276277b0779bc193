import Foundation
import Testing

@testable import DiplographCore

/// `PersonOffices`: one office under its names, and the leading-part merge that asks for one
/// (invented names), with counterexamples that must stay apart.
@Suite struct PersonOfficesTests {
    func person(_ name: String, roles: [String]) -> LocalEntity { TestCorpus.person(name, roles: roles) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func keys() {
        #expect(PersonOffices.same("Foreign Minister", "Foreign Secretary"))
        #expect(PersonOffices.same("Minister for Foreign Affairs", "Foreign Minister"))
        #expect(PersonOffices.same("Secretary of Foreign Affairs", "foreign secretary"))
        #expect(PersonOffices.same("Prime Minister", "prime minister"))
        // No portfolio, "of State", two portfolios, a rank: other offices.
        #expect(!PersonOffices.same("Secretary", "Foreign Secretary"))
        #expect(!PersonOffices.same("Secretary of State", "Minister of State"))
        #expect(!PersonOffices.same("Foreign Minister", "Finance Minister"))
        #expect(!PersonOffices.same("Deputy Foreign Minister", "Foreign Minister"))
        #expect(PersonOffices.key("Secretary General") == "secretary general")
    }

    @Test func joinsALastNameLeftOutUnderOneOfficeNamedTwoWays() {
        let index = aggregate([
            [person("Rosa Vesta Orrin", roles: ["Foreign Secretary"])],
            [person("Rosa Vesta", roles: ["Foreign Minister"])],
        ])
        #expect(index.canonicalID("rosa-vesta") == "rosa-vesta-orrin")
    }

    @Test func twoPortfoliosOrAFatherAndSonStayApart() {
        let portfolios = aggregate([
            [person("Rosa Vesta Orrin", roles: ["Finance Secretary"])],
            [person("Rosa Vesta", roles: ["Foreign Minister"])],
        ])
        #expect(portfolios.remap.isEmpty)
        // The father, a senator; the son, foreign minister: no office in common.
        let family = aggregate([
            [person("Ivo Marsh Jr", roles: ["Foreign Minister"])],
            [person("Ivo Marsh", roles: ["Senator"])],
        ])
        #expect(family.remap.isEmpty)
    }
}
