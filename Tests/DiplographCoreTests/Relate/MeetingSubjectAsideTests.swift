import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

@Suite("Meeting subjects: an aside between the subject and its verb")
struct MeetingSubjectAsideTests {
    @Test("a possessive person inside the aside does not hide the subject")
    func possessiveInAside() {
        let m = Markup.meetings(
            "\(ana), a former judge who took over as chief adviser after \(mei)'s exit, met with Prime Minister \(tomas) in Lakeport."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexample: a plain name inside the aside leaves the subject unclear")
    func plainNameInAside() {
        let m = Markup.meetings("\(ana), who replaced \(mei) last year, met with Prime Minister \(tomas).")
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }
}
