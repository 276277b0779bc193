import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mira = "[Mira Sol|person|mira-sol]"
private let lakeport = "[Lakeport|place|lakeport]"
private let kestria = "[Kestria|country|kestria]"
private let commission = "[Kestria-Norvia Joint Commission|organization|jc]"

/// "X travelled to Lakeport to meet Y" (`MeetingMatcher+Purpose.swift`).
@Suite("Meeting frame: a journey made to meet someone")
struct MeetingPurposeTests {
    @Test("the traveller met the person the journey was for")
    func travellerMet() {
        let a = Markup.meetings("Chancellor \(ana) travelled to \(lakeport) on Saturday to meet with \(tomas).")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .held)
        let b = Markup.meetings(
            "Prime Minister \(ana) arrived in \(lakeport) on Tuesday in an unannounced visit to hold talks with \(tomas)."
        )
        #expect(b.pairs == ["ana-lind+tomas-berg"])
        let c = Markup.meetings("Minister \(ana) is on a two-day visit to \(kestria) to meet \(tomas).")
        #expect(c.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a participle or another person between, a plan")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) travelled to \(lakeport) hoping to meet \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) flew to \(lakeport), where \(mira) had gone to meet \(tomas).").isEmpty)
        #expect(
            Markup.meetings("\(ana) will travel to \(lakeport) on Friday to meet \(tomas).").allSatisfy {
                $0.status == .planned
            })
    }
}

/// "a telephone call made by A and B" (`MeetingMatcher+NounAgents.swift`) and "a meeting in
/// Lakeport between A and B" (`MeetingMatcher+NounLinks.swift`).
@Suite("Meeting frame: a meeting noun's agents and its 'between' after adverbials")
struct MeetingNounAgentsTests {
    @Test("the agents after 'made by' or 'held by' met")
    func agentsMet() {
        let a = Markup.meetings(
            "Ties will grow in line with a telephone call made by President \(ana) and President \(tomas).")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .phone)
        let b = Markup.meetings("This came out of the meeting held by Presidents \(ana) and \(tomas) this evening.")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("the people after adverbials and 'between' met")
    func betweenAfterAdverbials() {
        let a = Markup.meetings("\(mira) praised a recent meeting in \(lakeport) between \(ana) and \(tomas).")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a host, one agent, a noun among the adverbials")
    func counterexamples() {
        #expect(Markup.meetings("The dinner hosted by \(ana) and \(tomas) was held tonight.").isEmpty)
        #expect(Markup.meetings("The call made by \(ana) lasted an hour.").isEmpty)
        #expect(Markup.meetings("\(mira) spoke of talks in \(lakeport) on trade between \(ana) and \(tomas).").isEmpty)
    }
}

/// "X co-chaired the commission with Y" (`MeetingMatcher+CoChair.swift`).
@Suite("Meeting frame: the co-chairs of a meeting")
struct MeetingCoChairTests {
    @Test("the co-chairs met")
    func coChairsMet() {
        let a = Markup.meetings(
            "\(ana) co-chaired the fifth meeting of the \(commission) (JC-5) with her counterpart \(tomas).")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .held)
        let b = Markup.meetings(
            "The consultations were held under the co-chairmanship of Foreign Secretaries \(ana) and \(tomas).")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
        let c = Markup.meetings("\(ana) and \(tomas) co-chaired the session in \(lakeport).")
        #expect(c.pairs == ["ana-lind+tomas-berg"])
        let d = Markup.meetings("\(ana) is on a visit to \(kestria) to co-chair the \(commission) with \(tomas).")
        #expect(d.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexamples: a comma before 'with', one chair")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) co-chaired the forum, with \(tomas) in the audience.").isEmpty)
        #expect(Markup.meetings("\(ana) co-chaired the session in \(lakeport).").isEmpty)
    }
}

/// "X held talks with parliament speaker Y" (`MeetingMatcher+NounAdjunct.swift`).
@Suite("Meeting rule: a common noun before a role noun in a title")
struct MeetingNounAdjunctTests {
    @Test("the person after a noun-modified role was met")
    func adjunctTitles() {
        let a = Markup.meetings("\(ana) also held talks with parliament speaker \(tomas).")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        let b = Markup.meetings("\(mira) held talks in \(lakeport) with rival leaders President \(ana) and \(tomas).")
        #expect(b.pairs == ["ana-lind+mira-sol", "mira-sol+tomas-berg"])
    }

    @Test("counterexample: no role noun after the word")
    func counterexample() {
        #expect(Markup.meetings("\(ana) discussed the visit of President \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) praised parliament, speaker \(tomas) said.").isEmpty)
    }
}

/// "LAKEPORT: In a telephone conversation with Y, X …" (`MeetingMatcher+Dateline.swift`).
@Suite("Meeting rule: a sentence opens after a soft dateline")
struct MeetingDatelineOpeningTests {
    @Test("an opening phrase after a colon dateline frames the sentence")
    func openingAfterDateline() {
        let a = Markup.meetings(
            "\(lakeport) (Kestria News): In a telephone conversation with \(tomas), \(ana) announced new aid.")
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        #expect(a.first?.status == .phone)
        let b = Markup.meetings("LAKEPORT: After meeting \(tomas), \(ana) flew home.")
        #expect(b.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("counterexample: a clause before the colon is no dateline")
    func counterexample() {
        #expect(Markup.meetings("The aide said: in talks with \(tomas), \(ana) was firm.").isEmpty)
    }
}
