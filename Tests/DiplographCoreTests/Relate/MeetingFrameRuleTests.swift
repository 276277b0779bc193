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

@Suite("Meeting frame rules: lists, coordination, pronouns, participation, non-finite clauses")
struct MeetingFrameRuleTests {
    @Test("object lists: titles joined by 'and', 'and also', a possessive description, a dash intro")
    func objectLists() {
        // "and" inside the second item's title does not end the list.
        let m = Markup.meetings(
            """
            \(ana) met with Council President \(tomas), trade and security chief \(mei) and Senator \(ivan).
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        let n = Markup.meetings(
            "\(ana) held meetings with Vice Minister \(tomas) and the country's Vice President, \(mei).")
        #expect(n.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        let o = Markup.meetings(
            "\(ana) said she had met three senior \(kestria) leaders this year — President \(tomas), Premier \(mei) and also \(ivan), the speaker."
        )
        #expect(o.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: a dash after a description that is no plural of people.
        let p = Markup.meetings("\(ana) met the press this year — \(tomas) stayed home.")
        #expect(p.isEmpty, "\(p.pairs)")
    }

    @Test("an item the resolver left unnamed does not end the list, and the meetings stay pairs")
    func unnamedListItem() {
        let m = Markup.meetingsWithRoles(
            """
            The president \(ana) talked with Ambassador of \(kestria) \(tomas), Ambassador of \(norvia) Arvo Lindqvist, and Ambassador of [Zembla|country|zembla] \(mei) about tourism.
            """, sides: ["tomas-berg": "kestria", "mei-chen": "zembla"])
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: words that open a clause are no unnamed item.
        let n = Markup.meetings("\(ana) met \(tomas), and then the Trade Fair opened with \(mei) watching.")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a name after a title and a comma: an honorific, an organisation, 'from that country'")
    func titleCommas() {
        #expect(
            Markup.meetings("\(ana) met the Minister of Foreign Affairs of \(kestria), Dato' \(tomas), on Monday.")
                .pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings(
                "\(ana) held talks with the chairman of the [Kestrian Senate|organization|kestrian-senate], \(tomas)."
            ).pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings(
                "In \(kestria), \(ana) held official talks with his counterpart from that country, \(tomas)."
            )
            .pairs == ["ana-lind+tomas-berg"])
        // Counterexample: "from that country" with no comma and no name after it.
        #expect(Markup.meetings("\(ana) held talks with officials from that country, and \(tomas) left.").isEmpty)
    }

    @Test("a delegation headed by someone, after 'a' and modifiers")
    func delegationHeadedBy() {
        #expect(
            Markup.meetings("\(ana) received a \(kestria) government delegation headed by \(tomas), the envoy.").pairs
                == ["ana-lind+tomas-berg"])
        // Counterexample: "received a letter" names nobody, whoever signed it.
        #expect(Markup.meetings("\(ana) received a letter signed by \(tomas).").isEmpty)
    }

    @Test("coordination: X arrived … and held talks with Y")
    func coordinatedVerbPhrases() {
        let m = Markup.meetings(
            "\(ana) arrived in \(kestria) on Monday morning and previously held meetings with Vice Minister \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
        #expect(
            Markup.meetings("\(ana) arrived at the palace and was welcomed by President \(tomas).").pairs == [
                "ana-lind+tomas-berg"
            ])
        // A plan stays a plan.
        let p = Markup.meetings("\(ana) will arrive in \(kestria) on Monday and hold talks with \(tomas).")
        #expect(p.first?.status == .planned)
        // Counterexample: another clause with its own subject between.
        let n = Markup.meetings(
            "\(ana) arrived in \(kestria), where officials said they had met and talked with \(tomas).")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("pronouns: the subject of the sentence before, past sentences whose subject is a pronoun")
    func pronounTopic() {
        let m = Markup.meetings(
            """
            Four days after taking office, \(ana) received Sultan \(tomas).
            On Friday, he received Premier \(mei).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        let n = Markup.meetings(
            """
            \(ana) used her account to report on the journey.
            From there she travelled to \(kestria), where she held talks with \(tomas).
            She also met with Premier \(mei).
            """)
        #expect(n.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Counterexample: a name the resolver left alone owns "his" ("Zhou" is not Ana).
        let z = Markup.meetings(
            """
            \(ana) flew to \(kestria) on Monday.
            Zhou described his talks with \(tomas) as useful.
            """)
        #expect(z.isEmpty, "\(z.pairs)")
        // Counterexample: the sentence before opens with two people.
        let o = Markup.meetings(
            """
            \(ana) and \(ivan) received Sultan \(tomas) on Monday.
            She also met with Premier \(mei).
            """)
        // The hosts are one side: each met Tomas, not each other (`Meetings+Sides.swift`).
        #expect(o.pairs == ["ana-lind+tomas-berg", "ivan-sokol+tomas-berg"])
    }

    @Test("participation: took part in / participated in talks with")
    func participation() {
        let m = Markup.meetings(
            "\(ana) took part in bilateral talks in [Port Vela|place|port-vela] with Premier \(tomas) and President \(mei)."
        )
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) participated in the meeting with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        // Counterexamples: denied, or no meeting noun.
        #expect(Markup.meetings("\(ana) did not take part in the talks with \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) took part in a parade with \(tomas).").isEmpty)
    }

    @Test("non-finite clauses: after holding talks with Y, X …; X said after meeting Y")
    func nonFinite() {
        #expect(
            Markup.meetings("After holding talks with \(tomas), \(ana) flew to \(kestria).").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(
            Markup.meetings(
                "In addition to holding official talks with the chairman of the [State Council|organization|state-council], \(tomas), \(ana) toured the port."
            ).pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) said after meeting \(tomas) that the border would open.").pairs == [
                "ana-lind+tomas-berg"
            ])
        // A plan in the main clause.
        let p = Markup.meetings("\(ana) will fly home after meeting \(tomas) in \(kestria).")
        #expect(p.first?.status == .planned)
        // Counterexample: no person opens the main clause.
        #expect(Markup.meetings("Before meeting \(tomas), the delegation toured the port.").isEmpty)
    }

    @Test("'the foreign minister' goes back to the one holder named before the sentence")
    func roleNamedBefore() {
        let roles = ["ana-lind": ["Foreign Minister"], "tomas-berg": ["Foreign Minister"]]
        let m = Markup.meetingsWithRoles(
            """
            Foreign Minister \(ana) is in \(kestria) on a visit.
            Earlier today, the foreign minister held talks with his counterpart \(tomas).
            """, roles: roles)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Counterexample: two foreign ministers named before.
        let n = Markup.meetingsWithRoles(
            """
            Foreign Ministers \(ana) and \(tomas) arrived.
            The foreign minister held talks with \(mei).
            """, roles: roles)
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a greeting on arrival is no meeting; a welcome at a venue is")
    func arrivalGreeting() {
        #expect(
            Markup.meetings(
                """
                \(ana) arrived here on Wednesday on her first visit.
                She was received by Minister of State \(tomas).
                """
            ).isEmpty)
        #expect(Markup.meetings("\(tomas) greeted \(ana) at the airport.").isEmpty)
        // Counterexample: received at a venue after the arrival.
        #expect(
            Markup.meetings(
                """
                \(ana) arrived here on Wednesday.
                She was received by President \(tomas) at the palace.
                """
            ).pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a hyphenated pair still to come: 'to' after the noun, or a plan before the pair")
    func hyphenPairPlanned() {
        let m = Markup.meetings(
            """
            \(ana) and \(tomas) spoke to reporters.
            Analysts expect the Lind-Berg summit to focus on trade.
            """)
        #expect(m.count == 1)
        #expect(m.first?.status == .planned)
        let n = Markup.meetings(
            """
            \(ana) and \(tomas) spoke to reporters.
            Officials prepared ahead of a possible Lind-Berg meeting.
            """)
        #expect(n.first?.status == .planned)
        // Counterexample: a summit told as past.
        let o = Markup.meetings(
            """
            \(ana) and \(tomas) spoke to reporters.
            The Lind-Berg summit ended without a statement.
            """)
        #expect(o.first?.status == .held)
    }

    @Test("a call by X on Y; a summit held somewhere between X and Y")
    func callByAndHeldBetween() {
        let m = Markup.meetings("Introductory call by \(kestria) Ambassador \(tomas) on Minister \(ana), 27 October")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
        #expect(
            Markup.meetings("The summit held in [Port Vela|place|port-vela] between \(ana) and \(tomas) ended early.")
                .pairs == ["ana-lind+tomas-berg"])
        // Counterexample: a call by X for something, no host after it.
        #expect(Markup.meetings("A call by \(tomas) for talks drew praise from \(ana).").isEmpty)
    }

    @Test("a subject set off by several comma segments before its verb")
    func commaSegments() {
        #expect(
            Markup.meetings(
                "\(ana), head of the council, at her office in [Port Vela|place|port-vela] Thursday, received Ambassador \(tomas)."
            ).pairs == ["ana-lind+tomas-berg"])
        // Counterexample: the aide of a person received the ambassador, not the person.
        #expect(
            Markup.meetings("[Lind|person|ana-lind]'s aide, on Thursday, at noon, received Ambassador \(tomas).")
                .isEmpty)
    }

    @Test("a plural office with its countries: each country's one holder named in the article")
    func pluralOffices() {
        let roles = [
            "ana-lind": ["Foreign Minister"], "tomas-berg": ["Minister of Foreign Affairs"],
            "mei-chen": ["Deputy Foreign Minister"], "ivan-sokol": ["Foreign Minister"],
        ]
        let sides = ["ana-lind": "kestria", "tomas-berg": "norvia", "mei-chen": "zembla", "ivan-sokol": "zembla"]
        let m = Markup.meetingsWithRoles(
            """
            Foreign and defence ministers from \(kestria), \(norvia) and [Zembla|country|zembla] met in Port Vela on Monday.
            Later, \(ana) and \(tomas) spoke to reporters, and \(mei) and \(ivan) left.
            """, roles: roles, sides: sides)
        // Zembla has one foreign minister (the deputy is another office): all three met.
        #expect(m.pairs == ["ana-lind+ivan-sokol+tomas-berg"])
        // Counterexample: a country with two holders stands for no one; one holder left is no meeting.
        var two = sides
        two["tomas-berg"] = "zembla"
        let n = Markup.meetingsWithRoles(
            """
            Foreign ministers of [Zembla|country|zembla] and \(kestria) met on Monday.
            \(ana), \(tomas) and \(ivan) spoke to reporters.
            """, roles: roles, sides: two)
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a month and year between the meeting noun and 'with' or 'between'; a patronymic after a name")
    func monthYearAndPatronymic() {
        #expect(
            Markup.meetings("\(ana) held talks in March 2017 with President \(tomas).").pairs == ["ana-lind+tomas-berg"]
        )
        #expect(
            Markup.meetings(
                "During the summit held at the [Blue Hall|place|blue-hall] in September 2015 between King [Salman|person|salman] bin Adel and President \(tomas), \(ana) spoke."
            ).pairs == ["salman+tomas-berg"])
        // Counterexample: the adverbial is skipped, but "with reporters" still names no one.
        #expect(Markup.meetings("\(ana) held talks in May with reporters, and \(tomas) left.").isEmpty)
    }
}
