import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, places and bodies are invented. Each rule has
// sentences it must read and a counterexample it must not fire on.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"
private let norvia = "[Norvia|country|norvia]"

@Suite("Meeting nouns: quoted and joined modifiers, 'made', 'took place between', long titles, 'alongside'")
struct MeetingNounLinkTests {
    @Test("a meeting noun in quotes, with adjectives joined by 'and', or after 'made'")
    func nounModifiers() {
        let quoted = Markup.meetings(
            "Prime Minister \(ana) had a \"good meeting\" with President \(tomas), her office said.")
        #expect(quoted.pairs == ["ana-lind+tomas-berg"] && quoted.first?.status == .held, "\(quoted.pairs)")
        let joined = Markup.meetings("\(ana) held a warm and cordial meeting with \(tomas) on Friday.")
        #expect(joined.pairs == ["ana-lind+tomas-berg"], "\(joined.pairs)")
        let made = Markup.meetings("\(ana) made a phone call this evening with \(tomas).")
        #expect(made.pairs == ["ana-lind+tomas-berg"] && made.first?.status == .phone, "\(made.pairs)")
        // Counterexamples: "and" next to a meeting noun ends the modifiers; a call for talks is no call.
        #expect(Markup.meetings("\(ana) held talks and a dinner for the press with \(tomas) watching.").isEmpty)
        #expect(Markup.meetings("\(ana) made a call for talks with \(tomas).").isEmpty)
        let planned = Markup.meetings("\(ana) will hold a warm and cordial meeting with \(tomas).")
        #expect(planned.allSatisfy { $0.status == .planned }, "\(planned.pairs)")
    }

    @Test("a meeting noun that 'took place' or 'was held' between two people")
    func tookPlaceBetween() {
        let m = Markup.meetings(
            "On January 6, a telephone conversation took place between the President of \(norvia) \(ana) and \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"] && m.first?.status == .phone, "\(m.pairs)")
        let held = Markup.meetings("Talks were held on Monday between \(ana) and \(tomas).")
        #expect(held.pairs == ["ana-lind+tomas-berg"], "\(held.pairs)")
        // Counterexample: a meeting still to take place is no held one.
        let toCome = Markup.meetings("A meeting will take place between \(ana) and \(tomas).")
        #expect(toCome.allSatisfy { $0.status == .planned }, "\(toCome.pairs)")
    }

    @Test("a long title ending in a capitalised word, then a comma and the name")
    func longTitleComma() {
        let m = Markup.meetings(
            "\(ana) received Minister of Foreign Affairs and International Cooperation of \(norvia), \(tomas), on Friday."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        // Counterexample: a body with no title word before it ("the Bank of Norvia") is no title.
        #expect(Markup.meetings("\(ana) received the Bank of \(norvia), \(tomas) said.").isEmpty)
    }

    @Test("a title with a complement 'of the' body 'of' a country, then a comma and the name")
    func nestedTitleComma() {
        let subject = Markup.meetings(
            "The President of the Government of \(norvia), \(tomas), met this afternoon with \(ana).")
        #expect(subject.pairs == ["ana-lind+tomas-berg"], "\(subject.pairs)")
        let object = Markup.meetings(
            "\(ana) met the Secretary General of the League of \(norvia), \(tomas), on Friday.")
        #expect(object.pairs == ["ana-lind+tomas-berg"], "\(object.pairs)")
        // Counterexample: "the" after "of" in a body with no title word is still no title.
        #expect(Markup.meetings("\(ana) received the Bank of the Harbour of \(norvia), \(tomas) said.").isEmpty)
    }

    @Test("'alongside' after a participant verb and a meeting noun: one meeting of all")
    func alongside() {
        let m = Markup.meetings(
            "\(ana) attended the multilateral meeting alongside Foreign Minister \(tomas), \(mei) and Deputy Minister \(ivan)."
        )
        #expect(m.count == 1 && m.first?.participants.count == 4, "\(m.pairs)")
        let took = Markup.meetings(
            "\(ana) also took part in the meeting at the presidential palace, alongside \(tomas).")
        #expect(took.pairs == ["ana-lind+tomas-berg"], "\(took.pairs)")
        // Counterexamples: no participant verb; a subject that is not one person.
        #expect(
            Markup.meetings("The meeting alongside the summit was chaired by \(ana) and praised by \(tomas).").isEmpty)
        #expect(Markup.meetings("They attended the meeting alongside \(tomas).").isEmpty)
    }

    @Test("'he' in a relative clause is the one person of the phrase it qualifies")
    func relativePronoun() {
        let m = Markup.meetings(
            "\(ana)'s visit came a day after a visit by Secretary General \(tomas) to Port Vela, in which he met \(mei)."
        )
        #expect(m.pairs == ["mei-chen+tomas-berg"], "\(m.pairs)")
        // Counterexample: two people in the phrase: "he" is no one.
        let two = Markup.meetings("\(ana) hosted \(tomas) at a dinner, during which he met \(mei).")
        #expect(!two.pairs.contains { $0.contains("mei-chen") }, "\(two.pairs)")
    }
}
