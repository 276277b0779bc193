import Testing

@testable import DiplographCore

// Fixture sentences are written for these tests (no news text is copied).
// People: Ana Lind (ana-lind), Tomas Berg (tomas-berg), Mei Chen (mei-chen), Park Ji Hoon
// (park-ji-hoon), Zhao Lei (zhao-lei), Ivan Sokol (ivan-sokol).

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"

@Suite("Meeting patterns")
struct MeetingPatternTests {
    @Test("X met Y / X met with Y")
    func metWith() {
        #expect(Markup.meetings("\(ana) met \(tomas) in the capital.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("Later, \(ana) met with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        let r = Markup.meetings("\(ana) met with \(tomas).")
        #expect(r.first?.status == .held)
    }

    @Test("subject with appositive and object with titles")
    func appositiveAndTitles() {
        let m = Markup.meetings(
            """
            [Ana Lind|person|ana-lind], [Norway|country|norway]'s trade envoy, met [Swedish|country|sweden] Deputy Prime Minister [Tomas Berg|person|tomas-berg] on a rainy afternoon.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings(
            """
            Envoy [Ana Lind|person|ana-lind], also a member of the [Arctic Council|organization|arctic-council] board, holds talks with Minister of the [Republic of Lorania|country|lorania] [Tomas Berg|person|tomas-berg] in [Oslo|place|oslo].
            """)
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        #expect(n.first?.place == "oslo")
    }

    @Test("held talks / holds talks / had a meeting")
    func heldTalks() {
        #expect(Markup.meetings("\(ana) held talks with \(tomas) on trade.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(mei) holds talks with \(ana) in [Oslo|place|oslo].").pairs == ["ana-lind+mei-chen"])
        #expect(Markup.meetings("\(mei) had a long meeting with \(tomas).").pairs == ["mei-chen+tomas-berg"])
        #expect(
            Markup.meetings("\(mei) and \(tomas) held their first summit last year.").pairs == ["mei-chen+tomas-berg"])
    }

    @Test("talks, meeting and summit between X and Y")
    func between() {
        #expect(
            Markup.meetings("The talks between \(ana) and \(tomas) lasted three hours.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(
            Markup.meetings("It included a long-awaited meeting between \(mei) and \(tomas), the first in years.").pairs
                == ["mei-chen+tomas-berg"])
        // Surnames only.
        let m = Markup.meetings(
            """
            \(ana) flew in on Monday.
            The meeting between [Lind|person|ana-lind] and [Berg|person|tomas-berg] took place later.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("X's meeting / talks / summit with Y")
    func possessive() {
        #expect(
            Markup.meetings(
                "The deal follows [Lind|person|ana-lind]'s earlier talks with Foreign Minister \(tomas) last week."
            ).pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("[Chen|person|mei-chen]’s summit with President \(tomas) was brief.").pairs == [
                "mei-chen+tomas-berg"
            ])
        #expect(Markup.meetings("\(ana)'s meeting with \(mei) ended early.").pairs == ["ana-lind+mei-chen"])
    }

    @Test("During his meeting with X, Y … / During her talks with X, Y …")
    func duringMeetingWith() {
        let m = Markup.meetings(
            """
            During his meeting with [Berg|person|tomas-berg], who also chairs the [Harbour Board|organization|harbour-board], President \(ana) said trade would grow.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("During her talks with \(tomas), [Chen|person|mei-chen] praised the port project.").pairs
                == ["mei-chen+tomas-berg"])
    }

    @Test("Y welcomed / received / hosted X")
    func hostVerbs() {
        #expect(
            Markup.meetings(
                "Premier [Berg|person|tomas-berg] welcomed [Lind|person|ana-lind] in [Oslo|place|oslo] on the second day."
            ).pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(mei) received \(ana) at the palace.").pairs == ["ana-lind+mei-chen"])
        #expect(Markup.meetings("\(mei) hosted \(tomas) for a dinner.").pairs == ["mei-chen+tomas-berg"])
        #expect(Markup.meetings("\(ana) was received by \(tomas).").pairs == ["ana-lind+tomas-berg"])
        // Hosting a thing is not a meeting.
        #expect(Markup.meetings("\(mei) received the award from the committee, and \(tomas) applauded.").isEmpty)
    }

    @Test("sat down with, shook hands with, conferred with, paid a courtesy call on, is meeting")
    func otherVerbs() {
        #expect(Markup.meetings("\(ana) sat down with \(tomas) for two hours.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) shook hands with \(mei) at the gate.").pairs == ["ana-lind+mei-chen"])
        #expect(Markup.meetings("\(mei) conferred with \(tomas) in private.").pairs == ["mei-chen+tomas-berg"])
        let c = Markup.meetings("\(ana) paid a courtesy call on \(tomas) at his office.")
        #expect(c.pairs == ["ana-lind+tomas-berg"] && c.first?.status == .held)
        #expect(
            Markup.meetings("\(ana) is meeting \(tomas) in [Oslo|place|oslo] today.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) sat down to write to \(tomas).").isEmpty)
    }

    @Test("headlines coordinate with a comma; running text does not")
    func headlineComma() {
        var r = Markup.article("\(ana), \(tomas) hold talks on fish quotas\n\nThe sun shone.")
        r.article.blocks[0].kind = .headline
        #expect(MeetingExtractor.extract(r, dates: Markup.noDates).pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana), \(tomas) hold talks on fish quotas.").isEmpty)
    }

    @Test("X and Y exchanged views")
    func exchangedViews() {
        #expect(Markup.meetings("\(ana) and \(tomas) exchanged views on fisheries.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) exchanged opinions with \(mei) on the border.").pairs == ["ana-lind+mei-chen"])
    }

    @Test("the X-Y summit, with surnames resolved by the resolver or from the article's people")
    func hyphenated() {
        // Resolver marked each surname.
        let a = Markup.meetings(
            """
            \(ana) visited the port.
            Officials praised the [Lind|person|ana-lind]-[Berg|person|tomas-berg] summit as a turning point.
            """)
        #expect(a.pairs == ["ana-lind+tomas-berg"])
        // Resolver left "Park-Zhao" alone: surnames are looked up among the article's people.
        let b = Markup.meetings(
            """
            [Park Ji Hoon|person|park-ji-hoon] and [Zhao Lei|person|zhao-lei] arrived separately.
            Both sides called the Park-Zhao meeting a success.
            """)
        #expect(b.pairs == ["park-ji-hoon+zhao-lei"])
        // Resolver took "Park-Zhao" for one (unknown) person: split it on the hyphen.
        let c = Markup.meetings(
            """
            [Park Ji Hoon|person|park-ji-hoon] greeted the crowd, and [Zhao Lei|person|zhao-lei] waved.
            Analysts said the [Park-Zhao|person|park-zhao] summit set a new tone.
            """)
        #expect(c.pairs == ["park-ji-hoon+zhao-lei"])
        // A hyphenated given name is not a pair.
        #expect(Markup.meetings("The [Park Ji-hoon|person|park-ji-hoon] summit plan drew praise from \(mei).").isEmpty)
        // Countries joined by a hyphen are not people.
        #expect(
            Markup.meetings(
                "\(ana) spoke about the [Norway|country|norway]-[Sweden|country|sweden] talks with \(tomas) nearby."
            ).isEmpty)
    }

    @Test("at their summit …, X and Y …")
    func theirSummit() {
        let m = Markup.meetings(
            """
            \(mei) recalled that at their most recent summit in the spring, President [Berg|person|tomas-berg] and Chairman [Park|person|park-ji-hoon] had agreed on a plan.
            """)
        #expect(m.pairs == ["park-ji-hoon+tomas-berg"])
    }

    @Test("she met X and Y: pronoun resolved inside the sentence; two pairs, not a trio")
    func pronounSubject() {
        let m = Markup.meetings(
            """
            The visit follows [Lind|person|ana-lind]'s trip to [Lorania|country|lorania], where she met President \(tomas) and Finance Minister [Ivan Sokol|person|ivan-sokol], officials said.
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+tomas-berg"])
        // From the previous sentence when it names one person only.
        let n = Markup.meetings(
            """
            \(ana) landed in [Oslo|place|oslo] on Friday.
            She met \(tomas) the next morning.
            """)
        #expect(n.pairs == ["ana-lind+tomas-berg"])
        // Not when the previous sentence names two people.
        let o = Markup.meetings(
            """
            \(ana) and \(mei) landed in [Oslo|place|oslo] on Friday.
            She met \(tomas) the next morning.
            """)
        #expect(o.isEmpty, "\(o.pairs)")
    }

    @Test("three or more people: one record")
    func threeParty() {
        let text = """
            \(ana) met with Deputy Minister \(tomas) in [Oslo|place|oslo].
            The talks between [Lind|person|ana-lind] and [Berg|person|tomas-berg] were cordial.
            The meeting, which also included \(mei) and Ambassador [Ivan Sokol|person|ivan-sokol], ended with a joint statement.
            """
        // Attendees of unknown country are evidence only (`Meetings+Sides.swift`).
        let m = Markup.meetings(text)
        #expect(m.count == 1)
        #expect(m.first?.participants == ["ana-lind", "tomas-berg"])
        #expect(m.first?.evidence.count == 3)
        #expect(m.first?.place == "oslo")
        // With their countries, each attendee met the participant of the other country.
        let sides = ["ana-lind": "kestria", "tomas-berg": "norvia", "mei-chen": "kestria", "ivan-sokol": "norvia"]
        let s = Markup.meetingsWithRoles(text, sides: sides)
        #expect(s.pairs == ["ana-lind+ivan-sokol", "ana-lind+tomas-berg", "mei-chen+tomas-berg"])
        #expect(s.allSatisfy { $0.place == "oslo" })
        let c = Markup.meetings("\(ana), \(tomas) and \(mei) met in [Oslo|place|oslo] to sign the accord.")
        #expect(c.count == 1)
        #expect(c.first?.participants == ["ana-lind", "mei-chen", "tomas-berg"])
        let n = Markup.meetings("Talks between \(ana), \(tomas) and \(mei) opened on a hopeful note.")
        #expect(n.count == 1)
        #expect(n.first?.participants == ["ana-lind", "mei-chen", "tomas-berg"])
    }

    @Test("phone and video calls")
    func phone() {
        #expect(Markup.meetings("\(ana) spoke by phone with \(tomas) about the storm.").first?.status == .phone)
        #expect(Markup.meetings("\(ana) and \(tomas) spoke by telephone for an hour.").first?.status == .phone)
        #expect(Markup.meetings("\(ana) spoke with \(tomas) over the phone.").first?.status == .phone)
        #expect(Markup.meetings("\(mei) held a video call with \(tomas) on the grain deal.").first?.status == .phone)
        #expect(
            Markup.meetings("In a phone call with \(tomas), \(ana) raised the quota issue.").first?.status == .phone)
        #expect(
            Markup.meetings("The telephone conversation between \(ana) and \(mei) was short.").first?.status == .phone)
        #expect(Markup.meetings("\(mei) received a phone call from \(ana) late at night.").first?.status == .phone)
        // Speaking with someone, no phone: not enough.
        #expect(Markup.meetings("\(ana) spoke with \(tomas) about the weather.").isEmpty)
    }

    @Test("X told Y adds evidence to a reported meeting, and is no meeting on its own")
    func told() {
        let m = Markup.meetings(
            """
            \(ana) met \(tomas) in [Oslo|place|oslo].
            In a statement, the ministry said [Lind|person|ana-lind] told [Berg|person|tomas-berg] that the quota would stay.
            """)
        #expect(m.count == 1)
        #expect(m.first?.evidence.count == 2)
        #expect(Markup.meetings("\(ana) told \(tomas) that the quota would stay.").isEmpty)
        // Inside a reported meeting.
        #expect(
            Markup.meetings("During the talks, \(ana) told \(tomas) that the quota would stay.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(
            Markup.meetings("\(ana) told \(tomas) in a phone call that the quota would stay.").first?.status == .phone)
        // A meeting merely mentioned is not the frame of what was told.
        #expect(Markup.meetings("\(ana) told \(tomas) that the summit was off.").isEmpty)
    }

    @Test("During the meeting, X said … adds evidence to the main meeting")
    func duringTheMeeting() {
        let m = Markup.meetings(
            """
            \(ana) met \(tomas) in [Oslo|place|oslo].
            Separately, \(mei) toured the harbour.
            During the meeting, [Lind|person|ana-lind] said the quota would stay.
            """)
        #expect(m.count == 1)
        #expect(
            m.first?.evidence.map(\.sentence) == [
                "Ana Lind met Tomas Berg in Oslo.", "During the meeting, Lind said the quota would stay.",
            ])
    }
}

@Suite("Not meetings")
struct NotMeetingTests {
    @Test(
        "planned forms are planned, not held",
        arguments: [
            "\(ana) is expected to meet \(tomas) next week.",
            "\(ana) will meet \(tomas) in the spring.",
            "\(ana) plans to hold talks with \(tomas).",
            "\(ana) invited \(tomas) to visit the capital.",
            "\(mei) wants to invite \(tomas) to the fair.",
            "Officials discussed a possible meeting between \(ana) and \(tomas).",
            "There is speculation that a summit between \(ana) and \(mei) is near.",
            "\(ana) may meet \(tomas) at the forum.",
            "A proposed summit between \(ana) and \(tomas) was discussed.",
            "The summit between \(ana) and \(tomas) is expected to take place in May.",
        ])
    func planned(_ sentence: String) {
        let m = Markup.meetings(sentence)
        #expect(m.allSatisfy { $0.status == .planned })
        #expect(!m.contains { $0.status == .held || $0.status == .phone })
    }

    @Test("explicit plans are kept as planned records")
    func plannedRecord() {
        let m = Markup.meetings("\(ana) is expected to meet \(tomas) next week.")
        #expect(m.count == 1 && m.first?.status == .planned)
        #expect(m.first?.participants == ["ana-lind", "tomas-berg"])
    }

    @Test(
        "no meeting at all",
        arguments: [
            "\(ana) shared a stage with \(tomas) and \(mei) at the ceremony.",
            "\(ana) and \(tomas) attended the same parade.",
            "\(ana) declined to meet \(tomas) during the visit.",
            "\(ana) did not meet \(tomas) this time.",
            "\(ana) sent a message to \(tomas) on his birthday.",
            "\(ana) criticised \(tomas) over the tariff.",
            "\(ana) and \(tomas) are both candidates, \(mei) said.",
            "\(ana) accompanied \(tomas) to the summit in [Oslo|place|oslo].",
            "\(ana) met with the [Lorania Foreign Ministry|organization|lorania-mfa], which \(tomas) heads.",
            "\(ana) held talks with [Lorania|country|lorania] on fishing rights.",
            "\(ana) could resume talks with the [United States|country|united-states] if \(tomas) agrees.",
            "The leaders' meeting, \(ana) said, was overdue.",
            "The talks were described by \(ana) as useful.",
        ])
    func none(_ sentence: String) {
        let m = Markup.meetings(sentence)
        #expect(m.isEmpty, "\(m.pairs)")
    }

    @Test("meeting someone's envoy is not meeting them")
    func envoy() {
        #expect(Markup.meetings("\(ana) met [Berg|person|tomas-berg]'s special envoy in [Oslo|place|oslo].").isEmpty)
        #expect(Markup.meetings("\(ana) welcomed [Berg|person|tomas-berg]'s decision.").isEmpty)
        #expect(Markup.meetings("\(ana) met [Berg|person|tomas-berg]'s envoy \(mei).").pairs == ["ana-lind+mei-chen"])
    }

    @Test("a dateline is not a meeting place")
    func dateline() {
        let m = Markup.meetings("[OSLO|place|oslo] – \(ana) met \(tomas) on Friday.")
        #expect(m.count == 1)
        #expect(m.first?.place == nil)
    }
}

@Suite("Meeting place and evidence")
struct MeetingPlaceEvidenceTests {
    @Test("the city after 'in' is preferred over a venue after 'at'")
    func cityOverVenue() {
        let m = Markup.meetings(
            """
            \(ana) met \(tomas) at the [Akershus Fortress|place|akershus-fortress] in [Oslo|place|oslo] on Sunday, the agency reported.
            """)
        #expect(m.first?.place == "oslo")
        let n = Markup.meetings("\(ana) met \(tomas) at the [Akershus Fortress|place|akershus-fortress].")
        #expect(n.first?.place == "akershus-fortress")
    }

    @Test("a place in an opening phrase counts; one after a reporting verb does not")
    func openingPlace() {
        #expect(Markup.meetings("In [Oslo|place|oslo], \(ana) met \(tomas).").first?.place == "oslo")
        #expect(Markup.meetings("\(ana) met \(tomas), as reported by media in [Oslo|place|oslo].").first?.place == nil)
    }

    @Test("evidence: article id, sentence text and byte offset of the sentence")
    func evidenceOffsets() {
        let markup = """
            The weather was calm.
            \(ana) met \(tomas) in [Oslo|place|oslo].

            Later [Lind|person|ana-lind]'s talks with [Berg|person|tomas-berg] continued over dinner.
            """
        let r = Markup.article(markup, id: "doc7")
        let m = MeetingExtractor.extract(r, dates: Markup.noDates)
        #expect(m.count == 1)
        let ev = m.first?.evidence ?? []
        #expect(ev.count == 2)
        #expect(ev.map(\.article) == ["doc7", "doc7"])
        #expect(ev.first?.sentence == "Ana Lind met Tomas Berg in Oslo.")
        #expect(ev.first?.offset == Markup.offset(of: "Ana Lind met", in: r))
        #expect(ev.last?.offset == Markup.offset(of: "Later Lind", in: r))
        for e in ev {
            let bytes = Array(e.sentence.utf8)
            #expect(Array(r.article.text[e.offset..<(e.offset + bytes.count)]) == bytes)
        }
    }

    @Test("a meeting with a country, ministry or unnamed counterpart is not person-to-person")
    func institutions() {
        #expect(Markup.meetings("\(ana) met her [Loranian|country|lorania] counterpart in [Oslo|place|oslo].").isEmpty)
        #expect(Markup.meetings("\(ana)'s first meeting with her counterpart went well.").isEmpty)
    }

    @Test("the extractor is pure: same input, same reports")
    func deterministic() {
        let markup = "\(ana) met \(tomas) and \(mei) in [Oslo|place|oslo]."
        let a = Markup.meetings(markup)
        let b = Markup.meetings(markup)
        #expect(a == b)
        #expect(a.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }
}

@Suite("Meeting extractor robustness")
struct MeetingRobustnessTests {
    @Test("overlapping, out-of-range and empty mentions, invalid UTF-8: no crash, same answer twice")
    func messyInput() {
        var r = Markup.article("[Ana Lind|person|ana-lind] met [Tomas Berg|person|tomas-berg] in [Oslo|place|oslo].")
        r.article.text.insert(contentsOf: [0xFF, 0xE2, 0x80], at: 9)  // garbage inside the sentence
        r.sentences[0].range = r.sentences[0].range.lowerBound..<(r.sentences[0].range.upperBound + 3)
        r.mentions.append(Mention(entity: 0, range: 2..<6, sentence: 0))  // overlaps the first
        r.mentions.append(Mention(entity: 1, range: 500..<520, sentence: 0))  // past the end
        r.mentions.append(Mention(entity: 1, range: 20..<20, sentence: 0))  // empty
        r.mentions.append(Mention(entity: 9, range: 0..<3, sentence: 0))  // no such entity
        r.mentions.append(Mention(entity: 0, range: 0..<3, sentence: 7))  // no such sentence
        let a = MeetingExtractor.extract(r)
        let b = MeetingExtractor.extract(r)
        #expect(a == b)
        var c = CooccurrenceCounter()
        c.add(r)  // invalid entity and sentence indices are skipped
        #expect(c.pairs.count == 3)
        #expect(c.pairs[EntityPair("ana-lind", "tomas-berg")]?.windows == 1)
    }

    @Test("an article with no people or no sentences reports nothing")
    func empty() {
        #expect(Markup.meetings("The harbour in [Oslo|place|oslo] was calm.").isEmpty)
        let r = ResolvedArticle(article: Article(id: "e", source: "e", text: [], blocks: []), sentences: [])
        #expect(MeetingExtractor.extract(r).isEmpty)
        var c = CooccurrenceCounter()
        c.add(r)
        #expect(c.totalWindows == 0 && c.pairs.isEmpty)
    }
}

@Suite("Meeting patterns: several objects")
struct MeetingGroupTests {
    /// Extracts with the given affiliations set on the article's entities.
    func meetings(_ markup: String, _ affiliations: [String: String]) -> [MeetingReport] {
        var r = Markup.article(markup)
        for i in r.entities.indices { r.entities[i].affiliation = affiliations[r.entities[i].id] }
        return MeetingExtractor.extract(r) { _, _ in [] }
    }

    @Test("hosting two delegations of different countries is one meeting of three")
    func threeDelegations() {
        let m = meetings(
            """
            [Ana Lind|person|ana-lind] hosted Deputy Minister [Tomas Berg|person|tomas-berg] of the [Republic of Lorania|country|lorania] and [Norway|country|norway]'s Vice Minister for Trade [Mei Chen|person|mei-chen].
            """, ["ana-lind": "sweden", "tomas-berg": "lorania", "mei-chen": "norway"])
        #expect(m.count == 1)
        #expect(m.first?.participants == ["ana-lind", "mei-chen", "tomas-berg"])
    }

    @Test("meeting two officials of one country, or meeting people separately, is one meeting each")
    func oneDelegation() {
        let one = meetings(
            "[Ana Lind|person|ana-lind] met President [Tomas Berg|person|tomas-berg] and Foreign Minister [Mei Chen|person|mei-chen].",
            ["ana-lind": "sweden", "tomas-berg": "norway", "mei-chen": "norway"])
        #expect(Set(one.map { $0.participants }) == [["ana-lind", "tomas-berg"], ["ana-lind", "mei-chen"]])
        let apart = meetings(
            "[Ana Lind|person|ana-lind] separately met [Tomas Berg|person|tomas-berg] and [Mei Chen|person|mei-chen].",
            ["ana-lind": "sweden", "tomas-berg": "norway", "mei-chen": "finland"])
        #expect(apart.count == 2)
    }
}

/// Frames found on the real-news development set (eval/realnews), each written here with
/// invented names and with a sentence it must not fire on.
@Suite("Meeting patterns: verb groups of real copy")
struct MeetingVerbGroupTests {
    @Test("a time adverbial between the subject and the verb")
    func timeBetweenSubjectAndVerb() {
        #expect(Markup.meetings("\(ana) on Sunday held talks with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) on Jan. 30 met \(tomas) in the capital.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) this morning met with \(tomas).").pairs == ["ana-lind+tomas-berg"])
        let phone = Markup.meetings("\(ana) Sunday evening held a telephone conversation with \(tomas).")
        #expect(phone.pairs == ["ana-lind+tomas-berg"])
        #expect(phone.first?.status == .phone)
        // Skipping the adverbial never makes a subject of what is not a person.
        #expect(Markup.meetings("A statement on Sunday met with criticism from \(tomas).").isEmpty)
    }

    @Test("discussed with, and two subjects who discussed")
    func discussed() {
        #expect(
            Markup.meetings("\(ana) has discussed with \(tomas) the border crossings.").pairs == ["ana-lind+tomas-berg"]
        )
        #expect(
            Markup.meetings("\(ana) and her counterpart \(tomas) on Thursday discussed trade.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(Markup.meetings("\(ana) discussed the report at length.").isEmpty)
        // Passive: the people are what was discussed.
        #expect(Markup.meetings("The roles of \(ana) and \(tomas) were discussed.").isEmpty)
        #expect(Markup.meetings("\(ana) discussed [Berg|person|tomas-berg]'s proposal.").isEmpty)
        // "The two delegations discussed …" names what was discussed, not who met.
        #expect(
            Markup.meetings(
                """
                \(ana) flew in and \(tomas) stayed home.
                The two delegations also discussed preparations for a summit.
                """
            ).isEmpty)
    }

    @Test("called on Y is a courtesy call; called on Y to act is an appeal")
    func calledOn() {
        #expect(Markup.meetings("\(ana) called on President \(tomas) at his office.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) called on \(tomas) to resign.").isEmpty)
    }

    @Test("paid calls or a visit on or to a person")
    func paid() {
        #expect(
            Markup.meetings("\(ana) paid introductory calls on Minister \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) paid a courtesy call on \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) paid a visit to \(tomas) at the palace.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) paid tribute to \(tomas).").isEmpty)
    }

    @Test("a phone talk is a call; a talk alone is not a meeting noun")
    func phoneTalk() {
        let m = Markup.meetings("\(ana) has held a phone talk with \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .phone)
        #expect(Markup.meetings("\(ana) held a talk with \(tomas).").isEmpty)
    }

    @Test("a person who completes a noun through 'of' and a title is not the subject")
    func complementIsNotSubject() {
        let envoy = Markup.meetings(
            "A special envoy of the [Loranian|country|lorania] Prime Minister \(tomas) paid a courtesy call on \(ana).")
        #expect(envoy.isEmpty)
        #expect(Markup.meetings("Secretary of State \(ana) met \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings(
                "The head of the [Presidential Office|organization|presidential-office] \(ana) received \(tomas)."
            ).pairs
                == ["ana-lind+tomas-berg"])
    }

    @Test("a present tense after 'before' or 'until' is still to come")
    func beforePresentTense() {
        let m = Markup.meetings("The visit comes a week before \(ana) sits down with \(tomas) in the capital.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .planned)
        let held = Markup.meetings("Days before \(ana) met \(tomas), the ministers spoke.")
        #expect(held.first?.status == .held)
    }

    @Test("a name set off by commas after its title, as object or subject")
    func titleComma() {
        #expect(
            Markup.meetings(
                "\(ana) held talks with the [Loranian|country|lorania] top diplomat, \(tomas), in the capital."
            ).pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("[Loranian|country|lorania] President, \(tomas), met with \(ana).").pairs == [
                "ana-lind+tomas-berg"
            ])
        // A comma after something that is not a title is a list or a clause, not an appositive.
        #expect(Markup.meetings("\(ana) held talks in the capital, \(tomas) said.").isEmpty)
    }

    @Test("'the president' is the article's one president named so far")
    func roleDescriptions() {
        func article(_ markup: String, roles: [String: [String]]) -> [MeetingReport] {
            var r = Markup.article(markup)
            for i in r.entities.indices { r.entities[i].roles = roles[r.entities[i].id] ?? [] }
            return MeetingExtractor.extract(r) { _, _ in [] }
        }
        let roles = [
            "ana-lind": ["President"], "tomas-berg": ["Foreign Minister"], "mei-chen": ["Deputy Prime Minister"],
        ]
        let m = article(
            """
            President \(ana) returned on Sunday.
            The president received Foreign Minister \(tomas) on Monday.
            Later, Deputy Prime Minister \(mei) met the president at the palace.
            """, roles: roles)
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Two presidents: the description names neither.
        let two = article(
            """
            President \(ana) and President [Ivan Sokol|person|ivan-sokol] arrived.
            The president received \(tomas).
            """, roles: ["ana-lind": ["President"], "ivan-sokol": ["President"], "tomas-berg": ["Foreign Minister"]])
        #expect(two.pairs.isEmpty)
        // "the prime minister" is not the Deputy Prime Minister.
        let deputy = article(
            """
            Deputy Prime Minister \(mei) flew in.
            The prime minister received \(tomas).
            """, roles: roles)
        #expect(deputy.pairs.isEmpty)
    }

    @Test("titles joined by 'and', a delegation led by, a title of a country and a comma, hyphenated modifiers")
    func objectPhrases() {
        #expect(
            Markup.meetings("\(ana) met Deputy Prime Minister and Justice Minister \(tomas) on Friday.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(
            Markup.meetings(
                "\(ana) received the [Loranian|country|lorania] delegation led by Foreign Minister \(tomas)."
            ).pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) held a call with the President of [Lorania|country|lorania], \(tomas), on Sunday.")
                .pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings(
                "\(ana) spoke by phone with the independence-leaning [Loranian|country|lorania] President \(tomas)."
            ).pairs
                == ["ana-lind+tomas-berg"])
        // "and" between two people is a list, not two titles of one person.
        #expect(
            Markup.meetings("\(ana) met \(tomas) and [Mei Chen|person|mei-chen].").pairs == [
                "ana-lind+mei-chen", "ana-lind+tomas-berg",
            ])
        // Led by someone, but no delegation: the words stop the object.
        #expect(Markup.meetings("\(ana) received the award led by \(tomas).").isEmpty)
    }

    @Test("visited a person, chaired a meeting, told a meeting with")
    func moreVerbs() {
        #expect(Markup.meetings("\(ana) visited \(tomas) at the prison.").pairs == ["ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) visited the port of [Oslo|place|oslo].").isEmpty)
        #expect(
            Markup.meetings("\(ana) and \(tomas) chaired a meeting of the council.").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) told a meeting with her counterpart \(tomas) that trade grew.").pairs == [
                "ana-lind+tomas-berg"
            ])
        #expect(Markup.meetings("\(ana) requested a meeting with \(tomas).").isEmpty)
        // In a headline, "the X-Y summit to …" is still to come.
        let table = AliasTable(entries: [
            AliasEntry(id: "ana-lind", type: .person, name: "Ana Lind", affiliation: nil, roles: []),
            AliasEntry(id: "tomas-berg", type: .person, name: "Tomas Berg", affiliation: nil, roles: []),
        ])
        let (a, s) = TestArticles.make(
            "Lind-Berg summit to focus on trade\nAna Lind and Tomas Berg will meet in the capital on Friday.")
        let reports = MeetingExtractor.extract(Resolver(table: table).resolve(a, sentences: s)) { _, _ in [] }
        #expect(!reports.isEmpty)
        #expect(reports.allSatisfy { $0.status == .planned }, "\(reports.map(\.status))")
    }

    @Test("a second 'he' in a sentence is the first one")
    func repeatedPronoun() {
        let m = Markup.meetings(
            """
            \(mei) flew to the capital.
            On Monday, he received \(ana) and two days later he received \(tomas).
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "mei-chen+tomas-berg"])
    }
}
