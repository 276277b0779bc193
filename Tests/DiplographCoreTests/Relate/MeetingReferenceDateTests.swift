import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let kestria = "[Kestria|country|kestria]"

/// Dates of meeting clauses against the article's reference day (`Article.referenceDate`),
/// where a clause's date stops belonging to it (`ArticleMeetings.opensOtherMeeting`), and the
/// clause of an earlier sentence that tells a meeting (`MeetingFinding.toldIn`). These use the
/// real `DateParser`.
@Suite("Meeting dates against the dateline's day and the telling clause")
struct MeetingReferenceDateTests {
    func date(_ markup: String, published: PartialDate?, dateline: PartialDate? = nil) -> String? {
        var r = Markup.article(markup, published: published)
        r.article.datelineDate = dateline
        return MeetingExtractor.extract(r).first { $0.participants == ["ana-lind", "tomas-berg"] }?.date?.iso
    }

    @Test("'today' and the lede's day are the dateline's day, not a header's a day later")
    func dayOfTheDateline() {
        let s = "A note.\n\(ana) held talks with \(tomas) today in the old town."
        let header = PartialDate(year: 2031, month: 3, day: 8)
        #expect(date(s, published: header, dateline: PartialDate(year: 2031, month: 3, day: 7)) == "2031-03-07")
        // Without a dateline date the header stays the reference.
        #expect(date(s, published: header) == "2031-03-08")
        // The lede default is the dateline's day.
        let lede = "\(ana) held talks with \(tomas) in the old town."
        #expect(date(lede, published: header, dateline: PartialDate(year: 2031, month: 3, day: 7)) == "2031-03-07")
        #expect(date(lede, published: header) == "2031-03-08")
    }

    @Test("the date after another meeting's noun phrase is that meeting's")
    func otherMeetingsDate() {
        let pub = PartialDate(year: 2031, month: 3, day: 5)
        let s = "\(ana) held talks with \(tomas) in the run-up to her meeting with Chancellor \(mei) on Thursday."
        #expect(date("A note.\n" + s, published: pub) == nil)
        // Counterexamples: a meeting noun with no other person after its "with", or with one of
        // the clause's own people, keeps the date.
        let u = "\(ana) met \(tomas), their first meeting with each other, on Monday."
        #expect(date("A note.\n" + u, published: pub) == "2031-03-03")
        let v = "\(ana) met \(tomas) for a meeting with \(tomas) and his aides on Monday."
        #expect(date("A note.\n" + v, published: pub) == "2031-03-03")
    }

    @Test("delegation members met on the day of the clause that tells the host's meeting")
    func delegationClauseDate() {
        let r = Markup.article(
            """
            A note.
            \(ana) met with a \(kestria) delegation on Monday (March 3) in the old town.
            The \(kestria) delegation, including \(tomas) and \(mei), thanked the hosts on Tuesday.
            """, published: PartialDate(year: 2031, month: 3, day: 5))
        let reports = MeetingExtractor.extract(r)
        #expect(reports.first { $0.participants == ["ana-lind", "tomas-berg"] }?.date?.iso == "2031-03-03")
        #expect(reports.first { $0.participants == ["ana-lind", "mei-chen"] }?.date?.iso == "2031-03-03")
        // Counterexample: the members' sentence's own date ("on Tuesday") is not the meeting's.
        #expect(!reports.contains { $0.date?.iso == "2031-03-04" })
    }
}
