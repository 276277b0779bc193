import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let kestrian = "[Kestrian|country|kestria]"
private let kestria = "[Kestria|country|kestria]"
private let union = "[EU|organization|eu]"

@Suite("Meeting objects: a person named after a described office")
struct MeetingDescribedHolderTests {
    @Test("an office with a lowercase complement names the person after it")
    func officeWithLowercaseComplement() {
        let m = Markup.meetings(
            """
            Tensions rose after \(tomas) met with the leader of the \(kestrian) opposition \(ana) in May.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a complement with its own 'and' stays one description")
    func complementWithAnd() {
        let m = Markup.meetings(
            """
            \(tomas) talked to the \(union) special envoy for the dialogue between Port Vela and Norvik \(ana) on Friday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings(
            """
            \(tomas) met with the \(union) high representative for foreign and security policy \(ana) in Norvik.
            """)
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a described office opens the sentence: its holder is the subject of a later verb")
    func describedOpeningSubject() {
        let m = Markup.meetings(
            """
            The newly elected President for \(kestria) \(tomas) has made his first visit to Norvik and held talks with Premier \(ana).
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a person who has a title of their own inside the complement is not the holder")
    func complementWithItsOwnTitle() {
        let m = Markup.meetings(
            """
            \(tomas) met with a special envoy of the \(kestrian) President \(ana) on Friday.
            """)
        #expect(!m.pairs.contains("ana-lind+tomas-berg"), "\(m.pairs)")
    }

    @Test("'and' before a title or a person ends the description")
    func andStartsTheNextItem() {
        #expect(
            MeetingMatcherProbe.describedHolder(
                "\(tomas) met the leader of the opposition and President \(ana) and \(mei).", from: "the leader")
                == nil)
        #expect(
            MeetingMatcherProbe.describedHolder(
                "\(tomas) met the leader of the team that beat \(ana).", from: "the leader")
                == nil)
    }

    @Test("a verb before the office starts another clause, not a description")
    func verbBeforeOffice() {
        let m = Markup.meetings(
            """
            \(tomas) met \(mei) and praised the leader of the \(kestrian) opposition \(ana) on Friday.
            """)
        #expect(m.pairs == ["mei-chen+tomas-berg"], "\(m.pairs)")
    }
}

/// Runs `describedHolder` on one sentence from the token that starts with `word`.
enum MeetingMatcherProbe {
    static func describedHolder(_ markup: String, from words: String) -> String? {
        let r = Markup.article(markup)
        let context = ArticleContext(r)
        let tokens = context.tokens(sentence: 0)
        let matcher = MeetingMatcher(tokens: tokens, sentence: 0, article: context)
        let first = String(words.split(separator: " ")[0]).lowercased()
        guard let i = tokens.indices.first(where: { matcher.word($0) == Word(first) }) else { return "no start" }
        return matcher.describedHolder(from: i).map { r.entities[tokens[$0].entity].id }
    }
}
