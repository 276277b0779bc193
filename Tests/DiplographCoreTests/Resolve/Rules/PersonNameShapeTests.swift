import Foundation
import Testing

@testable import DiplographCore

/// The rules of `Rules/PersonNameShape.swift`: persons from the shape of a name with no title or
/// cue, and offices the table does not know before a name. Invented names, an invented table,
/// and counterexamples that must not fire.
@Suite struct PersonNameShapeTests {
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
            AliasEntry(id: "new-delhi", type: .place, name: "New Delhi"),
        ]))

    func people(_ text: String) -> Set<String> {
        let (a, s) = TestArticles.make(text, id: "t")
        return Set(Self.resolver.resolve(a, sentences: s).entities.filter { $0.type == .person }.map(\.name))
    }

    @Test func wellFormedNamesWithNoCueArePersons() {
        let text = """
            Quiet week in the capital
            The general took power from Ivan Marek last August and ruled since. The council sat under his \
            predecessor Jair Tovar in a long and tense session. Critics recalled the reforms during Anna Keller's \
            long tenure in the north. The president appointed Alikhan Dosov as acting prime minister on Monday. \
            Police detained Mira Tahan, a young woman, on her way home. The ban hits former party executives, \
            including Pita Rangsit and ten others. Police later detained Norvian Arlo Vesk near the border.
            """
        #expect(
            people(text) == [
                "Ivan Marek", "Jair Tovar", "Anna Keller", "Alikhan Dosov", "Mira Tahan", "Pita Rangsit", "Arlo Vesk",
            ])
    }

    /// Adherents of a faith are a group, not a person ("Sunni Muslims"); a given name that is
    /// also a faith's adjective ("Christian") still opens a name.
    @Test func faithGroupsAreNoPersons() {
        let text = """
            Tension in the region
            The dispute grew because Kestria mostly has Shi'ite Muslims and Norvia has Sunni Muslims. The Shia \
            Muslim majority backed the deal. Finance Minister Christian Berg said the talks went well.
            """
        #expect(people(text) == ["Christian Berg"])
    }

    @Test func theFamilyNameAloneLaterIsTheSamePerson() {
        let (a, s) = TestArticles.make(
            "Headline here\nThe general took power from Ivan Marek last August. Marek has since left the country.")
        let r = Self.resolver.resolve(a, sentences: s)
        let marek = r.entities.filter { $0.type == .person }
        #expect(marek.map(\.name) == ["Ivan Marek"])
        #expect(r.mentions.filter { r.entities[$0.entity].name == "Ivan Marek" }.count == 2)
    }

    @Test func unknownOfficesBeforeANameAreLeftOut() {
        let text = """
            Headline here
            The party chairman Barrister Omar Ali Shah joined Chief Organizer Lina Hamza at the rally in the north. \
            He also met Minister for Climate Change James Holt and Coordinating Minister for Maritime Affairs and \
            Investment Budi Santosa at the talks.
            """
        let found = people(text)
        #expect(found.isSuperset(of: ["Omar Ali Shah", "Lina Hamza", "James Holt", "Budi Santosa"]))
        #expect(
            found.allSatisfy { !$0.hasPrefix("Barrister") && !$0.hasPrefix("Organizer") && !$0.hasPrefix("Climate") })
    }

    @Test func anEnglishWordThatMayBeAGivenNameStays() {
        // "Maria" is an English word (a plural of "mare"), but one such word is no office.
        #expect(
            people("Headline here\nShe met Ivo Brandt of Norvia and Maria Elena Tovar of Vexmoor last week.")
                .contains("Maria Elena Tovar"))
        // A family name first stays too: "Park" is an English word.
        #expect(
            people("Headline here\nThe talks with President Park Geun-hye ended late on Friday.")
                .contains("Park Geun Hye"))
    }

    @Test func placesBodiesAndFurnitureAreNoPersons() {
        let text = """
            Talks At Gelora Bung Karno
            The leaders lunched at the Gelora Bung Karno complex and later stayed at the Padma State Guest House in \
            New Delhi for the night. Delegates from Norvia praised the Vexmoor Ice Festival and the Tovari Sangha \
            at length. They travelled on the Dravi-Koltan railway with their staff. The talks under Maroko-Widan \
            will carry on after the vote. Attacks by Doro Hamar fighters rose again in the north this year. Troops \
            moved toward Khel Varis overnight, and the delegates visited Tuvel Saro before they left.
            He was sworn in as Vexmoor Menteri Besar in the spring after the vote.
            Idul Venra.
            Call by Norvian Amb on Min Varkesh (small)
            """
        #expect(people(text).isEmpty)
    }

    @Test func aSentenceInitialOrHeadlineNameIsLeftToOtherRules() {
        // No cue and no verb of speech: a capitalised phrase opening a sentence says nothing.
        #expect(people("Headline here\nKhan Rosta was quiet on the night of the vote in the north.").isEmpty)
        #expect(people("Ivan Marek Wins Again\nThe results came in late on Sunday night in the north.").isEmpty)
    }

    @Test func inflectedEnglishWordsAreFoundByTheirStems() {
        #expect(EnglishWords.containsInflected(Array("houses".utf8)))
        #expect(EnglishWords.containsInflected(Array("signed".utf8)))
        #expect(EnglishWords.containsInflected(Array("raging".utf8)))
        #expect(!EnglishWords.containsInflected(Array("tovar".utf8)))
        #expect(!EnglishWords.containsInflected(Array("keller".utf8)))
    }

    /// The compiled-in word list is data/english-words.txt (regenerate with
    /// scripts/embed-english-words.sh), and its copyright notice is kept beside it.
    @Test func embeddedWordListMatchesTheDataFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try String(contentsOf: root.appendingPathComponent("data/english-words.txt"), encoding: .utf8)
        #expect(data == englishWordListText + "\n", "run scripts/embed-english-words.sh")
        let notice = try String(
            contentsOf: root.appendingPathComponent("data/english-words.COPYRIGHT"), encoding: .utf8)
        #expect(notice.contains("Copyright 2000-2011 by Kevin Atkinson"))
    }
}
