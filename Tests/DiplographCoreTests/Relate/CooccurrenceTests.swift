import Testing

@testable import DiplographCore

@Suite("Co-occurrence")
struct CooccurrenceTests {
    /// Two paragraphs: A+B in one sentence, then A alone; then B+C, then A+C.
    static let markup = """
        [Ana Lind|person|ana-lind] met [Tomas Berg|person|tomas-berg] in [Oslo|place|oslo].
        [Lind|person|ana-lind] flew home on Friday.

        [Berg|person|tomas-berg] later called [Mei Chen|person|mei-chen].
        Nothing else happened.
        [Chen|person|mei-chen] thanked [Ana Lind|person|ana-lind] and [Lind|person|ana-lind] smiled.
        """

    static let ab = EntityPair("ana-lind", "tomas-berg")
    static let ac = EntityPair("ana-lind", "mei-chen")
    static let bc = EntityPair("mei-chen", "tomas-berg")

    @Test("sentence window: one count per sentence mentioning both, however many mentions")
    func sentenceWindow() {
        var c = CooccurrenceCounter(window: .sentence)
        c.add(Markup.article(Self.markup))
        #expect(c.pairs[Self.ab]?.windows == 1)
        #expect(c.pairs[Self.ac]?.windows == 1)  // two mentions of Ana in one sentence: one window
        #expect(c.pairs[Self.bc]?.windows == 1)
        #expect(c.pairs[EntityPair("ana-lind", "oslo")]?.windows == 1)
        #expect(c.pairs.count == 5)  // ab, a-oslo, b-oslo, bc, ac
        #expect(c.totalWindows == 5)  // every sentence is a window, mentions or not
        #expect(c.entityWindows["ana-lind"] == 3)
        #expect(c.entityWindows["tomas-berg"] == 2)
    }

    @Test("paragraph window: pairs across sentences of one paragraph")
    func paragraphWindow() {
        var c = CooccurrenceCounter(window: .paragraph)
        c.add(Markup.article(Self.markup))
        #expect(c.pairs[Self.ab]?.windows == 2)  // both paragraphs mention Ana and Tomas
        #expect(c.pairs[Self.ac]?.windows == 1)
        #expect(c.pairs[Self.bc]?.windows == 1)
        #expect(c.pairs[EntityPair("mei-chen", "oslo")] == nil)
        #expect(c.totalWindows == 2)
        #expect(c.entityWindows["ana-lind"] == 2)
        #expect(c.entityWindows["mei-chen"] == 1)
    }

    @Test("article window: every pair once per article")
    func articleWindow() {
        var c = CooccurrenceCounter(window: .article)
        c.add(Markup.article(Self.markup))
        #expect(c.pairs[Self.ab]?.windows == 1)
        #expect(c.pairs[EntityPair("mei-chen", "oslo")]?.windows == 1)
        #expect(c.pairs.count == 6)
        #expect(c.totalWindows == 1)
        #expect(c.entityWindows.values.allSatisfy { $0 == 1 })
    }

    @Test("distinct articles, sorted, and windows summed over articles")
    func articles() {
        var c = CooccurrenceCounter()
        c.add(Markup.article(Self.markup, id: "b2"))
        c.add(Markup.article(Self.markup, id: "a1"))
        c.add(Markup.article("[Mei Chen|person|mei-chen] praised [Oslo|place|oslo].", id: "c3"))
        #expect(c.pairs[Self.ab]?.articles == ["a1", "b2"])
        #expect(c.pairs[Self.ab]?.windows == 2)
        #expect(c.pairs[EntityPair("mei-chen", "oslo")]?.articles == ["c3"])
        #expect(c.totalWindows == 11)
    }

    @Test("the per-article cap limits what one article gives one pair")
    func cap() {
        let text = """
            [Ana Lind|person|ana-lind] and [Tomas Berg|person|tomas-berg] spoke.
            [Ana Lind|person|ana-lind] and [Tomas Berg|person|tomas-berg] walked.
            [Ana Lind|person|ana-lind] and [Tomas Berg|person|tomas-berg] ate.
            """
        var capped = CooccurrenceCounter(window: .sentence, capPerArticle: 2)
        capped.add(Markup.article(text, id: "x"))
        capped.add(Markup.article(text, id: "y"))
        #expect(capped.pairs[Self.ab]?.windows == 4)
        var free = CooccurrenceCounter(window: .sentence)
        free.add(Markup.article(text, id: "x"))
        #expect(free.pairs[Self.ab]?.windows == 3)
        // The cap does not touch the entity counts used for association measures.
        #expect(capped.entityWindows["ana-lind"] == 6)
    }

    @Test("evidence: the first sentence, in input order, that mentions both")
    func evidence() {
        var c = CooccurrenceCounter(window: .paragraph)
        let first = Markup.article(Self.markup, id: "z9")
        c.add(first)
        c.add(Markup.article(Self.markup, id: "a0"))
        let ev = c.pairs[Self.ab]?.evidence
        #expect(ev?.article == "z9")  // input order, not id order
        #expect(ev?.sentence == "Ana Lind met Tomas Berg in Oslo.")
        #expect(ev?.offset == 0)
        let ac = c.pairs[Self.ac]?.evidence
        #expect(ac?.sentence == "Chen thanked Ana Lind and Lind smiled.")
        #expect(ac?.offset == Markup.offset(of: "Chen thanked", in: first))
        // No sentence names both: the sentence where they first shared the window.
        var a = CooccurrenceCounter(window: .article)
        a.add(first)
        #expect(a.pairs[EntityPair("mei-chen", "oslo")]?.evidence?.sentence == "Berg later called Mei Chen.")
        #expect(a.pairs[Self.ab]?.evidence?.offset == 0)
    }

    @Test("mentions out of text order count the same")
    func unordered() {
        var r = Markup.article(Self.markup)
        r.mentions.reverse()
        var c = CooccurrenceCounter(window: .paragraph)
        c.add(r)
        var d = CooccurrenceCounter(window: .paragraph)
        d.add(Markup.article(Self.markup))
        #expect(c.pairs.mapValues(\.windows) == d.pairs.mapValues(\.windows))
        #expect(c.entityWindows == d.entityWindows)
    }

    @Test("two local entities with one id count as one entity")
    func sharedID() {
        var r = Markup.article(
            "[Ana Lind|person|ana-lind] met [A. Lind|person|ana-lind2] and [Tomas Berg|person|tomas-berg].")
        r.entities[1].id = "ana-lind"
        var c = CooccurrenceCounter()
        c.add(r)
        #expect(c.pairs.count == 1)
        #expect(c.pairs[Self.ab]?.windows == 1)
        #expect(c.entityWindows["ana-lind"] == 1)
    }
}
