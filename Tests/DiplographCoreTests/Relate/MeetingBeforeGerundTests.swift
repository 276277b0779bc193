import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

/// "before meeting" and "prior to meeting": a gerund that tells a meeting held, not the noun of
/// a plan (`MeetingMatcher+NonFinite.swift`).
@Suite("Meeting frame: 'before meeting Y', 'prior to meeting Y'")
struct MeetingBeforeGerundTests {
    @Test("one held meeting, no planned twin")
    func gerund() {
        let m = Markup.meetings("\(ana) signed the visitor book, before meeting with \(tomas) in the cabinet room.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.allSatisfy { $0.status == .held })
        let p = Markup.meetings("Prior to meeting \(tomas) on Thursday, \(ana) had met \(mei).")
        #expect(p.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(p.allSatisfy { $0.status == .held })
    }

    @Test("the noun after 'before' stays a plan; a plan in the main clause makes the gerund one")
    func counterexamples() {
        let n = Markup.meetings("\(ana) flew to Lakeport before a meeting with \(tomas).")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        #expect(n.allSatisfy { $0.status == .planned })
        let w = Markup.meetings("\(ana) will sign the visitor book before meeting with \(tomas).")
        #expect(w.allSatisfy { $0.status == .planned })
        #expect(Markup.meetings("\(ana) read the report before meeting reporters.").isEmpty)
    }
}
