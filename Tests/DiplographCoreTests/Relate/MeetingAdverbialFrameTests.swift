import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"

/// Adverbials between a meeting verb and its "with" (`MeetingMatcher+Adverbials.swift`).
@Suite("Meeting frame: adverbials before 'with'")
struct MeetingAdverbialFrameTests {
    @Test("time, place, -ly, loose and phone adverbials between the verb and 'with'")
    func adverbials() {
        let fri = PartialDate(year: 2031, month: 3, day: 7)
        let a = Markup.meetings("\(ana) met this Friday with \(tomas).", dates: ["this Friday": fri])
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.date == fri)
        #expect(a.first?.status == .held)
        let b = Markup.meetings("\(ana) met in \(lakeport) on Monday with \(tomas) and \(mei).")
        #expect(b.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(b.allSatisfy { $0.place == "lakeport" })
        #expect(Markup.meetings("\(ana) met again today with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) met privately with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        let c = Markup.meetings("\(ana) conferred by phone with \(tomas) on trade.")
        #expect(c.pairs == ["ana-lind+tomas-berg"])
        #expect(c.first?.status == .phone)
        #expect(Markup.meetings("\(ana) sat down on Monday with \(tomas).").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a noun, a purpose clause or a name after the verb is not an adverbial")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) met reporters on Monday with \(tomas) at her side.").isEmpty)
        #expect(Markup.meetings("\(ana) met in \(lakeport) to discuss trade with \(tomas)'s envoy.").isEmpty)
        #expect(Markup.meetings("\(ana) conferred on Monday about trade with \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) will meet this Friday with \(tomas).").allSatisfy { $0.status == .planned })
    }

    @Test("'behind closed doors' before 'with', after 'met' and after 'held talks'")
    func closedDoors() {
        let tue = PartialDate(year: 2031, month: 3, day: 4)
        let a = Markup.meetings("\(ana) on Tuesday met behind closed doors with \(tomas).", dates: ["Tuesday": tue])
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.date == tue)
        #expect(Markup.meetings("\(ana) met behind closed door with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        let b = Markup.meetings("\(ana) met behind closed doors in \(lakeport) with \(tomas) and \(mei).")
        #expect(b.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(b.allSatisfy { $0.place == "lakeport" })
        #expect(
            Markup.meetings("\(ana) held talks behind closed doors with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) will meet behind closed doors with \(tomas).").allSatisfy { $0.status == .planned })
    }

    @Test("'behind closed doors' with no person after 'with' names no one")
    func closedDoorsCounterexamples() {
        #expect(
            Markup.meetings("\(ana) met behind closed doors with senior officials before \(tomas) arrived.").isEmpty)
        #expect(Markup.meetings("\(ana) met behind closed doors with criticism from \(tomas).").isEmpty)
    }

    @Test("a duration or a common-noun place before 'with', after a verb or a meeting noun")
    func durationsAndCommonPlaces() {
        #expect(Markup.meetings("\(ana) met for about an hour with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) met for 45 minutes with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) held talks for more than two hours with \(tomas).").pairs == [
                "ana-lind+tomas-berg"
            ])
        let mon = PartialDate(year: 2031, month: 3, day: 3)
        let a = Markup.meetings(
            "\(ana) held talks in the capital on Monday with \(tomas) and \(mei).", dates: ["Monday": mon])
        #expect(a.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(a.allSatisfy { $0.date == mon })
        #expect(
            Markup.meetings("\(ana) thanked the hosts after her meeting at the presidential palace with \(tomas).")
                .pairs == ["ana-lind+tomas-berg"])
        let b = Markup.meetings("\(ana) held talks by phone with \(tomas).")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
        #expect(b.first?.status == .phone)
    }

    @Test("a duration or a common-noun place not followed by 'with' a person names no one")
    func durationsAndCommonPlacesCounterexamples() {
        // The verb's object is a period, not a person; the person is after a noun, not "with".
        #expect(Markup.meetings("\(ana) met for an hour in the capital, and \(tomas) left.").isEmpty)
        #expect(Markup.meetings("\(ana) held talks for two hours on trade with \(tomas)'s envoy.").isEmpty)
        // "for" with no unit is a purpose, not a duration.
        #expect(Markup.meetings("\(ana) met for the first round with \(tomas).").isEmpty)
        // A clause word ends the place: "in the run-up … when" is no adverbial.
        #expect(Markup.meetings("\(ana) met in the hall where \(tomas) spoke with \(mei).").isEmpty)
    }

    @Test("a verb of speaking: a time adverbial before 'by phone with'; a president-elect")
    func speakVerb() {
        let m = Markup.meetings(
            "\(ana) spoke this Wednesday by phone with the president-elect of [Kestria|country|kestria], \(tomas), on trade."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .phone)
        // Counterexample: "spoke with" names an interview as often as a meeting; it needs the phone.
        #expect(Markup.meetings("\(ana) spoke on Monday with \(tomas).").isEmpty)
    }
}

/// A time adverbial set off by commas between subject and verb (`Meetings+AsideDate.swift`).
@Suite("Meeting dates in an aside before the verb")
struct MeetingAsideDateTests {
    let thu = PartialDate(year: 2031, month: 3, day: 6)
    let mon = PartialDate(year: 2031, month: 3, day: 3)

    func report(_ s: String) -> MeetingReport? {
        Markup.meetings("A note.\n" + s, dates: ["Thursday": thu, "Monday": mon]).report("ana-lind", "tomas-berg")
    }

    @Test("'X, on Thursday, held talks with Y'; 'X, at her office in Lakeport Thursday, received Y'")
    func aside() {
        #expect(report("\(ana), on Thursday, held talks with \(tomas).")?.date == thu)
        let r = report("\(ana), head of the council, at her office in \(lakeport) Thursday, received \(tomas).")
        #expect(r?.date == thu)
        #expect(r?.place == "lakeport")
    }

    @Test("a relative clause, another event or a person in the aside keeps its date out")
    func counterexamples() {
        #expect(report("\(ana), who criticised \(mei) on Monday, held talks with \(tomas).")?.date == nil)
        #expect(report("\(ana), after a vote on Monday, held talks with \(tomas).")?.date == nil)
        #expect(report("\(ana), with \(mei) on Monday, held talks with \(tomas).")?.date == nil)
    }
}
