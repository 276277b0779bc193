import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestrian = "[Kestrian|country|kestria]"

@Suite("Meeting frames: the meeting of X with Y, X attended talks with Y")
struct MeetingMeetingOfTests {
    @Test("'the meeting of X with Y was held' is a meeting of the two")
    func meetingOfWith() {
        let m = Markup.meetings(
            """
            On Monday the meeting of President \(ana) with \(kestrian) President \(tomas) was held in Lakeport.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
    }

    @Test("'the talks of X and Y' with no 'with' is a meeting of the coordinated owners")
    func talksOfXAndY() {
        let m = Markup.meetings(
            """
            The talks of \(ana) and \(tomas) covered trade and the harbour.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("a plan after the phrase makes it planned; a possessive after 'of' owns nothing")
    func plannedAndPossessive() {
        let planned = Markup.meetings(
            """
            The meeting of \(ana) with \(tomas) will be held in Lakeport next week.
            """)
        #expect(!planned.isEmpty && planned.allSatisfy { $0.status == .planned }, "\(planned.map(\.status))")
        let aides = Markup.meetings(
            """
            A meeting of \(ana)'s aides with \(tomas) was held in Lakeport.
            """)
        #expect(aides.isEmpty, "\(aides.pairs)")
    }

    @Test("'X attended talks with Y' without a determiner")
    func attendedTalksWith() {
        let m = Markup.meetings(
            """
            President \(ana) attended talks with \(kestrian) President \(tomas) in Lakeport.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }
}
