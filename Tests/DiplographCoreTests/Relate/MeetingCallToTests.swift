import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

@Suite("Meeting frame: a call noun with its person after 'to'")
struct MeetingCallToTests {
    @Test("a courtesy call to Y (a visit), a phone call made to Y, a telephone call to Y")
    func callTo() {
        let m = Markup.meetings("\(ana)'s courtesy call to President \(tomas) was the highlight of the visit.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
        let n = Markup.meetings("\(ana) made a call to \(tomas) on Monday.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        #expect(n.first?.status == .phone)
        let o = Markup.meetings("In a telephone call to \(tomas), \(ana) urged calm.")
        #expect(o.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: an appeal to a person is no call")
    func appeals() {
        #expect(Markup.meetings("\(ana)'s call to \(tomas) to step down was rejected.").isEmpty)
        #expect(Markup.meetings("\(ana)'s courtesy call to \(tomas) to resign was a joke.").isEmpty)
    }
}
