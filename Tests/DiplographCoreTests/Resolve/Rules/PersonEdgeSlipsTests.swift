import Foundation
import Testing

@testable import DiplographCore

/// `PersonVariants.isEdgeSlip` and its use by `EntityAggregator.personVariantMerges`: a slip
/// in a short first or last word joins two spellings that hold one office (invented names).
@Suite struct PersonEdgeSlipsTests {
    typealias P = PersonVariants

    @Test func patternsReplaceTheFirstOrTheLastWord() {
        let id = "tomas-r-velo"
        #expect(P.edgeSlipPatterns(id, P.words(id)) == ["*t-r-velo", "tomas-r-*v"])
        #expect(P.edgeSlipPatterns("velo", ["velo"]).isEmpty)
    }

    @Test func droppedLetterOrYIWithOneOffice() {
        #expect(P.isEdgeSlip("tomas-vel", "tomas-velo", sharedOffice: true))
        #expect(P.isEdgeSlip("al-dorskin", "ali-dorskin", sharedOffice: true))
        #expect(P.isEdgeSlip("maya-orvane", "maia-orvane", sharedOffice: true))
        // Three words, the last one of five letters or more: no office needed.
        #expect(P.isEdgeSlip("ahmed-salim-borgo", "ahmed-salim-borgao", sharedOffice: false))
    }

    @Test func otherNamesStayApart() {
        // No office in common for a two-word name.
        #expect(!P.isEdgeSlip("tomas-vel", "tomas-velo", sharedOffice: false))
        // Two letters changed: "Kim Pol Un" and "Kim Pol Il".
        #expect(!P.isEdgeSlip("kim-pol-un", "kim-pol-il", sharedOffice: true))
        // One letter replaced by another: two brothers "Jon Dale" and "Jan Dale".
        #expect(!P.isEdgeSlip("jon-dalewick", "jan-dalewick", sharedOffice: true))
        // A middle word: "Ana Maria Lorne" and "Ana Marta Lorne" are two people.
        #expect(!P.isEdgeSlip("ana-maria-lorne", "ana-mara-lorne", sharedOffice: true))
        // Two words differ; another first letter; too little left in common.
        #expect(!P.isEdgeSlip("maya-orvane", "maia-orvan", sharedOffice: true))
        #expect(!P.isEdgeSlip("tomas-vel", "tomas-kvel", sharedOffice: true))
        #expect(!P.isEdgeSlip("li-bo", "li-bon", sharedOffice: true))
        // No office, and the shorter last word keeps only four letters.
        #expect(!P.isEdgeSlip("ahmed-salim-borgo", "ahmed-salim-borg", sharedOffice: false))
    }

    func person(_ name: String, roles: [String]) -> LocalEntity { TestCorpus.person(name, roles: roles) }

    func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex { TestCorpus.aggregate(articles) }

    @Test func corpusJoinsTheSlipIntoTheMoreMentionedSpelling() {
        let index = aggregate([
            [person("Tomas Velo", roles: ["President"])],
            [person("Tomas Velo", roles: ["President"])],
            [person("Tomas Vel", roles: ["President"])],
        ])
        #expect(index.canonicalID("tomas-vel") == "tomas-velo")
        // Another office: two people as far as the corpus can tell.
        let apart = aggregate([
            [person("Tomas Velo", roles: ["President"])],
            [person("Tomas Vel", roles: ["Ambassador"])],
        ])
        #expect(apart.remap.isEmpty)
        // Two spellings a slip away ("Tomas Vela", "Tomas Velo"): nobody can say which.
        let two = aggregate([
            [person("Tomas Velo", roles: ["President"]), person("Tomas Vela", roles: ["President"])],
            [person("Tomas Vel", roles: ["President"])],
        ])
        #expect(two.canonicalID("tomas-vel") == "tomas-vel")
    }
}
