import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"

@Suite("Meeting frames: 'had a talk with'")
struct MeetingTalkWithTests {
    @Test("'had a bilateral talk with Y' is a meeting held")
    func bilateralTalkWith() {
        let m = Markup.meetings(
            """
            President \(ana) had a bilateral talk with Prime Minister \(tomas) in Norvik.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.status == .held)
    }

    @Test("a bare 'a talk', or a talk with no one after it, is no meeting")
    func talkGiven() {
        #expect(Markup.meetings("\(ana) held a talk with \(tomas).").isEmpty)
        let m = Markup.meetings(
            """
            President \(ana) had a long talk about trade before \(tomas) arrived in Norvik.
            """)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }
}
