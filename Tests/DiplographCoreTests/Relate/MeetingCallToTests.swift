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

    @Test("adverbials between the call and its 'to': 'made a phone call today to Y'")
    func adverbialsBeforeTo() {
        let m = Markup.meetings("President \(ana) made a phone call today to the Emir of Kestria \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .phone)
        let n = Markup.meetings("In a telephone call on Monday to \(tomas), \(ana) urged calm.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: an appeal after the adverbial, a call still to come, a call for talks.
        #expect(Markup.meetings("\(ana)'s call on Monday to \(tomas) to step down was rejected.").isEmpty)
        #expect(
            Markup.meetings("\(ana) will make a phone call today to \(tomas).").allSatisfy { $0.status == .planned })
        #expect(Markup.meetings("\(ana) made a call today for talks with the rebels, \(tomas) said.").isEmpty)
    }
}
