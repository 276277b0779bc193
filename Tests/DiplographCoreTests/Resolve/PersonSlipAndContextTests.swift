import Foundation
import Testing

@testable import DiplographCore

/// The person rules of `Rules/PersonSourceSlips.swift` and `Rules/PersonContexts.swift`, on
/// invented names and an invented table, each with a counterexample that must not fire.
@Suite struct PersonSlipAndContextTests {
    /// An invented table: four people and a country with its demonym.
    static let resolver = Resolver(
        table: AliasTable(entries: [
            AliasEntry(id: "ivo-brandtner", type: .person, name: "Ivo Brandtner", affiliation: "norvia"),
            AliasEntry(id: "lena-varga", type: .person, name: "Lena Varga", affiliation: "norvia"),
            AliasEntry(
                id: "tamo-bin-harun-al-vesk", type: .person, name: "Tamo bin Harun Al Vesk",
                aliases: ["Sheikh Tamo", "Tamo bin Harun"], affiliation: "norvia"),
            AliasEntry(
                id: "luis-ferro-da-costa", type: .person, name: "Luis Ferro da Costa", aliases: ["Ferro da Costa"]),
            AliasEntry(id: "norvia", type: .country, name: "Norvia", demonyms: ["Norvian"]),
        ]))

    func resolve(_ text: String) -> ResolvedArticle {
        let (a, s) = TestArticles.make(text, id: "t")
        return Self.resolver.resolve(a, sentences: s)
    }

    func people(_ r: ResolvedArticle) -> Set<String> { Set(r.entities.filter { $0.type == .person }.map(\.name)) }

    // MARK: - Slips of the source

    @Test func aFunctionWordGluedToANameIsDropped() {
        let r = resolve(
            "Headline here\nThe talks of President Ivo Brandtnerwith Governor Tavo Menkwas held in May. Menk left. "
                + "Brandtner spoke.")
        #expect(people(r) == ["Ivo Brandtner", "Tavo Menk"])
        // A glued ending whose head never stands alone stays ("Hollwas" is one word).
        let c = resolve("Headline here\nThe talks with Governor Tavo Hollwas went on. He left.")
        #expect(people(c) == ["Tavo Hollwas"])
    }

    @Test func aTableNameWithALowercaseWordIsStillTheName() {
        let r = resolve("Headline here\nNorvian President Ivo brandtner has sent a delegation.")
        #expect(people(r) == ["Ivo Brandtner"])
        #expect(!people(r).contains("Ivo"))
        // A verb or function word after the given name completes nothing.
        let c = resolve("Headline here\nThe delegate Ivo said the talks went well. Lena went home.")
        #expect(!people(c).contains("Ivo Brandtner") && !people(c).contains("Lena Varga"))
    }

    // MARK: - Contexts

    @Test func aPluralDemonymBeforeNamesMakesPeople() {
        let r = resolve("Headline here\nHe counts wealthy Norvians Tavo Menk and Arla Quist among his friends.")
        #expect(people(r) == ["Tavo Menk", "Arla Quist"])
        #expect(r.entities.contains { $0.id == "norvia" })
        // A word ending in "s" that is no demonym, and a singular demonym, open no name.
        let c = resolve("Headline here\nHe counts Pastors Tavo Menk among his friends. Norvian Tavo Quist left.")
        #expect(people(c).isEmpty)
    }

    @Test func aRunAfterAPossessiveTitleIsNoHolder() {
        let r = resolve("Headline here\nThe Prime Minister's Media Unit stated that talks were held.")
        #expect(people(r).isEmpty)
        // A title of its own after the possessive still names its holder.
        let c = resolve("Headline here\nThe Prime Minister's Secretary Tavo Menk was present.")
        #expect(people(c) == ["Tavo Menk"])
    }

    @Test func aRunWithItsAcronymInBracketsIsABody() {
        let r = resolve("Headline here\nChairman of Norvia Vell Dunmark (NVD) Professor Tavo Menk was present.")
        #expect(!people(r).contains("Vell Dunmark"))
        #expect(people(r).contains("Tavo Menk"))
        // Initials that do not end the acronym: a person with a note in brackets.
        let c = resolve("Headline here\nChairman Vell Dunmark (NATO) was present.")
        #expect(people(c) == ["Vell Dunmark"])
    }

    @Test func aOneWordComplementBeforeATwoWordName() {
        let r = resolve("Headline here\nLetters came from Archbishop of Norvik Tavo Menk and the envoy.")
        #expect(people(r) == ["Tavo Menk"])
        // Two words after "of": no split ("Governor of Vexmoor Bay" names no one).
        let c = resolve("Headline here\nLetters came from the Governor of Vexmoor Bay and the envoy.")
        #expect(people(c).isEmpty)
    }

    @Test func aTableShortFormOpeningASentenceBeforeAVerb() {
        let r = resolve("Headline here\nTalks were held. Brandtner was pleased with them.")
        #expect(people(r) == ["Ivo Brandtner"])
        // Without a verb after it, a sentence-initial capital says nothing.
        let c = resolve("Headline here\nTalks were held. Brandtner voters were pleased with them.")
        #expect(people(c).isEmpty)
    }

    @Test func aWordBeforeAffairsIsPartOfThePortfolio() {
        let r = resolve("Headline here\nThe king received Minister of State for Kestrian Affairs Arla Quist Menk.")
        #expect(people(r) == ["Arla Quist Menk"])
        // Without "Affairs" the word after "for" is no portfolio word: no holder is split off.
        let c = resolve("Headline here\nThe king received Minister of State for Kestrian Arla Quist Menk.")
        #expect(!people(c).contains("Arla Quist Menk"))
    }

    @Test func aShortAliasThenTheRestOfTheFullNameIsOneMention() {
        let r = resolve("Headline here\nThe Emir Sheikh Tamo bin Harun Al-Vesk told a magazine that ties are good.")
        #expect(people(r) == ["Tamo bin Harun Al Vesk"])
        // Another name after the alias is not taken into it.
        let c = resolve("Headline here\nThe Emir Sheikh Tamo Arla Quist told a magazine that ties are good.")
        #expect(!people(c).contains { $0.contains("Harun") && $0.contains("Quist") })
    }

    @Test func aTitledGivenNameIsTheArticlesTablePerson() {
        let r = resolve(
            "Headline here\nEmir Tamo bin Harun met the envoy. Later, Sheikh Tamo spoke. "
                + "Governor Tamo left.")
        #expect(people(r) == ["Tamo bin Harun Al Vesk"])
        // Without that person in the article, a titled one-word name is someone new.
        let c = resolve("Headline here\nGovernor Pell met the envoy. Later, Governor Pell left.")
        #expect(people(c) == ["Pell"])
    }

    @Test func aTitleWithAnApostropheGoesOnToTheName() {
        let r = resolve("Headline here\nAna Lind met the Minister of Norvia, Dato’ Tavo Menk, on Monday.")
        #expect(people(r).contains("Tavo Menk"))
        // An apostrophe after a word that is no title ends the span.
        // (A family name that is an English word: no name shape of `PersonNameShape` either.)
        let c = resolve("Headline here\nThe crowd visited Vellar’ Tavo Mink on Monday.")
        #expect(!people(c).contains("Tavo Mink"))
    }

    @Test func anAppositiveEndsWithItsSentence() {
        // A Title Case line, then a sentence that opens with a title noun: no appositive.
        let r = resolve(
            "Support us\n\nVotes Show Norvia Doesn't Want Peace, Council Says\n\nKremlin spokesman Tavo Menk.")
        #expect(!people(r).contains { $0.contains("Peace") })
        // Inside one sentence the appositive still types the name.
        let c = resolve("Headline here\nThey met Arla Quist, a senior adviser to the council, on Monday.")
        #expect(people(c).contains("Arla Quist"))
    }

    @Test func aLowercasePersonNounWorksAsATitle() {
        let r = resolve("Headline here\nThe court barred opposition member Arla Quist Menk from the vote.")
        #expect(people(r) == ["Arla Quist Menk"])
        // Capitalised it opens no name, and a body with a cue word stays a body.
        let c = resolve("Headline here\nThe Member States backed it. The member Vell Steel Group paid.")
        #expect(people(c).isEmpty)
    }

    @Test func aSpouseSharingTheFamilyNameIsSomeoneElse() {
        let r = resolve(
            "Headline here\nPresident Luis Ferro da Costa and his wife Madame Rosa Ferro da Costa arrived on Monday.")
        #expect(people(r) == ["Luis Ferro da Costa", "Rosa Ferro da Costa"])
        // Without "wife" the given names before the table name are more of that person's names.
        let c = resolve("Headline here\nPresident Antonio Ferro da Costa arrived on Monday.")
        #expect(people(c) == ["Luis Ferro da Costa"])
    }
}
