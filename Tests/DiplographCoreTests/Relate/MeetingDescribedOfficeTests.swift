import Testing

@testable import DiplographCore

// Sentences written for these tests; the people, countries and places are invented.

private let eva = "[Eva Holm|person|eva-holm]"
private let ivo = "[Ivo Brandt|person|ivo-brandt]"
private let kestrian = "[Kestrian|country|kestria]"
private let norvian = "[Norvian|country|norvia]"

@Suite("Described offices: 'the monarch', 'the Kestrian leader', and the article's protagonist")
struct MeetingDescribedOfficeTests {
    @Test("'The monarch also met Y': the article's one king")
    func theMonarch() {
        let m = Markup.meetingsWithRoles(
            """
            [King Oskar|person|oskar] arrived in Port Vela on Monday for a four-day visit.
            The monarch also met President \(eva) and discussed trade.
            """, roles: ["oskar": ["King"], "eva-holm": ["President"]])
        #expect(m.pairs == ["eva-holm+oskar"])
    }

    @Test("'In his talks with Y, the Kestrian monarch said …': a monarch of a country")
    func theCountryMonarch() {
        let m = Markup.meetingsWithRoles(
            """
            [Queen Ilse|person|ilse] of [Kestria|country|kestria] arrived in Port Vela on Monday.
            The \(kestrian) monarch met \(norvian) Prime Minister \(ivo) on Tuesday.
            """, roles: ["ilse": ["Queen"], "ivo-brandt": ["Prime Minister"]],
            sides: ["ilse": "kestria", "ivo-brandt": "norvia"])
        #expect(m.pairs == ["ilse+ivo-brandt"])
    }

    @Test("'The visiting Kestrian leader also met Y': the one top office holder of Kestria")
    func theCountryLeader() {
        let m = Markup.meetingsWithRoles(
            """
            Prime Minister [Ana Lind|person|ana-lind] began a visit to Norvia on Monday.
            The visiting \(kestrian) leader also met opposition chief \(eva) on Tuesday.
            """, roles: ["ana-lind": ["Prime Minister"]], sides: ["ana-lind": "kestria"])
        #expect(m.pairs == ["ana-lind+eva-holm"])
    }

    @Test("two prime ministers: the one the article opens on and names most is 'the prime minister'")
    func protagonist() {
        let m = Markup.meetingsWithRoles(
            """
            Prime Minister [Ana Lind|person|ana-lind] issued a statement on Thursday.
            Ms [Lind|person|ana-lind] referred to a call with her \(norvian) counterpart, \(ivo).
            [Lind|person|ana-lind] chaired two security meetings this week.
            On Thursday, the prime minister met army chief Gen \(eva).
            """, roles: ["ana-lind": ["Prime Minister"], "ivo-brandt": ["Prime Minister"]],
            sides: ["ana-lind": "kestria", "ivo-brandt": "norvia"])
        #expect(m.pairs.contains("ana-lind+eva-holm"), "\(m.pairs)")
        #expect(!m.pairs.contains("eva-holm+ivo-brandt"), "\(m.pairs)")
    }

    @Test("the plan stays a plan: 'the monarch will meet Y'")
    func plan() {
        let m = Markup.meetingsWithRoles(
            """
            [King Oskar|person|oskar] arrived in Port Vela on Monday.
            The monarch will meet President \(eva) on Friday.
            """, roles: ["oskar": ["King"], "eva-holm": ["President"]])
        #expect(m.pairs == ["eva-holm+oskar"])
        #expect(m.allSatisfy { $0.status == .planned })
    }

    @Test("a lead's 'Kestria and Norvia's leaders have met': the leaders the report names after it")
    func leadersNamedLater() {
        let roles = ["ana-lind": ["Prime Minister"], "tomas-berg": ["President"], "rolf": ["President"]]
        let m = Markup.meetingsWithRoles(
            """
            [Kestria|country|kestria] and [Norvia's|country|norvia] leaders have met in Lakeport.
            \(kestrian) Prime Minister [Ana Lind|person|ana-lind] spoke after \(norvian) President [Tomas Berg|person|tomas-berg].
            """, roles: roles, sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Norvia has two presidents in the report: no leader of Norvia, no meeting from the lead.
        let two = Markup.meetingsWithRoles(
            """
            [Kestria|country|kestria] and [Norvia's|country|norvia] leaders have met in Lakeport.
            Prime Minister [Ana Lind|person|ana-lind] spoke; President [Tomas Berg|person|tomas-berg] and \
            President [Rolf Dahl|person|rolf] listened.
            """, roles: roles, sides: ["ana-lind": "kestria", "tomas-berg": "norvia", "rolf": "norvia"])
        #expect(two.pairs.isEmpty, "\(two.pairs)")
    }

    // MARK: Counterexamples

    @Test("two kings named as often, 'the monarch' is no one")
    func twoMonarchs() {
        let m = Markup.meetingsWithRoles(
            """
            [King Oskar|person|oskar] and [King Rolf|person|rolf] arrived in Port Vela on Monday.
            The monarch also met President \(eva).
            """, roles: ["oskar": ["King"], "rolf": ["King"], "eva-holm": ["President"]])
        #expect(m.pairs.filter { $0.contains("eva-holm") }.isEmpty, "\(m.pairs)")
    }

    @Test("the article opens on someone who holds no such office: no protagonist")
    func protagonistMustFit() {
        let m = Markup.meetingsWithRoles(
            """
            Army chief Gen \(eva) spoke on Thursday.
            Prime Minister [Ana Lind|person|ana-lind] and Prime Minister \(ivo) spoke on Friday.
            [Lind|person|ana-lind] flew home.
            On Saturday, the prime minister met \(eva).
            """, roles: ["ana-lind": ["Prime Minister"], "ivo-brandt": ["Prime Minister"]])
        #expect(m.pairs.filter { $0.contains("eva-holm") }.isEmpty, "\(m.pairs)")
    }

    @Test("'the leader' with no country, 'the opposition leader': no one")
    func leaderWithoutCountry() {
        let roles = ["ana-lind": ["Prime Minister"]]
        let sides = ["ana-lind": "kestria"]
        for line in ["The leader also met \(eva) on Tuesday.", "The opposition leader also met \(eva) on Tuesday."] {
            let m = Markup.meetingsWithRoles(
                "Prime Minister [Ana Lind|person|ana-lind] arrived on Monday.\n\(line)", roles: roles, sides: sides)
            #expect(m.pairs.isEmpty, "\(line): \(m.pairs)")
        }
    }

    @Test("the fit of a described office")
    func fits() {
        let w: (String) -> [String] = { ArticleContext.roleWords($0) }
        #expect(ArticleContext.roleFits(w("Queen"), ["monarch"]))
        #expect(ArticleContext.roleFits(w("Emir"), ["monarch"]))
        #expect(!ArticleContext.roleFits(w("Crown Prince"), ["monarch"]))
        #expect(ArticleContext.roleFits(w("Prime Minister"), ["leader"]))
        #expect(ArticleContext.roleFits(w("President"), ["leader"]))
        #expect(!ArticleContext.roleFits(w("Vice President"), ["leader"]))
        #expect(!ArticleContext.roleFits(w("Leader of the Opposition"), ["leader"]))
        #expect(!ArticleContext.roleFits(w("Foreign Minister"), ["leader"]))
    }
}
