import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, places and parties are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let ida = "[Ida Holm|person|ida-holm]"
private let mei = "[Mei Chen|person|mei-chen]"
private let kestrian = "[Kestrian|country|kestria]"
private let norvian = "[Norvian|country|norvia]"
private let dravian = "[Dravian|country|dravia]"
private let norvia = "[Norvia|country|norvia]"
private let kestria = "[Kestria|country|kestria]"
private let duma = "[Duma|organization|duma]"
private let senate = "[Senate|organization|senate]"
private let party = "[Democratic Party|organization|dp]"

@Suite("Meeting objects: lists of persons with long descriptive titles")
struct MeetingTitledPersonTests {
    @Test("a lowercase description with a complement, after a counterpart")
    func lowercaseDescriptionInList() {
        let m = Markup.meetings(
            """
            \(mei) also met his \(kestrian) counterpart \(ana) and the \(dravian) prime minister's adviser on foreign affairs and national security \(tomas), to deepen ties.
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
    }

    @Test("a name set off by commas after a possessive description, then titled names")
    func commaSetNameThenTitles() {
        let m = Markup.meetings(
            """
            \(mei) discussed ways to deepen cooperation in areas of common interest with the ministry's Business Management Director, \(ana), \(norvian) Foreign Minister \(tomas) and \(kestrian) Foreign Minister \(ida).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ida-holm+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
    }

    @Test("an office of an organisation, and an organisation alone, each with a name after a comma")
    func organisationThenComma() {
        let m = Markup.meetings(
            """
            \(mei) also met with Prime Minister \(ana), the speaker of the \(duma) (Lower House), \(tomas), and the \(senate), \(ida).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ida-holm+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
    }

    @Test("a meeting between two chairmen of parties")
    func meetingBetweenChairmen() {
        let m = Markup.meetings(
            """
            The post came after a meeting between the Chairman of the \(norvian) People's Party \(ana) and the Chairman of the \(party) \(tomas) at the stadium.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
    }

    @Test("prime ministers of countries in a list")
    func officesOfCountries() {
        let m = Markup.meetings(
            """
            President \(mei) received the Prime Minister of \(norvia) \(ana), the Prime Minister of \(kestria) \(tomas), and Coordinating Minister for Maritime Affairs \(ida).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ida-holm+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
    }

    @Test("a subject list of titled phrases")
    func subjectList() {
        let m = Markup.meetings(
            """
            The Chairman of the \(norvian) People's Party \(ana) and the prime minister's adviser on foreign affairs \(tomas) met at the stadium on Sunday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
    }

    @Test("a plural of guests, then the titled people among them")
    func amongThem() {
        let m = Markup.meetings(
            """
            President \(mei) received guests of state, among them the Prime Minister of \(norvia) \(ana), the Prime Minister of \(kestria) \(tomas), at the palace.
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
    }

    @Test("a title set off by commas after the name, then the next item")
    func appositiveTitle() {
        let m = Markup.meetings(
            """
            \(mei) met \(ana), the \(kestrian) foreign minister, and \(tomas) on Friday.
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
        let n = Markup.meetings(
            """
            \(mei) met \(ana), the \(kestrian) foreign minister, and praised \(tomas) on Friday.
            """)
        #expect(n.pairs == ["ana-lind+mei-chen"], "\(n.pairs)")
    }

    @Test("any noun after 'the' heads a description when a complement follows it")
    func nounWithComplement() {
        let m = Markup.meetings(
            """
            \(mei) also met with Prime Minister \(ana), the heads of the \(duma), \(tomas), and the \(senate), \(ida).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ida-holm+mei-chen", "mei-chen+tomas-berg"], "\(m.pairs)")
        #expect(TitledProbe.person("\(mei) met the rest of the \(duma), \(tomas) said.", from: "the") == nil)
        #expect(TitledProbe.person("\(mei) met the praised of the \(duma) \(tomas).", from: "the") == nil)
    }

    @Test("a title set off after a name that ends in a missed name is an item, not a title")
    func appositiveEndsInName() {
        #expect(
            TitledProbe.appositive("\(mei) met \(ana), Ambassador of \(norvia) Arvo Lindqvist, and \(tomas).") == nil)
        #expect(TitledProbe.appositive("\(mei) met \(ana), Ambassador of \(norvia), and \(tomas).") != nil)
    }

    @Test("a verb opens the second item: only the first person was met")
    func verbEndsTheList() {
        let m = Markup.meetings(
            """
            \(mei) met \(ana) and praised the \(dravian) prime minister's adviser on foreign affairs \(tomas).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen"], "\(m.pairs)")
    }

    @Test("a relative clause after the first person ends the list")
    func relativeClauseEndsTheList() {
        let m = Markup.meetings(
            """
            \(mei) met the adviser on foreign affairs \(ana), who later praised the speaker of the \(duma) \(tomas).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen"], "\(m.pairs)")
    }

    @Test("a person with a title of their own inside the complement is not the one met")
    func ownTitleInComplement() {
        let m = Markup.meetings(
            """
            \(mei) met an adviser on trade of President \(ana) on Friday.
            """)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
        #expect(TitledProbe.person("\(mei) met the wife of the \(kestrian) President \(ana).", from: "the") == nil)
    }

    @Test("a name after a comma that a reporting verb follows is the speaker, not the holder")
    func reportingVerbAfterComma() {
        #expect(TitledProbe.person("\(mei) met the speaker of the \(duma), \(ana) said.", from: "the") == nil)
        #expect(
            TitledProbe.person("\(mei) met the speaker of the \(duma), \(ana), on Friday.", from: "the") == "ana-lind")
    }

    @Test("a list of titled phrases without a meeting verb reports nothing")
    func noMeetingVerb() {
        let m = Markup.meetings(
            """
            \(mei) praised the Prime Minister of \(norvia) \(ana) and the Chairman of the \(party) \(tomas).
            """)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }

    @Test("the list reader splits at commas and 'and', and cuts an apposition without 'and'")
    func listReader() {
        #expect(
            TitledProbe.list(
                "\(mei) met the Prime Minister of \(norvia) \(ana), the speaker of the \(duma), \(tomas), and the \(senate), \(ida).",
                from: "the") == ["ana-lind", "tomas-berg", "ida-holm"])
        #expect(
            TitledProbe.list(
                "\(mei) met the Prime Minister of \(norvia) \(ana), the \(kestrian) envoy \(tomas).", from: "the")
                == ["ana-lind"])
    }
}

/// Runs the titled-person chunker on one sentence from the first token that is `word`.
enum TitledProbe {
    static func matcher(_ markup: String, from word: String) -> (MeetingMatcher, Int, ResolvedArticle)? {
        let r = Markup.article(markup)
        let context = ArticleContext(r)
        let tokens = context.tokens(sentence: 0)
        let matcher = MeetingMatcher(tokens: tokens, sentence: 0, article: context)
        guard let i = tokens.indices.first(where: { matcher.word($0) == Word(word) }) else { return nil }
        return (matcher, i, r)
    }

    static func person(_ markup: String, from word: String) -> String? {
        guard let (m, i, r) = matcher(markup, from: word), let c = m.titledPerson(from: i) else { return nil }
        return r.entities[m.t[c.person].entity].id
    }

    /// `appositiveEnd` after the first person's comma.
    static func appositive(_ markup: String) -> Int? {
        let r = Markup.article(markup)
        let context = ArticleContext(r)
        let tokens = context.tokens(sentence: 0)
        let m = MeetingMatcher(tokens: tokens, sentence: 0, article: context)
        guard let p = tokens.indices.dropFirst().first(where: { m.isPerson($0) }) else { return nil }
        return m.appositiveEnd(after: p + 1)
    }

    static func list(_ markup: String, from word: String) -> [String] {
        guard let (m, i, r) = matcher(markup, from: word), let l = m.titledList(from: i) else { return [] }
        return l.people.map { r.entities[m.t[$0].entity].id }
    }
}
