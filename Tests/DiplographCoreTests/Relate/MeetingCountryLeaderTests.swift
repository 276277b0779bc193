import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Prime Minister Ana Lind|person|ana-lind]"
private let tomas = "[President Tomas Berg|person|tomas-berg]"
private let mei = "[President Mei Chen|person|mei-chen]"
private let kestrian = "[Kestrian|country|kestria]"
private let kestrias = "[Kestria's|country|kestria]"
private let norvian = "[Norvian|country|norvia]"

/// People with the roles and sides the resolver would give them from their titles.
private let roles = ["ana-lind": ["Prime Minister"], "tomas-berg": ["President"], "mei-chen": ["President"]]

@Suite("Meeting descriptions: a country's leader, a possessive country, 'both leaders'")
struct MeetingCountryLeaderTests {
    @Test("'the Kestrian leader' is Kestria's one top office holder named before")
    func theCountryLeader() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday.
            \(norvian) \(tomas) met the \(kestrian) leader at the palace on Tuesday.
            """, roles: roles, sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a country with two top office holders has no leader to resolve to")
    func twoLeadersNoOne() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) and \(kestrian) \(mei) arrived in Lakeport on Monday.
            \(norvian) \(tomas) met the \(kestrian) leader at the palace on Tuesday.
            """, roles: roles, sides: ["ana-lind": "kestria", "mei-chen": "kestria", "tomas-berg": "norvia"])
        #expect(!m.pairs.contains("ana-lind+tomas-berg") && !m.pairs.contains("mei-chen+tomas-berg"), "\(m.pairs)")
    }

    @Test("'Kestria's prime minister' opens a description as 'the' does")
    func possessiveCountryRole() {
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday.
            \(kestrias) prime minister met \(tomas) at the palace on Tuesday.
            """, roles: roles, sides: ["ana-lind": "kestria", "tomas-berg": "norvia"])
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'Kestria and Norvia's leaders have met': each country's one leader")
    func countriesLeaders() {
        let sides = ["ana-lind": "kestria", "tomas-berg": "norvia"]
        let m = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday, where \(norvian) \(tomas) waited.
            [Kestria|country|kestria] and [Norvia's|country|norvia] leaders have met in Lakeport.
            """, roles: roles, sides: sides)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let of = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday.
            The leaders of [Kestria|country|kestria] and [Norvia|country|norvia] met in Lakeport.
            """, roles: roles, sides: sides)
        #expect(of.pairs.isEmpty, "Norvia's leader is not named before: \(of.pairs)")
        let named = Markup.meetingsWithRoles(
            """
            \(kestrian) \(ana) arrived in Lakeport on Monday to see \(norvian) \(tomas).
            The leaders of [Kestria|country|kestria] and [Norvia|country|norvia] met in Lakeport.
            """, roles: roles, sides: sides)
        #expect(named.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'Both leaders met' is the two people of the sentence before, and only two")
    func bothLeaders() {
        let m = Markup.meetings(
            """
            \(ana) and \(tomas) arrived in Lakeport on Monday.
            Both leaders met at the palace on Tuesday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let three = Markup.meetings(
            """
            \(ana), \(mei) and \(tomas) arrived in Lakeport on Monday.
            Both leaders met at the palace on Tuesday.
            """)
        #expect(three.pairs.isEmpty, "\(three.pairs)")
    }
}
