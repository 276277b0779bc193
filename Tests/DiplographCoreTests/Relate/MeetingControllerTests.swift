import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"
private let kestria = "[Kestria|country|kestria]"

@Suite("Meeting frames: the controller of a meeting noun in an adverbial phrase or a relative clause")
struct MeetingControllerTests {
    @Test("the clause's one subject took part in the meeting its adverbial names")
    func clauseSubject() {
        let m = Markup.meetings("\(ana) told a news conference on Monday following talks with President \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
        let n = Markup.meetings("\(ana) said after a meeting with \(tomas) in Lakeport that the border would open.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a sentence-initial 'he' goes back to the person of the sentence before")
    func pronounSubject() {
        let m = Markup.meetings(
            """
            President \(ana) proposed a summit of the council.
            He announced the idea at a meeting with Secretary \(tomas) on Monday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a passive's agent and an inverted speaker right before the adverbial")
    func agentAndInvertedSpeaker() {
        let m = Markup.meetings("The accord was announced by \(ana) following a two-hour meeting with \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings(
            "Trade will grow, announced the special envoy of \(kestria), \(ana), after a meeting with \(tomas).")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a non-finite clause mid-sentence takes the same controller")
    func nonFinite() {
        let m = Markup.meetings("\"The border will open,\" \(ana) said after meeting \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings("Trade will grow, said President \(ana) on Monday after meeting with \(tomas).")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: a third person's meeting reported by a speaker.
        let o = Markup.meetings("Spokesman \(ivan) said \(ana) had left after meeting \(tomas).")
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("with several people before it, 'his' or 'her' goes back to the clause's subject")
    func possessiveSubject() {
        let m = Markup.meetings("\(ana) also briefed \(ivan) on the outcome of her talks with \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: the pronoun stands in a clause of its own.
        let n = Markup.meetings("\(ivan) said that \(ana) praised his talks with \(tomas).")
        #expect(n.filter { $0.participants.contains("ivan-sokol") }.isEmpty, "\(n.pairs)")
    }

    @Test("a relative clause: 'a call she had with Y'")
    func relativeHolder() {
        let m = Markup.meetings(
            """
            Prime Minister \(ana) visited the port.
            Later \(ana) referred to a telephone call she had with her counterpart, \(tomas).
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .phone)
    }

    @Test("plans: 'before', 'will', 'is expected to' give a planned meeting, never a held one")
    func plans() {
        for s in [
            "\(ana) will fly home after a meeting with \(tomas).",
            "\(ana) is expected to speak following a meeting with \(tomas).",
            "\(ana) spoke to reporters before a meeting with \(tomas).",
        ] {
            let m = Markup.meetings(s)
            #expect(!m.isEmpty && m.allSatisfy { $0.status == .planned }, "\(s): \(m.map(\.status))")
        }
    }

    @Test("counterexamples: a report in a clause of its own, two people, a denial, a source")
    func counterexamples() {
        for s in [
            // The speaker's report goes on in a clause of its own: the speaker is no party.
            "\(ana) said the deal was reached following talks with \(tomas).",
            // A third person's meeting, reported by a speaker: two people before the phrase.
            "Spokesman \(ivan) said \(ana) had left after a meeting with \(tomas).",
            "\(ana) has not spoken since talks with \(tomas).",
            "The accord was signed, according to \(ivan), after a meeting with \(tomas).",
            "\(ana) said he expected progress ahead of a meeting with \(tomas).",
            // "at" / "upon" as a verb's complement, not an adverbial.
            "\(ana) hinted at a meeting with \(tomas).",
            "\(ana) agreed upon talks with \(tomas).",
        ] {
            let m = Markup.meetings(s)
            #expect(m.filter { $0.status != .planned }.isEmpty, "\(s): \(m.pairs)")
        }
    }
}
