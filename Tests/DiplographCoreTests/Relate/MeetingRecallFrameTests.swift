import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, places and bodies are invented. Each rule has
// sentences it must read and a counterexample it must not fire on.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"
private let kestria = "[Kestria|country|kestria]"
private let norvia = "[Norvia|country|norvia]"

@Suite("Meeting frame rules: untagged names, inverted clauses, counterparts, delegations")
struct MeetingRecallFrameTests {
    @Test("a pronoun goes back to an untagged surname of exactly one article person")
    func untaggedSurname() {
        let m = Markup.meetings(
            """
            \(ana) of \(kestria) arrived in Port Vela on Monday.
            At the start of the talks, Lind said she had met with Premier \(tomas).
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // A sentence opening on the untagged name is the topic a later "she" goes back to.
        let n = Markup.meetings(
            """
            \(ana) flew to Port Vela.
            \(mei) hosted \(ivan) on Monday.
            Lind wasted no time in the capital.
            She met \(tomas) on Tuesday.
            """)
        #expect(n.pairs == ["ana-lind+tomas-berg", "ivan-sokol+mei-chen"])
        // Counterexample: two article people share the surname, so "Lind" names no one.
        let o = Markup.meetings(
            """
            \(ana) and [Eva Lind|person|eva-lind] arrived in Port Vela on Monday.
            At the start of the talks, Lind said she had met with Premier \(tomas).
            """)
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("a dash list after a longer plural intro with a time adverbial")
    func dashListIntro() {
        let m = Markup.meetings(
            "\(ana) said she had met with four top-level \(kestria) leaders this year — President \(tomas), Premier \(mei) and also \(ivan)."
        )
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: an intro that is no plural of people.
        let n = Markup.meetings("\(ana) met with the press in the old port hall this year — \(tomas) stayed home.")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("'and with' after a list item, or three people of three countries: one meeting with each")
    func andWith() {
        let m = Markup.meetingsWithRoles(
            "\(ana) met with Premier \(tomas), and with the Director General of [Unesca|organization|unesca], \(mei).",
            sides: ["tomas-berg": "kestria", "mei-chen": "unesca"])
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Without "with" again, people of distinct sides met as one group (the older rule).
        let n = Markup.meetingsWithRoles(
            "\(ana) hosted Premier \(tomas) of \(kestria) and Minister \(mei) of \(norvia).",
            sides: ["tomas-berg": "kestria", "mei-chen": "norvia"])
        #expect(n.pairs == ["ana-lind+mei-chen+tomas-berg"])
        // Three people of three countries: one audience after another, pairs with the host.
        let three = Markup.meetingsWithRoles(
            "\(ana) talked with Ambassador of \(kestria) \(tomas), Ambassador of \(norvia) \(mei), and Ambassador of [Zembla|country|zembla] \(ivan) about trade.",
            sides: ["tomas-berg": "kestria", "mei-chen": "norvia", "ivan-sokol": "zembla"])
        #expect(three.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: "and with" that names no one after it.
        let o = Markup.meetings("\(ana) met \(tomas), and with that the talks ended before \(mei) arrived.")
        #expect(o.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("the subject's counterparts from countries: each country's one holder of the office")
    func counterparts() {
        let text = """
            The foreign minister, \(ana), held meetings with her colleagues from \(kestria) and \(norvia) on Monday.
            \(tomas), \(mei) and \(ivan) were in the hall.
            """
        let roles = [
            "ana-lind": ["Minister of Foreign Affairs"], "tomas-berg": ["Foreign Minister"],
            "mei-chen": ["Foreign Minister"], "ivan-sokol": ["President"],
        ]
        let m = Markup.meetingsWithRoles(
            text, roles: roles, sides: ["tomas-berg": "kestria", "mei-chen": "norvia", "ivan-sokol": "kestria"])
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: Kestria has two ministers (no guess), and a subject without a role has
        // no office to match.
        var two = roles
        two["ivan-sokol"] = ["Minister of Trade"]
        let n = Markup.meetingsWithRoles(
            text, roles: two, sides: ["tomas-berg": "kestria", "mei-chen": "norvia", "ivan-sokol": "kestria"])
        #expect(n.pairs == ["ana-lind+mei-chen"])
        var none = roles
        none["ana-lind"] = []
        let o = Markup.meetingsWithRoles(text, roles: none, sides: ["tomas-berg": "kestria", "mei-chen": "norvia"])
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("inverted clauses: 'Among those who called on X were A and B'; 'The final guest she received was Y'")
    func invertedCopula() {
        let m = Markup.meetings(
            "Among the envoys who paid a courtesy call on \(ana) were [Kestria’s|country|kestria] \(tomas) and [Norvia’s|country|norvia] \(mei)."
        )
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        let n = Markup.meetings(
            """
            Four days later, \(ana) opened the new port.
            The final guest she received before the summit was President \(tomas) on Friday.
            """)
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: no meeting verb; no person after the copula; two people before it.
        let o = Markup.meetings(
            """
            Among those who criticised \(ana) were \(tomas) and \(mei).
            The talks \(ana) held in Port Vela were productive.
            Among the guests who met \(ana) or \(ivan) were \(tomas) and \(mei).
            """)
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("a delegation met in one sentence, its members named in a later one")
    func delegationMembers() {
        let m = Markup.meetings(
            """
            \(ana) met with a \(kestria) delegation on Monday.
            The visitors toured the port.
            The \(kestria) delegation, including former minister \(tomas) and Senator \(mei), was accompanied by [Harbour Institute|organization|harbour-institute] in \(norvia) Chair \(ivan).
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        let n = Markup.meetings(
            """
            \(ana) met members of the delegation of the trade envoy on Monday.
            Present there were \(tomas), the envoy of President \(ivan); Arvo Lindqvist, an adviser; and \(mei), a vice minister.
            """)
        #expect(n.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexamples: a member list with no delegation meeting before it; a meeting that is
        // still to come.
        let o = Markup.meetings(
            """
            \(ana) spoke at the forum on Monday.
            The \(kestria) delegation, including \(tomas) and \(mei), arrived late.
            \(ivan) will meet a \(norvia) delegation on Friday.
            The delegation, including \(tomas), is expected on Thursday.
            """)
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("a name after a portfolio of two words joined by 'and' and a comma")
    func portfolioWithAnd() {
        let m = Markup.meetings(
            "The \(kestria) delegation led by Secretary of Trade and Industry, \(tomas), paid a courtesy call on President \(ana)."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: "and" between lowercase words is no portfolio.
        let n = Markup.meetings(
            "The head of trade and industry, \(tomas), paid a courtesy call on \(mei)'s office, said \(ana).")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("two people who signed a document together met")
    func signedTogether() {
        let m = Markup.meetings("King \(ana) and \(tomas) signed the Joint Harbour Declaration on Monday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: letters are no document of theirs; a plan; one signer.
        let n = Markup.meetings(
            """
            \(ana) and \(tomas) signed letters to the council.
            \(mei) and \(ivan) will sign the trade accord next week.
            \(ana) signed the agreement on behalf of \(mei).
            """)
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a letter handed over in person: the bearer met the addressee, not the author")
    func letterHandedOver() {
        let m = Markup.meetings(
            "\(ana) spent three days in Port Vela, during which she presented a letter from President \(mei) to Premier \(tomas)."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings("Envoy \(ana) handed over the personal letter of \(mei) to \(tomas) on Monday.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: a letter sent, a letter delivered by no named bearer, a plan.
        let o = Markup.meetings(
            """
            \(mei) sent a letter to \(tomas) on Monday.
            The letter of \(mei) was delivered to \(tomas) by courier.
            \(ana) will hand over a letter to \(ivan).
            """)
        #expect(o.isEmpty, "\(o.pairs)")
    }
}
