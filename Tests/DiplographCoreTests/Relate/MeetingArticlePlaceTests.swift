import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"
private let ostria = "[Ostria|country|ostria]"

private func meetings(_ markup: String, dateline: String? = nil) -> [MeetingReport] {
    MeetingExtractor.extract(Markup.article(markup, dateline: dateline), dates: Markup.noDates)
}

/// A meeting whose sentence says nowhere takes the place the article states for it.
@Suite("Meeting places from the article")
struct MeetingArticlePlaceTests {
    @Test("a participant's arrival in a city places the meeting; another person's does not")
    func visitPlace() {
        let m = meetings(
            """
            \(ana) arrived in \(lakeport) on Monday for a three-day trip.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        let n = meetings(
            """
            \(mei) arrived in \(lakeport) on Monday.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("two different cities of the visit give none")
    func twoVisitCities() {
        let m = meetings(
            """
            \(ana) arrived in \(lakeport) on Monday and is visiting [Eastfield|place|eastfield] next.
            \(ana) met \(tomas) to discuss trade.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a sentence about the meeting that follows gives its city, through a description")
    func followingSentence() {
        let m = meetings(
            """
            \(ana) held talks with \(tomas) on trade.
            The meeting took place in the \(ostria) capital \(lakeport).
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a sentence that names someone else is about another matter.
        let n = meetings(
            """
            \(ana) held talks with \(tomas) on trade.
            \(mei) will host a meeting in \(lakeport) next year.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("an event to come, \"to take place\" or \"to be held\" somewhere, does not place the meeting")
    func eventToCome() {
        let m = meetings(
            """
            \(ana) met \(tomas) on trade.
            They discussed the summit, to take place in \(lakeport) in June, and other matters.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
        let n = meetings(
            """
            \(ana) met \(tomas) on trade.
            They discussed the summit that will be held in \(lakeport) in June.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
        // Counterexample: a meeting that took place in a city is placed there.
        let o = meetings(
            """
            \(ana) met \(tomas) on trade.
            The meeting took place in \(lakeport) on Monday.
            """)
        #expect(o.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("a later sentence that tells a plan gives the plan's place, not the meeting's")
    func plannedSentence() {
        let m = meetings(
            """
            \(ana) met \(tomas) on trade.
            \(ana) also invited \(tomas) to the summit in \(lakeport) next year.
            """)
        #expect(m.first { $0.participants == ["ana-lind", "tomas-berg"] && $0.status == .held }?.place == nil)
        #expect(m.contains { $0.status == .planned }, "the invitation is a plan")
        // Counterexample: a later sentence about the meeting held still places it.
        let n = meetings(
            """
            \(ana) met \(tomas) on trade.
            The meeting with \(tomas) was held in \(lakeport).
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("the dateline's place, when the article names it; never for a phone call")
    func datelinePlace() {
        let text = """
            \(ana) held talks with \(tomas) on trade.
            Both spoke to reporters in \(lakeport) afterwards about fish.
            """
        #expect(meetings(text, dateline: "LAKEPORT").report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexamples: a dateline the article never names as a place, and a phone call.
        #expect(meetings(text, dateline: "EASTFIELD").report("ana-lind", "tomas-berg")?.place == nil)
        let call = meetings(
            """
            \(ana) spoke by phone with \(tomas) on trade.
            Both spoke to reporters in \(lakeport) afterwards about fish.
            """, dateline: "LAKEPORT")
        #expect(call.first?.status == .phone)
        #expect(call.first?.place == nil)
    }

    @Test("a venue that a later sentence gives, with no known town, takes the dateline's town")
    func laterVenueThenDateline() {
        let hill = "[Hill Secretariat|place|hill-secretariat]"
        let text = """
            \(ana) held talks with \(tomas) on trade.
            "Met \(tomas) at \(hill) today," \(ana) said in \(lakeport).
            """
        #expect(meetings(text, dateline: "LAKEPORT").report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: with no town anywhere, the venue stays.
        #expect(meetings(text).report("ana-lind", "tomas-berg")?.place == "hill-secretariat")
    }

    @Test("one more meeting of the same visit takes the first meeting's place")
    func sequelPlace() {
        let m = meetings(
            """
            \(ana) met \(tomas) at the palace in \(lakeport).
            \(ana) also received \(mei), who briefed her on trade.
            """)
        #expect(m.report("ana-lind", "mei-chen")?.place == "lakeport")
        // Counterexample: a meeting told without "also"/"later" is not a sequel.
        let n = meetings(
            """
            \(ana) met \(tomas) at the palace in \(lakeport).
            \(ana) received \(mei), who briefed her on trade.
            """)
        #expect(n.report("ana-lind", "mei-chen")?.place == nil)
    }
}

@Suite("Meeting places: venues and ledes")
struct MeetingVenueTests {
    @Test("a venue named after a city the article names is placed in that city")
    func venueNamedAfterCity() {
        let m = meetings(
            """
            \(ana) met \(tomas) at [Lakeport International Airport|place|lakeport-airport].
            Crowds gathered in \(lakeport) later.
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a venue whose name holds no city of the article stays the venue.
        let n = meetings("\(ana) met \(tomas) at [Old Fort Palace|place|old-fort-palace].")
        #expect(n.report("ana-lind", "tomas-berg")?.place == "old-fort-palace")
    }

    @Test("a venue in a city, in a sentence about the meeting, gives the city")
    func venueInCity() {
        let m = meetings(
            """
            \(ana) held talks with \(tomas) on trade.
            The meeting took place at the [Old Fort|place|old-fort] in \(lakeport).
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("the lede is the first body sentence that ends as a sentence does, not a dateline line")
    func ledeSkipsDatelineLine() {
        let pub = PartialDate(year: 2025, month: 3, day: 17)
        let dated = Markup.meetings(
            """
            Lakeport, March 17

            \(ana) chaired a meeting with \(tomas) at the fort.
            """, published: pub)
        #expect(dated.first?.date == pub)
        // Counterexample: the meeting in the second full sentence is not the lede's.
        let later = Markup.meetings(
            """
            Lakeport, March 17

            The fort was calm.
            \(ana) chaired a meeting with \(tomas) at the fort.
            """, published: pub)
        #expect(later.first?.date == nil)
    }
}

@Suite("Meeting places: what does not place a meeting")
struct MeetingPlaceLimitTests {
    @Test("a meeting that a sentence calls a phone call takes no place from the article")
    func toldAsCall() {
        let call = """
            \(ana) held talks with \(tomas) on fish.
            \(ana) told \(tomas) about quotas in a video call.
            Crowds gathered in \(lakeport) later.
            """
        #expect(meetings(call, dateline: "LAKEPORT").report("ana-lind", "tomas-berg")?.place == nil)
        // Counterexample: an earlier call is not this meeting's kind; the dateline places it.
        let talks = """
            \(ana) held talks with \(tomas) on fish.
            \(ana) told \(tomas) about quotas, after the two had talked over the phone.
            Crowds gathered in \(lakeport) later.
            """
        #expect(meetings(talks, dateline: "LAKEPORT").report("ana-lind", "tomas-berg")?.place == "lakeport")
    }

    @Test("a city inside a purpose clause of the meeting sentence is not its place")
    func purposeClause() {
        let m = meetings(
            """
            \(ana) held talks with \(tomas) on fish.
            The meeting was called to discuss security in \(lakeport).
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
        // Counterexample: before the purpose clause it counts.
        let n = meetings(
            """
            \(ana) held talks with \(tomas) on fish.
            The meeting was held in \(lakeport) to discuss security.
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }
}

@Suite("Meeting places: a venue's town")
struct MeetingVenuePlaceTests {
    /// Extracts with affiliations and roles set on the article's entities.
    func extract(
        _ markup: String, dateline: String? = nil, affiliations: [String: String] = [:], seats: Set<String> = []
    )
        -> [MeetingReport]
    {
        var r = Markup.article(markup, dateline: dateline)
        for i in r.entities.indices {
            r.entities[i].affiliation = affiliations[r.entities[i].id]
            if seats.contains(r.entities[i].id) { r.entities[i].roles = ["Seat"] }
        }
        return MeetingExtractor.extract(r, dates: Markup.noDates)
    }

    @Test("a meeting at a palace takes the town of the visit; with no town it keeps the palace")
    func palaceTakesVisitTown() {
        let text = """
            \(ana) arrived in \(lakeport) on Monday for a two-day trip.
            \(ana) met \(tomas) at the [Blue Palace|place|blue-palace] to discuss trade.
            """
        #expect(extract(text).report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: nothing gives a town, so the venue stays.
        let alone = "\(ana) met \(tomas) at the [Blue Palace|place|blue-palace] to discuss trade."
        #expect(extract(alone).report("ana-lind", "tomas-berg")?.place == "blue-palace")
        // Counterexample: a place whose name is not a venue's is a town and is kept.
        let town = """
            \(ana) arrived in \(lakeport) on Monday for a two-day trip.
            \(ana) met \(tomas) in [Eastfield|place|eastfield] to discuss trade.
            """
        #expect(extract(town).report("ana-lind", "tomas-berg")?.place == "eastfield")
    }

    @Test("a ceremony of the visit places the meeting, through a venue noun and 'in'; another person's does not")
    func ceremonyOfTheVisit() {
        let m = extract(
            """
            \(ana) held talks with \(tomas) on trade.
            The welcoming ceremony for \(ana) was held at the [Old Fort|place|old-fort] residence in \(lakeport).
            """)
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: the ceremony of someone else.
        let n = extract(
            """
            \(ana) held talks with \(tomas) on trade.
            The welcoming ceremony for \(mei) was held at the [Old Fort|place|old-fort] residence in \(lakeport).
            """)
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a venue takes the dateline's town, in a Romance name too; not a town of another country")
    func venueTakesDateline() {
        let text = """
            \(ana) met \(tomas) at [Casa Verde|place|casa-verde] to discuss trade.
            Crowds gathered in \(lakeport) later.
            """
        #expect(extract(text, dateline: "LAKEPORT").report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a seat of government of one country is not in another country's town.
        let seat = """
            \(ana) met \(tomas) at the [Hill Seat|place|hill-seat] to discuss trade.
            Crowds gathered in \(lakeport) later.
            """
        let kept = extract(
            seat, dateline: "LAKEPORT", affiliations: ["hill-seat": "norvia", "lakeport": "ostria"],
            seats: ["hill-seat"])
        #expect(kept.report("ana-lind", "tomas-berg")?.place == "hill-seat")
        let same = extract(
            seat, dateline: "LAKEPORT", affiliations: ["hill-seat": "ostria", "lakeport": "ostria"],
            seats: ["hill-seat"])
        #expect(same.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }
}
