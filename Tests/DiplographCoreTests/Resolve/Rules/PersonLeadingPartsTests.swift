import Foundation
import Testing

@testable import DiplographCore

/// `EntityAggregator.personVariantMerges`, leading parts: a name with its last part left out
/// joins the one longer name that begins with it when both hold one office (invented names).
@Suite struct PersonLeadingPartsTests {
    func person(_ name: String, roles: [String]) -> LocalEntity { TestCorpus.person(name, roles: roles) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func joinsTheOneLongerNameOfTheSameOffice() {
        let index = aggregate([
            [person("Ivo K Marsh Dallin", roles: ["Prime Minister"])],
            [person("Ivo K Marsh", roles: ["Prime Minister"])],
        ])
        #expect(index.canonicalID("ivo-k-marsh") == "ivo-k-marsh-dallin")
    }

    @Test func noOfficeInCommonOrTwoLongerNamesStayApart() {
        let noOffice = aggregate([
            [person("Ivo K Marsh Dallin", roles: ["Prime Minister"])],
            [person("Ivo K Marsh", roles: [])],
        ])
        #expect(noOffice.remap.isEmpty)
        // "Kim Pol" with both "Kim Pol Un" and "Kim Pol Il": nobody can say which.
        let two = aggregate([
            [person("Kim Pol Un", roles: ["Chairman"]), person("Kim Pol Il", roles: [])],
            [person("Kim Pol", roles: ["Chairman"])],
        ])
        #expect(two.remap.isEmpty)
    }
}
