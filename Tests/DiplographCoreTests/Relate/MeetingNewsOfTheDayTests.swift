import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let pub = PartialDate(year: 2031, month: 6, day: 12)

/// An undated meeting that the lede or the headline tells is the news of the publication day
/// (`Meetings+NewsOfTheDay.swift`).
@Suite("Meetings told as the news of the day")
struct MeetingNewsOfTheDayTests {
    func ledeDate(_ lede: String, published: PartialDate? = pub) -> PartialDate? {
        Markup.meetings(lede, published: published).report("ana-lind", "tomas-berg")?.date
    }

    func headlineDate(_ headline: String, published: PartialDate? = pub) -> PartialDate? {
        var r = Markup.article("\(headline)\n\nFish prices fell along the coast of the bay.", published: published)
        r.article.blocks[0].kind = .headline
        return MeetingExtractor.extract(r, dates: Markup.dates([:])).report("ana-lind", "tomas-berg")?.date
    }

    @Test("a present perfect in the lede is the publication day")
    func presentPerfectLede() {
        #expect(ledeDate("\(ana) has held talks with \(tomas) in the old town.") == pub)
        #expect(ledeDate("\(ana) and \(tomas) have met in the old town.") == pub)
        // Counterexamples: a past perfect, a meeting that is one of several or an earlier one.
        #expect(ledeDate("\(ana) had met \(tomas) in the old town.") == nil)
        #expect(ledeDate("\(ana) has met \(tomas) three times since the treaty.") == nil)
        #expect(ledeDate("\(ana) has never met \(tomas) in the old town.") == nil)
        // A publication date without its day gives none.
        #expect(ledeDate("\(ana) has held talks with \(tomas).", published: PartialDate(year: 2031, month: 6)) == nil)
    }

    @Test("a headline's meeting that the lede does not date is the publication day")
    func headline() {
        #expect(headlineDate("\(ana) meets \(tomas) in the old town") == pub)
        #expect(headlineDate("\(ana) held talks with \(tomas) in the old town") == pub)
        #expect(headlineDate("\(ana) had talks with \(tomas) in the old town") == pub)
        // Counterexamples: a past perfect or an earlier meeting; no day in the publication date.
        #expect(headlineDate("\(ana) had met \(tomas) before the vote") == nil)
        #expect(headlineDate("\(ana) meets \(tomas) again, three years after their last talks") == nil)
        let month = PartialDate(year: 2031, month: 6)
        #expect(headlineDate("\(ana) meets \(tomas) in the old town", published: month) == nil)
    }

    @Test("toldAsEarlier reads the auxiliary and the sentence's markers")
    func toldAsEarlier() {
        func earlier(_ s: String) -> Bool {
            let r = Markup.article(s)
            let ctx = ArticleContext(r)
            let t = ctx.tokens(sentence: 0)
            guard let anchor = t.firstIndex(where: { $0.kind == .word && MeetingLexicon.meetVerbs.contains($0.word) })
            else { return false }
            return ArticleMeetings.toldAsEarlier(t, anchor)
        }
        #expect(earlier("\(ana) had already met \(tomas)."))
        #expect(earlier("\(ana) has previously met \(tomas)."))
        #expect(!earlier("\(ana) has met \(tomas) in the old town."))
        #expect(!earlier("\(ana) met \(tomas) before the vote."))
        // "had" as a verb of its own with a meeting noun.
        #expect(ledeDate("\(ana) had talks with \(tomas) in the old town.") == pub)
    }
}
