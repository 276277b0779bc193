import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

/// An article without a publication date bounds its undated reports by the latest year it
/// states (`DateParser+StatedYear.swift`), so that the merge keeps them from the pair's meetings
/// of earlier years (`MeetingMerger.within`).
@Suite("Meeting reports of an article without a publication date")
struct MeetingStatedYearTests {
    /// Each report's publication date and stated year.
    func published(_ markup: String, published: PartialDate? = nil) -> [String?] {
        MeetingExtractor.extract(Markup.article(markup, published: published)).map {
            $0.published?.iso ?? $0.statedYear.map { "from \($0)" }
        }
    }

    @Test("undated reports carry the latest year the text states")
    func latestYear() {
        let s = "A note.\n\(ana) met \(tomas) in the old town, after the accord of 1998 and the summit of May 2027."
        #expect(published(s) == ["from 2027"])
        // Counterexamples: a publication date is kept as it is, and a text that names no year
        // gives no bound.
        let pub = PartialDate(year: 2031, month: 3, day: 5)
        #expect(published(s, published: pub) == ["2031-03-05"])
        #expect(published("A note.\n\(ana) met \(tomas) in the old town.") == [nil])
    }

    @Test("a report of another year's meeting does not join it in the merge")
    func mergedApart() {
        let old = MeetingReport(
            participants: ["ana-lind", "tomas-berg"], date: PartialDate(year: 2025, month: 9, day: 28),
            place: "oslo", status: .held,
            evidence: [Evidence(article: "n1", sentence: "s", offset: 0)])
        let r = Markup.article("A note.\n\(ana) met \(tomas) in the old town, a year after their talks in March 2026.")
        let merged = MeetingMerger.merge([old] + MeetingExtractor.extract(r))
        #expect(merged.count == 2)
    }
}
