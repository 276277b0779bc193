import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"
private let eastfield = "[Eastfield|place|eastfield]"

private func meetings(_ markup: String) -> [MeetingReport] {
    MeetingExtractor.extract(Markup.article(markup), dates: Markup.noDates)
}

/// A venue the text does not know, with its city (`Meetings+VenueCity.swift`).
@Suite("Meeting places: a venue and its city")
struct MeetingVenueCityTests {
    @Test("a city after a capitalised venue and a comma places the meeting")
    func venueComma() {
        let m = meetings("\(ana) hosted \(tomas) at the State House, \(lakeport).")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a city in a list after a comma, with no "at"/"in" before the venue.
        let n = meetings("\(ana) hosted \(tomas), who leads the Harbour Board, \(lakeport) and \(eastfield).")
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a town after a venue the text knows and a comma places the meeting in the town")
    func knownVenueComma() {
        let hill = "[Hill House|place|hill-house]"
        let m = meetings("\(ana) received \(tomas) at \(hill), \(lakeport), on Monday.")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        let v = meetings("\(tomas) visited \(hill), \(lakeport), where he met \(ana).")
        #expect(v.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a town after a place that is no venue is a list, not the venue's town.
        let n = meetings("\(ana) received \(tomas) in \(eastfield), \(lakeport) and the coast.")
        #expect(n.report("ana-lind", "tomas-berg")?.place == "eastfield")
    }

    @Test("a visitor's arrival at a venue told in lower case in a city places the visit")
    func lowercaseVenue() {
        let m = meetings(
            """
            \(ana) arrived at the presidential palace in \(lakeport) on Monday.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a capitalised phrase is not a venue told in lower case.
        let n = meetings(
            """
            \(ana) arrived at the Harbour Board offices to speak in \(lakeport) on Monday.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a visit by a participant to a city places the meetings of the visit")
    func visitBy() {
        let m = meetings(
            """
            The talks came a day after a visit by Foreign Minister \(ana) to \(lakeport), in which she met \(tomas).
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: another person's visit.
        let n = meetings(
            """
            A visit by \(mei) to \(lakeport) is planned.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a host welcoming a guest to a city places the meeting there")
    func welcomedTo() {
        let m = meetings("\(ana) welcomed \(tomas) to \(lakeport) on Saturday for talks on trade.")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: "to" and a city after another verb is where someone goes next.
        let n = meetings("\(ana) met \(tomas), who then flew to \(lakeport).")
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }
}
