import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

/// Compound meeting nouns, partitives and working sessions (`MeetingMatcher+Compounds.swift`).
@Suite("Meeting frame: compound meeting nouns")
struct MeetingCompoundNounTests {
    @Test("'summit talks', 'a summit meeting', 'a summit telephone talk' with Y")
    func compounds() {
        #expect(Markup.meetings("\(ana) held summit talks with \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) held a summit meeting with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        let p = Markup.meetings("\(ana) held a summit telephone talk with \(tomas).")
        #expect(p.pairs == ["ana-lind+tomas-berg"])
        #expect(p.allSatisfy { $0.status == .phone })
        let f = Markup.meetings("\(ana) will hold summit talks with \(tomas) next week.")
        #expect(f.allSatisfy { $0.status == .planned })
    }

    @Test("'a new round of talks', 'a series of meetings', 'a working session' with Y")
    func partitivesAndSessions() {
        #expect(Markup.meetings("\(ana) held a new round of talks with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) held a series of meetings with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) held a working session with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("After a morning working session with \(tomas), \(ana) was received by \(mei).").pairs
                .contains("ana-lind+tomas-berg"))
    }

    @Test("counterexamples: a bare session, a round of applause")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) held a session with reporters before \(tomas) spoke.").isEmpty)
        #expect(Markup.meetings("\(ana) held a training session with \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) held a round of applause with \(tomas) watching.").isEmpty)
    }
}

/// A participle that opens the sentence (`MeetingMatcher+NonFinite.swift`).
@Suite("Meeting frame: an opening participle clause")
struct MeetingParticipleOpenerTests {
    @Test("'Receiving Y, X proposed …', 'Meeting with Y on Monday, X said …'")
    func openers() {
        #expect(
            Markup.meetings("Receiving outgoing Ambassador \(tomas), President \(ana) proposed closer ties.").pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("Meeting with \(tomas) on Monday, \(ana) stressed the value of trade.").pairs
                == ["ana-lind+tomas-berg"])
        let p = Markup.meetings("Receiving \(tomas) next week, \(ana) will propose closer ties.")
        #expect(p.allSatisfy { $0.status == .planned })
    }

    @Test("counterexamples: no person after the participle, or no comma before the main subject")
    func counterexamples() {
        #expect(Markup.meetings("Welcoming the decision, \(ana) said \(tomas) had been right.").isEmpty)
        #expect(Markup.meetings("Meeting \(tomas) is a priority for \(ana) this year.").isEmpty)
        #expect(Markup.meetings("\(ana) said receiving \(tomas), she proposed closer ties.").isEmpty)
    }
}

/// Manner phrases before "with" (`MeetingMatcher+Adverbials.swift`).
@Suite("Meeting frame: manner phrases between the verb and 'with'")
struct MeetingMannerAdverbialTests {
    @Test("'met face-to-face with Y', 'met in person with Y', 'met one-on-one with Y'")
    func manner() {
        #expect(Markup.meetings("\(ana) met face-to-face with \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) met in person with \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) met one-on-one with \(tomas).").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexample: a compound that is an object, not a manner")
    func counterexample() {
        #expect(Markup.meetings("\(ana) met pro-government students with \(tomas)'s aides.").isEmpty)
    }
}

/// Questions, plans and greetings that report no meeting held.
@Suite("Meeting counter-rules: questions, modal frames, greetings")
struct MeetingNotHeldTests {
    @Test("'unclear whether X met Y', 'asked if X had met Y' report nothing")
    func questions() {
        #expect(Markup.meetings("It is unclear whether \(ana) met \(tomas) on Monday.").isEmpty)
        #expect(Markup.meetings("Reporters asked if \(ana) had met \(tomas) in secret.").isEmpty)
        // The report itself still counts.
        #expect(Markup.meetings("\(ana) met \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a modal before 'the talks between A and B' makes them a plan")
    func modalBetween() {
        let m = Markup.meetings("Trade will feature prominently in the talks between \(ana) and \(tomas).")
        #expect(m.allSatisfy { $0.status == .planned })
        let h = Markup.meetings("Trade featured prominently in the talks between \(ana) and \(tomas).")
        #expect(h.pairs == ["ana-lind+tomas-berg"])
        #expect(h.allSatisfy { $0.status == .held })
    }

    @Test("'This visit precedes X's summit with Y' is a plan")
    func precedes() {
        let m = Markup.meetings("This visit precedes \(ana)'s summit with \(tomas) on Monday.")
        #expect(m.allSatisfy { $0.status == .planned })
    }

    @Test("a greeting on arrival at a named airport, or 'was met by' on arrival, is no meeting")
    func greetings() {
        #expect(
            Markup.meetings(
                "\(ana) greets \(tomas) on his arrival at [Lakeport International Airport|place|lakeport-airport]."
            ).isEmpty)
        #expect(Markup.meetings("Upon arrival in Lakeport, \(ana) was met by \(tomas).").isEmpty)
        // Counterexample: a meeting at a venue is still one.
        #expect(Markup.meetings("\(ana) was met by \(tomas) at the palace.").pairs == ["ana-lind+tomas-berg"])
    }
}

/// Verb-phrase forms: a shared subject past adverbials, a trailing participle, "Speaking at",
/// "had a one-on-one with", "engaged in talks with", "X and Y talked".
@Suite("Meeting frame: clause forms of the verb")
struct MeetingClauseFormTests {
    @Test("'X met A on Monday, and later held talks with B': the subject is shared")
    func sharedSubjectPastAdverbials() {
        let m = Markup.meetings("\(ana) met \(tomas) on Monday, and later held talks with \(mei).")
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: a new subject after the "and".
        let n = Markup.meetings("\(ana) met \(tomas) on Monday, and reporters later held talks with \(mei).")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'X visited Lakeport on Monday, meeting A and B'")
    func trailingParticiple() {
        let m = Markup.meetings("\(ana) visited Lakeport on Monday, meeting \(tomas) and \(mei).")
        #expect(Set(m.flatMap { $0.participants }) == ["ana-lind", "tomas-berg", "mei-chen"])
        // Counterexample: "meeting" as a noun after a comma names no one.
        #expect(Markup.meetings("\(ana) left early, meeting or no meeting, before \(tomas) came.").isEmpty)
    }

    @Test("'Speaking at a joint news conference with Y, X said …'")
    func speakingAt() {
        let m = Markup.meetings("Speaking at a joint news conference with \(tomas), \(ana) said trade mattered.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: no person after "with".
        #expect(
            Markup.meetings("Speaking at a joint news conference with reporters, \(ana) praised \(tomas).").isEmpty)
    }

    @Test("'had a one-on-one with Y', 'engaged in talks with Y'")
    func compoundAndEngaged() {
        #expect(Markup.meetings("\(ana) had a one-on-one with \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) engaged in talks with \(tomas) on Monday.").pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: "engaged" with no "in"; a compound that is no meeting.
        #expect(Markup.meetings("\(ana) engaged talks with \(tomas) on Monday.").isEmpty)
        #expect(Markup.meetings("\(ana) had a run-in with \(tomas) on Monday.").isEmpty)
    }

    @Test("'X and Y talked on Monday', '… talked for an hour'")
    func talkedTogether() {
        #expect(Markup.meetings("\(ana) and \(tomas) talked on Monday.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) and \(tomas) talked for an hour.").pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: a manner, "both", a plan.
        #expect(Markup.meetings("\(ana) and \(tomas) talked tough on trade.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) both talked on Monday.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas) will talk on Monday.").allSatisfy { $0.status == .planned })
    }
}
