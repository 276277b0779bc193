import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let tue = PartialDate(year: 2025, month: 3, day: 11)
private let thu = PartialDate(year: 2025, month: 3, day: 13)
private let pub = PartialDate(year: 2025, month: 3, day: 14)

/// Dates that the lead of a story gives a meeting reported after it (`ArticleMeetings.leadDates`).
@Suite("Meeting dates from the lead")
struct MeetingLeadDateTests {
    @Test("an office holder who received, hosted or welcomed guests dates what follows; a letter does not")
    func unnamedHosting() {
        let hosted = Markup.meetings(
            """
            The President of Ostria received on Tuesday the heads of government of four countries.
            \(ana) held bilateral meetings with \(tomas).
            """, published: pub, dates: ["on Tuesday": tue])
        #expect(hosted.report("ana-lind", "tomas-berg")?.date == tue)
        // Counterexample: something received is not a meeting, and no office is named.
        let letter = Markup.meetings(
            """
            The ministry received the letter on Tuesday from the harbour board.
            \(ana) held bilateral meetings with \(tomas).
            """, published: pub, dates: ["on Tuesday": tue])
        #expect(letter.report("ana-lind", "tomas-berg")?.date == nil)
    }

    @Test("a lead that names some of the participants and a meeting dates it; another person's does not")
    func namedPart() {
        let m = Markup.meetings(
            """
            [Lind|person|ana-lind]'s meeting with regional officials ended on Thursday in the capital.
            The officials spoke to reporters afterwards.
            \(ana) met \(tomas) and the trade envoys.
            """, published: pub, dates: ["on Thursday": thu])
        #expect(m.report("ana-lind", "tomas-berg")?.date == thu)
        // Counterexample: the lead's meeting is someone else's.
        let n = Markup.meetings(
            """
            \(mei)'s meeting with regional officials ended on Thursday in the capital.
            \(ana) met \(tomas) and the trade envoys.
            """, published: pub, dates: ["on Thursday": thu])
        #expect(n.report("ana-lind", "tomas-berg")?.date == nil)
    }

    @Test("a meeting told in the headline takes the date of a lede about one of its participants")
    func headlineLede() {
        func extract(_ lede: String) -> [MeetingReport] {
            var r = Markup.article("\(ana), \(tomas) hold talks on fish quotas\n\n\(lede)", published: pub)
            r.article.blocks[0].kind = .headline
            return MeetingExtractor.extract(r, dates: Markup.dates(["on Thursday": thu]))
        }
        #expect(
            extract("The welcoming ceremony for [Lind|person|ana-lind] was held on Thursday at the old fort.")
                .report("ana-lind", "tomas-berg")?.date == thu)
        // Counterexample: a lede about someone else dates nothing of theirs (the headline's
        // meeting is then the day's news: `MeetingNewsOfTheDayTests`).
        #expect(
            extract("The welcoming ceremony for \(mei) was held on Thursday at the old fort.")
                .report("ana-lind", "tomas-berg")?.date == pub)
    }

    @Test("a lead sentence that tells the visitor's arrival or visit dates the visitor's meeting after it")
    func visit() {
        let m = Markup.meetings(
            """
            Fish prices fell along the coast.
            \(ana) arrived in the capital on Thursday.
            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Thursday": thu])
        #expect(m.report("ana-lind", "tomas-berg")?.date == thu)
        // Counterexample: someone else's arrival dates nothing of theirs.
        let n = Markup.meetings(
            """
            Fish prices fell along the coast.
            \(mei) arrived in the capital on Thursday.
            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Thursday": thu])
        #expect(n.report("ana-lind", "tomas-berg")?.date == nil)
    }
}
