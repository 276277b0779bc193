import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, places and bodies are invented. Each frame has
// sentences it must read and a counterexample it must not fire on.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"
private let kestrian = "[Kestrian|country|kestria]"

@Suite("Meeting frames for unseen text: calls, counterparts, the pair, groups, appositives, companions")
struct MeetingUnseenFrameTests {
    @Test("a call verb with a person as its object is a phone call")
    func phoneCall() {
        let m = Markup.meetings("Outgoing President \(ana) called \(tomas) to offer congratulations.")
        #expect(m.pairs == ["ana-lind+tomas-berg"] && m.first?.status == .phone, "\(m.pairs)")
        let n = Markup.meetings("\(ana) phoned \(tomas) on Monday.")
        #expect(n.pairs == ["ana-lind+tomas-berg"] && n.first?.status == .phone, "\(n.pairs)")
        // Counterexamples: a name given, a so-called thing, a call still to come.
        #expect(Markup.meetings("\(ana) called \(tomas) a traitor to the cause.").isEmpty)
        #expect(Markup.meetings("\(ana) called \(tomas) reckless in a speech.").isEmpty)
        #expect(Markup.meetings("\(ana) called \(tomas) on Monday \"a danger to the region\".").isEmpty)
        #expect(Markup.meetings("\(ana) was called \(tomas) by her friends.").isEmpty)
        let planned = Markup.meetings("\(ana) will call \(tomas) to discuss the vote.")
        #expect(planned.allSatisfy { $0.status != .phone && $0.status != .held }, "\(planned.pairs)")
    }

    @Test("a counterpart named only by a country is the article's one office holder of that country")
    func countryCounterpart() {
        let text = """
            Prime Minister \(ana) has had a phone conversation with his \(kestrian) counterpart in which they discussed trade.
            The office says \(ana) and \(kestrian) President \(tomas) look forward to more talks.
            """
        let m = Markup.meetingsWithRoles(
            text, roles: ["ana-lind": ["Prime Minister"], "tomas-berg": ["President"]], sides: ["tomas-berg": "kestria"]
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"] && m.first?.status == .phone, "\(m.pairs)")
        // The one of the same office wins over another office holder of the country.
        let same = Markup.meetingsWithRoles(
            "\(ana) held talks with her \(kestrian) counterpart on Monday.\n\(tomas) and \(mei) were in the hall.",
            roles: ["ana-lind": ["Foreign Minister"], "tomas-berg": ["President"], "mei-chen": ["Foreign Minister"]],
            sides: ["tomas-berg": "kestria", "mei-chen": "kestria"])
        #expect(same.pairs == ["ana-lind+mei-chen"], "\(same.pairs)")
        // Counterexample: two office holders of the country, neither of the subject's office.
        let two = Markup.meetingsWithRoles(
            "\(ana) held talks with her \(kestrian) counterpart on Monday.\n\(tomas) and \(mei) were in the hall.",
            roles: ["ana-lind": ["Foreign Minister"], "tomas-berg": ["President"], "mei-chen": ["Speaker"]],
            sides: ["tomas-berg": "kestria", "mei-chen": "kestria"])
        #expect(two.isEmpty, "\(two.pairs)")
    }

    @Test("'the pair' stands for the two people named just before")
    func thePair() {
        let m = Markup.meetings(
            """
            \(ana) and \(tomas) signed the accord in Port Vela.
            "The talks went well," she said.
            The pair met recently on the sidelines of a summit.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        let n = Markup.meetings("\(ana) hosted a lunch for \(tomas) at home, after the pair met a year ago in Kestria.")
        #expect(n.pairs == ["ana-lind+tomas-berg"], "\(n.pairs)")
        // Counterexample: the sentence before names three people.
        let o = Markup.meetings(
            """
            \(ana), \(tomas) and \(mei) signed the accord in Port Vela.
            The pair met recently on the sidelines of a summit.
            """)
        #expect(o.isEmpty, "\(o.pairs)")
        let p = Markup.meetings("\(ivan) spoke to reporters.\nThe pair met recently on the sidelines of a summit.")
        #expect(p.isEmpty, "\(p.pairs)")
    }

    @Test("a group met through the leader it is led or headed by")
    func groupLeader() {
        let m = Markup.meetings(
            "\(ana) also met with members of the [Kestrian Senate|organization|senate] led by Senate President \(tomas) last Wednesday."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        let n = Markup.meetings("\(ana) met a visiting team headed by \(tomas).")
        #expect(n.pairs == ["ana-lind+tomas-berg"], "\(n.pairs)")
        // Counterexamples: a comma and a clause word, or an adverb, between the group and "led by".
        #expect(Markup.meetings("\(ana) met members of the party, which is led by \(tomas).").isEmpty)
        #expect(Markup.meetings("\(ana) met members of the party once led by \(tomas).").isEmpty)
    }

    @Test("two coordinated subjects, each with an appositive, and a country pair before the noun")
    func appositiveSubjects() {
        let m = Markup.meetings(
            """
            \(ana), Director of the Central Office and Minister of Trade, and \(tomas), \(kestrian) Minister of Foreign Affairs, held a [Norvia|country|norvia]-[Kestria|country|kestria] foreign ministers' meeting on the 26th in Port Vela.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        // Counterexample: no comma right after the first person: the clause before is no appositive.
        let n = Markup.meetings(
            "\(ana) said trade grew, and \(tomas), the \(kestrian) minister, held a meeting on the 26th.")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a topic between the meeting noun and the partner's 'with'")
    func topicWith() {
        let m = Markup.meetings(
            "\(ana), who arrived on Sunday, held talks on wide-ranging issues of bilateral cooperation with her counterpart \(tomas)."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        // Counterexample: a comma and a clause word between the topic and "with".
        let n = Markup.meetings("\(ana) held talks on the accord, which was signed with \(tomas) in May.")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a spouse named beside the one met is a companion")
    func companions() {
        let m = Markup.meetings("\(ana) arrived at the palace. She was greeted by \(tomas) and First Lady \(mei).")
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        let n = Markup.meetings("\(ana) received \(tomas) and his wife, \(mei), at the palace.")
        #expect(n.pairs == ["ana-lind+tomas-berg"], "\(n.pairs)")
        // Counterexample: the spouse is the only one met.
        let o = Markup.meetings("\(ana) met First Lady \(mei) at the palace.")
        #expect(o.pairs == ["ana-lind+mei-chen"], "\(o.pairs)")
        // Not a spouse: both are met.
        let p = Markup.meetings("\(ana) met \(tomas) and \(ivan) at the palace.")
        #expect(p.pairs == ["ana-lind+ivan-sokol", "ana-lind+tomas-berg"], "\(p.pairs)")
    }

    @Test("a plural description of those met, then the ones it includes by name")
    func includingList() {
        let m = Markup.meetings(
            "\(ana) met top \(kestrian) officials, including Prime Minister \(tomas), Parliament Speaker \(mei), before she flew home."
        )
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"], "\(m.pairs)")
        // Counterexample: "including" after no plural of people.
        let n = Markup.meetings("\(ana) met reporters on many topics, including trade with \(tomas).")
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("'then' before a title, and title words after countries before the meeting noun")
    func thenTitleAndModifiers() {
        let m = Markup.meetings(
            "It is the first summit since a 2019 meeting between then President \(ana) and Premier \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        let n = Markup.meetings(
            "\(ana) held a [Kestria|country|kestria]-[Norvia|country|norvia] Foreign Ministers' telephone talk with \(tomas)."
        )
        #expect(n.pairs == ["ana-lind+tomas-berg"] && n.first?.status == .phone, "\(n.pairs)")
        // Counterexample: a title word with no country before it is a name's, not a modifier.
        let o = Markup.meetings("\(ana) held a Foreign Ministry briefing with \(tomas) in the hall.")
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("a meeting between two people, each after a long title with a body's name")
    func betweenLongTitles() {
        let m = Markup.meetings(
            "The post came after a meeting between the Chairman of the [Kestrian Labour Party|organization|klp] \(ana) and the Chairman of the [Democratic Party|organization|dp] \(tomas) at the stadium."
        )
        #expect(m.pairs == ["ana-lind+tomas-berg"], "\(m.pairs)")
        // Counterexample: the second item names no one.
        let n = Markup.meetings(
            "The post came after a meeting between the Chairman of the [Kestrian Labour Party|organization|klp] \(ana) and the party board at the stadium."
        )
        #expect(n.isEmpty, "\(n.pairs)")
    }

    @Test("a meal shared with someone is a meeting in person")
    func meals() {
        let m = Markup.meetings("The post of \(ana)'s lunch with President \(tomas) appeared on Sunday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"] && m.first?.status == .held, "\(m.pairs)")
        let n = Markup.meetings("\(ana) had a working dinner with \(tomas) on Monday.")
        #expect(n.pairs == ["ana-lind+tomas-berg"] && n.first?.status == .held, "\(n.pairs)")
        // Counterexamples: a dinner "for" someone, a meal still to come, no person after "with".
        #expect(Markup.meetings("It was a birthday dinner for Senator \(tomas), \(ana) said.").isEmpty)
        let planned = Markup.meetings("\(ana) will have lunch with \(tomas) on Monday.")
        #expect(planned.allSatisfy { $0.status == .planned }, "\(planned.pairs)")
        #expect(Markup.meetings("\(ana)'s lunch with reporters ran late.").isEmpty)
    }
}
