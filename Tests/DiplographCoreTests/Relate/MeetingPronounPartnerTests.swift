import Testing

@testable import DiplographCore

// Sentences written for these tests; the people are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivo = "[Ivo Sand|person|ivo-sand]"

/// A subject pronoun coordinated with its own counterpart (`MeetingMatcher+PronounPartner.swift`).
@Suite("Meeting frame: he and his counterpart")
struct MeetingPronounPartnerTests {
    @Test("'X arrived, where he and his Kestrian counterpart Y discussed trade'")
    func sameSentence() {
        #expect(
            Markup.meetings(
                "\(ana) arrived in the capital, where he and his Kestrian counterpart \(tomas) discussed trade."
            )
            .pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'She and her counterpart, Y, signed two agreements' after a sentence on X")
    func earlierTopic() {
        let pairs = Markup.meetings(
            """
            \(ana) landed in the capital on Monday.
            She and her Norvian counterpart, \(tomas), signed two agreements on fisheries.
            """
        ).pairs
        #expect(pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a spouse, a possessive of someone else, two people before the pronoun: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("\(ana) arrived, where he and his wife \(mei) discussed the plans.").isEmpty)
        #expect(Markup.meetings("\(ana) arrived, where he and her counterpart \(tomas) discussed trade.").isEmpty)
        #expect(
            Markup.meetings("\(ana) and \(ivo) arrived, where he and his counterpart \(tomas) discussed trade.")
                .allSatisfy { !$0.participants.contains("tomas-berg") })
    }
}

/// The pronoun's person is of the counterpart's country: the reading is wrong, no meeting.
@Suite("Meeting frame: he and his counterpart of his own country")
struct MeetingPronounPartnerCountryTests {
    @Test("'X (a Kestrian) arrived, where he and his Kestrian counterpart Y discussed trade': no meeting")
    func ownCountry() {
        let r = Markup.meetingsWithRoles(
            "[Ana Lind|person|ana-lind] arrived, where he and his [Kestrian|country|kestria] counterpart "
                + "[Tomas Berg|person|tomas-berg] discussed trade.",
            sides: ["ana-lind": "kestria"])
        #expect(r.isEmpty)
    }
}
