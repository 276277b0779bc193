import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Prime Minister Ana Lind|person|ana-lind]"
private let tomas = "[President Tomas Berg|person|tomas-berg]"
private let mei = "[President Mei Chen|person|mei-chen]"
private let kestrian = "[Kestrian|country|kestria]"
private let norvian = "[Norvian|country|norvia]"
private let roles = ["ana-lind": ["Prime Minister"], "tomas-berg": ["President"], "mei-chen": ["President"]]

@Suite("Meeting descriptions: 'the two leaders' in a clause, 'the visiting … leader'")
struct MeetingPairClauseTests {
    @Test("'X praised Y, a day after the two leaders held talks': the two named before")
    func pairInClause() {
        let m = Markup.meetings("\(ana) praised \(tomas) on Friday, one day after the two leaders held talks.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: three people before "the two leaders" leave the pair unknown.
        let n = Markup.meetings(
            "\(ana) thanked \(tomas) and \(mei) on Friday, one day after the two leaders held talks.")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("'the visiting Kestrian leader' is Kestria's one top office holder")
    func visitingLeader() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday.
            \(norvian) \(tomas) met the visiting \(kestrian) leader at the palace on Tuesday.
            The visiting \(kestrian) leader also met \(mei).
            """, roles: roles, sides: ["ana-lind": "kestria", "tomas-berg": "norvia", "mei-chen": "norvia"])
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: "visiting" with no country names no leader.
        let n = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday.
            The visiting leader also met \(mei).
            """, roles: roles, sides: ["ana-lind": "kestria", "mei-chen": "norvia"])
        #expect(!n.pairs.contains("ana-lind+mei-chen"), "\(n.pairs)")
    }
}

@Suite("Meeting frame: a plural description 'which included' its people")
struct MeetingWhichIncludedTests {
    @Test("'X called on dignitaries of Norvia which included A, B and C'")
    func whichIncluded() {
        let m = Markup.meetings(
            "\(ana) also called on high-level dignitaries of Norvia which included \(tomas) and \(mei).")
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: "which included" after no plural of people.
        let n = Markup.meetings("\(ana) signed a treaty which included \(tomas)'s proposals on trade.")
        #expect(n.isEmpty, "\(n.pairs)")
    }
}

/// Shared meals, video links and conferences, a discussion in a call.
@Suite("Meeting frame: shared meals and remote forms")
struct MeetingSharedMealTests {
    @Test("'X and Y had dinner', 'X and Y held a working lunch'")
    func sharedMeal() {
        #expect(Markup.meetings("\(ana) and \(tomas) had dinner on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) and \(tomas) held a working lunch.").pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: one person; attending a dinner of many.
        #expect(Markup.meetings("\(ana) had dinner on Monday before \(tomas) arrived.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) attended a dinner for 300 guests.").isEmpty)
    }

    @Test("'held talks via video link with Y', 'held a video conference with Y' are calls")
    func videoLinks() {
        let m = Markup.meetings("\(ana) held talks via video link with \(tomas) on Monday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.allSatisfy { $0.status == .phone })
        let n = Markup.meetings("\(ana) held a video conference with \(tomas) on Monday.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        #expect(n.allSatisfy { $0.status == .phone })
        let v = Markup.meetings("\(ana) and \(tomas) met virtually on Monday.")
        #expect(v.pairs == ["ana-lind+tomas-berg"])
        #expect(v.allSatisfy { $0.status == .phone })
        let l = Markup.meetings("\(ana) and \(tomas) held talks via video link on Monday.")
        #expect(l.pairs == ["ana-lind+tomas-berg"])
        #expect(l.allSatisfy { $0.status == .phone })
        // Counterexample: a press conference is no call and, without "joint", no meeting.
        #expect(Markup.meetings("\(ana) held a press conference with \(tomas) watching.").isEmpty)
    }

    @Test("'X and Y discussed trade in a phone call' is a call")
    func discussedInCall() {
        let m = Markup.meetings("\(ana) and \(tomas) discussed trade in a phone call on Monday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.allSatisfy { $0.status == .phone })
    }
}

@Suite("Meeting fallback: no pair from a sentence about an arrival")
struct MeetingPairArrivalTests {
    @Test("'Upon arrival in Lakeport, the Kestrian leader was met by Y' is a greeting")
    func arrival() {
        let m = Markup.meetingsWithRoles(
            "Upon arrival in Lakeport, [Kestrian|country|kestria] leader \(ana) was met by \(tomas) and officials.",
            sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(m.isEmpty, "\(m.pairs)")
        // Counterexample: the same pair in a sentence about talks, no arrival.
        let n = Markup.meetingsWithRoles(
            "[Kestrian|country|kestria] leader \(ana) and \(tomas) stressed trade at the talks.",
            sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }
}

@Suite("Meeting frame: 'with both A and B', 'hosted a meeting with'")
struct MeetingBothHostedTests {
    @Test("'X held talks with both A and B'")
    func both() {
        let m = Markup.meetings("\(ana) held talks with both \(tomas) and \(mei) on Monday.")
        #expect(Set(m.flatMap { $0.participants }) == ["ana-lind", "tomas-berg", "mei-chen"])
        // Counterexample: "both" before a description names no one.
        #expect(Markup.meetings("\(ana) held talks with both sides on Monday before \(tomas) left.").isEmpty)
    }

    @Test("'X hosted a trilateral meeting with A and B'")
    func hosted() {
        let m = Markup.meetings("\(ana) hosted a trilateral meeting with \(tomas) and \(mei).")
        #expect(Set(m.flatMap { $0.participants }) == ["ana-lind", "tomas-berg", "mei-chen"])
        // Counterexample: a meeting hosted between two others is theirs.
        let n = Markup.meetings("\(ana) hosted talks between \(tomas) and \(mei).")
        #expect(n.pairs == ["mei-chen+tomas-berg"], "\(n.pairs)")
    }
}

@Suite("Meeting frame: a comma series of verb phrases with one subject")
struct MeetingVerbSeriesTests {
    @Test("'X and Y resumed talks on Monday, met again with Z on Tuesday'")
    func series() {
        let m = Markup.meetings(
            "\(ana) and \(tomas) resumed direct talks in Lakeport on Monday, met again with \(mei) on Tuesday, and will meet once more."
        )
        #expect(Set(m.flatMap { $0.participants }) == ["ana-lind", "tomas-berg", "mei-chen"])
        let n = Markup.meetings("\(ana) arrived in Lakeport on Monday, met \(tomas) and flew home.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a clause word or a person before the comma")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) said the envoy arrived on Monday, met \(tomas) and left.").isEmpty)
        #expect(Markup.meetings("\(ana) praised \(mei) on Monday, met \(tomas) and left.").pairs == [])
    }
}
