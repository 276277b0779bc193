import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, countries and places are invented.

private let ana = "[Prime Minister Ana Lind|person|ana-lind]"
private let tomas = "[President Tomas Berg|person|tomas-berg]"
private let eva = "[Eva Holm|person|eva-holm]"
private let ivo = "[Ivo Brandt|person|ivo-brandt]"
private let kestrian = "[Kestrian|country|kestria]"
private let norvian = "[Norvian|country|norvia]"

/// The roles and sides the resolver would give the people from their titles.
private let roles = ["ana-lind": ["Prime Minister"], "tomas-berg": ["President"]]
private let sides = ["ana-lind": "kestria", "tomas-berg": "norvia"]

@Suite("Role mentions: a participant named by title only is the article's one holder of it")
struct MeetingRoleMentionTests {
    @Test("'the prime minister met …': the one prime minister named before")
    func thePrimeMinister() {
        let m = Markup.meetingsWithRoles(
            """
            \(ana) arrived in Port Vela on Monday.
            On Thursday, the prime minister met army chief Gen \(eva).
            """, roles: roles, sides: sides)
        #expect(m.pairs == ["ana-lind+eva-holm"])
    }

    @Test("'received the Kestrian PM': a counterpart's office and country come from the text")
    func counterpartGivesTheRole() {
        let m = Markup.meetingsWithRoles(
            """
            \(norvian) Prime Minister [Ivo Brandt|person|ivo-brandt] received his \(kestrian) counterpart \(eva).
            Earlier, \(tomas) received the \(kestrian) PM.
            """, roles: ["ivo-brandt": ["Prime Minister"], "tomas-berg": ["President"]],
            sides: ["ivo-brandt": "norvia", "tomas-berg": "norvia"])
        #expect(m.pairs == ["eva-holm+ivo-brandt", "eva-holm+tomas-berg"])
    }

    @Test("'The Kestrian Foreign Minister also met his Norvian counterpart Y': a capitalised role")
    func capitalisedRoleSubject() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) Foreign Minister [Mei Chen|person|mei-chen] began a tour of the region on Sunday.
            The \(kestrian) Foreign Minister also met his \(norvian) counterpart \(ivo) on Monday.
            """, roles: ["mei-chen": ["Foreign Minister"]], sides: ["mei-chen": "kestria"])
        #expect(m.pairs == ["ivo-brandt+mei-chen"])
    }

    @Test("'the King received Deputy Prime Minister Z'")
    func theKing() {
        let m = Markup.meetingsWithRoles(
            """
            [King Oskar|person|oskar] opened the session on Tuesday.
            Also on Wednesday, the King received Deputy Prime Minister \(eva) at the palace.
            """, roles: ["oskar": ["King"], "eva-holm": ["Deputy Prime Minister"]])
        #expect(m.pairs == ["eva-holm+oskar"])
    }

    @Test("'The President today met with the Norvian President, Mr Y': the other president of the article")
    func thePresidentNamedLater() {
        let m = Markup.meetingsWithRoles(
            """
            The President today met with the \(norvian) President, Mr [Tomas Berg|person|tomas-berg].
            Speaking at the meeting, President [Ana Lind|person|ana-lind] thanked her hosts.
            """, roles: ["ana-lind": ["President"], "tomas-berg": ["President"]], sides: ["tomas-berg": "norvia"])
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'Norvia's Vice Premier and Kestria's Deputy Prime Minister met': both named before")
    func twoPossessiveRoles() {
        let m = Markup.meetingsWithRoles(
            """
            Vice Premier \(ivo) and Deputy Prime Minister \(eva) lead the two commissions.
            [Norvia's|country|norvia] Vice Premier and [Kestria's|country|kestria] Deputy Prime Minister met in Port Vela.
            """, roles: ["ivo-brandt": ["Vice Premier"], "eva-holm": ["Deputy Prime Minister"]],
            sides: ["ivo-brandt": "norvia", "eva-holm": "kestria"])
        #expect(m.pairs == ["eva-holm+ivo-brandt"])
    }

    @Test("a title before an honorific gives the role: 'Foreign Minister Datuk Seri X'")
    func honorificTitle() {
        let m = Markup.meetingsWithRoles(
            """
            Foreign Minister Datuk Seri [Mei Chen|person|mei-chen] arrived in Port Vela on Monday.
            The \(kestrian) foreign minister also held talks with \(ivo) on Tuesday.
            """)
        #expect(m.pairs == ["ivo-brandt+mei-chen"])
    }

    @Test("'the visiting president', 'the Secretary of State', 'the Crown Prince'")
    func moreOffices() {
        let m = Markup.meetingsWithRoles(
            """
            Secretary of State \(ivo) and Crown Prince [Karl Ekman|person|karl-ekman] arrived in Port Vela.
            \(tomas) flew in on Monday.
            On Tuesday, the Secretary of State met the visiting president at the palace.
            Later, the Crown Prince received \(eva).
            """,
            roles: ["ivo-brandt": ["Secretary of State"], "karl-ekman": ["Crown Prince"], "tomas-berg": ["President"]])
        #expect(m.pairs == ["eva-holm+karl-ekman", "ivo-brandt+tomas-berg"])
    }

    @Test("the sides the text states serve every frame: 'his colleagues from Kestria and Norvia'")
    func textSidesForCounterparts() {
        // No affiliation from the resolver: the country before each title gives it.
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) Foreign Minister \(eva) and \(norvian) Foreign Minister \(ivo) were in Port Vela.
            Foreign Minister [Mei Chen|person|mei-chen] held meetings with her colleagues from \
            [Kestria|country|kestria] and [Norvia|country|norvia] on Wednesday.
            """,
            roles: [
                "eva-holm": ["Foreign Minister"], "ivo-brandt": ["Foreign Minister"], "mei-chen": ["Foreign Minister"],
            ])
        #expect(m.pairs == ["eva-holm+mei-chen", "ivo-brandt+mei-chen"])
    }

    // MARK: Counterexamples

    @Test("two prime ministers in the article: 'the prime minister' is no one")
    func twoPrimeMinisters() {
        let m = Markup.meetingsWithRoles(
            """
            \(ana) and Prime Minister \(ivo) arrived in Port Vela on Monday.
            On Thursday, the prime minister met army chief Gen \(eva).
            """, roles: ["ana-lind": ["Prime Minister"], "ivo-brandt": ["Prime Minister"]])
        #expect(m.pairs.filter { $0.contains("eva-holm") }.isEmpty, "\(m.pairs)")
    }

    @Test("a role of another country names no one")
    func otherCountry() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Port Vela on Monday.
            On Thursday, the \(norvian) prime minister met \(eva).
            """, roles: roles, sides: sides)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }

    @Test("'the former prime minister', 'the president of the bank', an appositive: no role mention")
    func notRoleMentions() {
        let former = Markup.meetingsWithRoles(
            """
            \(ana) arrived in Port Vela on Monday.
            On Thursday, the former prime minister met \(eva).
            """, roles: roles, sides: sides)
        #expect(former.pairs.isEmpty, "\(former.pairs)")
        let bank = Markup.meetingsWithRoles(
            """
            \(tomas) arrived in Port Vela on Monday.
            On Thursday, the president of the bank met \(eva).
            """, roles: roles, sides: sides)
        #expect(bank.pairs.isEmpty, "\(bank.pairs)")
        // "Eva Holm, the president," restates Eva Holm: not Tomas Berg.
        let appositive = Markup.meetingsWithRoles(
            """
            \(tomas) arrived in Port Vela on Monday.
            \(ivo) met \(eva), the president, on Thursday.
            """, roles: roles, sides: sides)
        #expect(appositive.pairs == ["eva-holm+ivo-brandt"])
    }

    @Test("a role that is the object of a non-meeting verb makes no meeting")
    func nonMeetingVerb() {
        let m = Markup.meetingsWithRoles(
            """
            \(ana) arrived in Port Vela on Monday.
            On Thursday, \(eva) criticised the prime minister.
            """, roles: roles, sides: sides)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }

    @Test("the fit: head, modifiers, no rank word the mention lacks, no former office")
    func roleFits() {
        let w: (String) -> [String] = { ArticleContext.roleWords($0) }
        #expect(ArticleContext.roleFits(w("Prime Minister"), w("PM")))
        #expect(ArticleContext.roleFits(w("Minister of Foreign Affairs"), w("foreign minister")))
        #expect(ArticleContext.roleFits(w("Secretary-General"), w("Secretary General")))
        #expect(!ArticleContext.roleFits(w("Deputy Prime Minister"), w("prime minister")))
        #expect(!ArticleContext.roleFits(w("Former Prime Minister"), w("prime minister")))
        #expect(!ArticleContext.roleFits(w("Foreign Minister"), w("prime minister")))
    }
}
