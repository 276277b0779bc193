import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"

@Suite("Meeting frames: adverbials, title complements, lists")
struct MeetingFrameTests {
    @Test("a place adverbial between subject and verb")
    func placeBetweenSubjectAndVerb() {
        let m = Markup.meetings(
            "King \(ana) on Wednesday at [Harta Palace|place|harta-palace] received Foreign Minister \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // A place that is the object's, not an adverbial: "the envoy in Kestria" has no verb after it.
        let n = Markup.meetings("The envoy in [Kestria|country|kestria] received an award from the guild.")
        #expect(n.isEmpty)
    }

    @Test("the subject's country after \"of\"")
    func subjectOfCountry() {
        let m = Markup.meetings(
            "President \(ana) and Sultan \(tomas) of [Norvia|country|norvia] on Wednesday held talks at the palace.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a time adverbial and a title with complements before the object")
    func objectAfterTimeAndTitle() {
        let m = Markup.meetings(
            """
            The President of [Norvia|country|norvia], \(ana), received this Monday the Secretary of Foreign Affairs of [Kestria|country|kestria], \(tomas), at the palace.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        let n = Markup.meetings(
            "Minister \(mei) received [Norvian|country|norvia] Ambassador to [Kestria|country|kestria] \(ivan) on Monday."
        )
        #expect(n.pairs == ["ivan-sokol+mei-chen"])
        // "received this Monday the award": no person after the adverbial.
        let o = Markup.meetings(
            "Minister \(mei) received this Monday the award of the guild from [Kestria|country|kestria].")
        #expect(o.isEmpty)
    }

    @Test("talked with: a conversation in person; talked to reporters is none")
    func talkedWith() {
        let m = Markup.meetings(
            "Minister \(mei) talked with Ambassador of [Norvia|country|norvia] \(ivan) about tourism.")
        #expect(m.pairs == ["ivan-sokol+mei-chen"])
        #expect(m.first?.status == .held)
        #expect(Markup.meetings("Minister \(mei) talked to reporters about \(ivan).").isEmpty)
        // "spoke with" still needs a phone: it as often reports an interview.
        #expect(Markup.meetings("Minister \(mei) spoke with \(ivan) about the book.").isEmpty)
    }

    @Test("bilateral meetings with several people are one meeting each")
    func bilateralMeetings() {
        let m = Markup.meetings(
            """
            \(ana) held bilateral meetings with the prime ministers of [Norvia|country|norvia] \(tomas), [Kestria|country|kestria] \(mei) and [Zembla|country|zembla] \(ivan).
            """)
        #expect(m.pairs.sorted() == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
        // Coordinated subjects stay one meeting: "bilateral" splits objects only.
        let n = Markup.meetings("\(ana), \(tomas) and \(mei) held bilateral talks on trade.")
        #expect(n.count == 1)
    }

    @Test("a place or time between the meeting noun and \"with\"")
    func adverbialsBeforeWith() {
        #expect(
            Markup.meetings("\(ana) held talks in [Kestria City|place|kestria-city] with President \(tomas).").pairs
                == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana) held talks on Monday with President \(tomas).").pairs == ["ana-lind+tomas-berg"])
        #expect(
            Markup.meetings("\(ana)'s talks in [Kestria City|place|kestria-city] with \(mei) ended.").pairs == [
                "ana-lind+mei-chen"
            ])
        // "in" before something that is no place is no adverbial: "talks in earnest with" stays unread.
        #expect(Markup.meetings("\(ana) held talks in earnest with \(tomas).").isEmpty)
    }

    @Test("an acronym in brackets after a title")
    func acronymAfterTitle() {
        let m = Markup.meetings(
            "\(ana) held a meeting with National Security Adviser (NSA) \(tomas) and Foreign Secretary \(mei).")
        #expect(m.pairs.sorted() == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("\"he\" after a sentence that opens with \"he\" goes back to that one's person")
    func pronounChain() {
        let m = Markup.meetings(
            """
            President \(ana) arrived in the capital on Wednesday.
            He was received by Minister of State \(ivan). He held a meeting with Adviser \(tomas).
            """)
        #expect(m.report("ana-lind", "tomas-berg") != nil, "\(m.pairs)")
        #expect(m.report("ivan-sokol", "tomas-berg") == nil, "\(m.pairs)")
        // Without the chain the previous sentence's one person is the antecedent.
        let n = Markup.meetings(
            """
            The talks began late.
            Minister \(ivan) arrived first. He held a meeting with Adviser \(tomas).
            """)
        #expect(n.pairs == ["ivan-sokol+tomas-berg"])
    }

    @Test("\"as well as with\" starts another list of people met one by one")
    func asWellAsWith() {
        let m = Markup.meetings(
            "\(ana) met with Minister \(tomas) and Minister \(mei), as well as with Envoy \(ivan), Envoy [Lars Holm|person|lars-holm] and Envoy [Omar Said|person|omar-said]."
        )
        #expect(
            m.pairs.sorted() == [
                "ana-lind+ivan-sokol", "ana-lind+lars-holm", "ana-lind+mei-chen", "ana-lind+omar-said",
                "ana-lind+tomas-berg",
            ], "\(m.pairs)")
        // A list without "and" is an apposition: only its first person.
        let n = Markup.meetings("\(ana) met with \(tomas), \(mei).")
        #expect(n.pairs == ["ana-lind+tomas-berg"])
    }
}

@Suite("Meeting frames: quotations, \"the two\", discussions, appositives")
struct MeetingFrameTests2 {
    @Test("a quotation that opens on the verb keeps the subject")
    func quoteBeforeVerb() {
        let m = Markup.meetings("Minister \(ana) and Envoy \(tomas) “exchanged views on trade,” the ministry said.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // A quotation that is the subject's own words names no meeting.
        #expect(Markup.meetings("\(ana) said “\(tomas) met nobody” in the hall.").isEmpty)
    }

    @Test("\"the two\" before a meeting verb: the two people named before")
    func theTwoMet() {
        let m = Markup.meetings(
            "A warm exchange took place between Minister \(ana) and President \(tomas) when the two met on Monday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // Three people before: "the two" is not known.
        let n = Markup.meetings("\(ana) praised \(tomas) and \(mei) after the two met.")
        #expect(!n.pairs.contains("mei-chen+tomas-berg") && !n.pairs.contains("ana-lind+tomas-berg"))
    }

    @Test("discussed … with: after the topic, not after a relation noun")
    func discussedWith() {
        let m = Markup.meetings(
            "\(ana) discussed ways to deepen trade and investment with Foreign Minister \(tomas) and President \(mei).")
        #expect(m.pairs.sorted() == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
        #expect(Markup.meetings("\(ana) discussed relations with \(tomas) at length in her speech.").isEmpty)
        // A pronoun or a clause between the verb and "with" breaks the frame.
        #expect(Markup.meetings("\(ana) discussed what she had agreed with \(tomas).").isEmpty)
    }

    @Test("an appositive between a meeting noun and \"with\"")
    func appositiveBeforeWith() {
        let m = Markup.meetings(
            "\(ana) said on Wednesday she held a phone call, the first of its kind, with President \(tomas).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .phone)
        // Commas around a clause with a name are not an appositive.
        #expect(Markup.meetings("\(ana) held a phone call, \(mei) said, with nobody listening.").isEmpty)
    }

    @Test("a place adverbial between the verb and its object")
    func placeBeforeObject() {
        let m = Markup.meetings(
            "President \(ana) received at [Harta Palace|place|harta-palace] Foreign Minister \(tomas) on Monday.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.place == "harta-palace")
        // Nobody after the adverbial: "received at the palace an award".
        #expect(
            Markup.meetings("President \(ana) received at [Harta Palace|place|harta-palace] an award from the guild.")
                .isEmpty)
    }

    @Test("\"X and his wife received Y\": the companion is no party to the meeting")
    func companionInTheSubject() {
        let m = Markup.meetings("President \(ana) and his wife received President \(tomas) and his wife at the palace.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        // A companion before "and" is not this frame: "His wife and X received Y" names X directly.
        #expect(Markup.meetings("\(ana) praised his wife and the guests received gifts.").isEmpty)
    }

    @Test("\"said the two presidents held talks\": the pair of the sentence before")
    func theTwoAfterAReport() {
        let m = Markup.meetings(
            """
            President \(ana) welcomed the guests with President \(tomas).
            A spokesman said the two presidents held talks on trade.
            """)
        #expect(m.pairs.contains("ana-lind+tomas-berg"))
        // Three people before: not a pair.
        let n = Markup.meetings(
            """
            \(ana), \(tomas) and \(mei) arrived.
            A spokesman said the two presidents held talks on trade.
            """)
        #expect(n.isEmpty)
    }
}
