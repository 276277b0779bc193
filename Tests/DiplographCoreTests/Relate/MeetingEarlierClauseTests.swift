import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let lakeport = "[Lakeport|place|lakeport]"
private let eastfield = "[Eastfield|place|eastfield]"

private func meetings(_ markup: String) -> [MeetingReport] {
    MeetingExtractor.extract(Markup.article(markup), dates: Markup.noDates)
}

/// "X met Y in A, after the pair met in B": two meetings (`Meetings+EarlierClause.swift`).
@Suite("Meetings: a clause about another meeting of the same people")
struct MeetingEarlierClauseTests {
    @Test("a clause after 'after' tells a meeting of its own, with its own place")
    func afterClause() {
        let m = meetings("\(ana) was meeting with \(tomas) in \(lakeport), after the pair met in \(eastfield).")
        #expect(m.pairs == ["ana-lind+tomas-berg", "ana-lind+tomas-berg"])
        #expect(Set(m.map { $0.place ?? "none" }) == ["lakeport", "eastfield"])
        // Counterexample: without a subordinator, both reports are one meeting.
        let n = meetings("\(ana) was meeting with \(tomas) in \(lakeport), and the pair met in the evening.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }
}
