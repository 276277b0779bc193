import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let kestrian = "[Kestrian|country|kestria]"

@Suite("Meeting frames: spoke to a counterpart")
struct MeetingCounterpartTalkTests {
    @Test("'spoke to his Kestrian counterpart Y' is a meeting with no phone named")
    func spokeToCounterpart() {
        let m = Markup.meetings(
            """
            Prime Minister \(ana) on Wednesday spoke to her \(kestrian) counterpart \(tomas) and discussed the harbour.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'spoke with Y' without a counterpart or a phone stays no meeting")
    func spokeWithNoCounterpart() {
        let m = Markup.meetings(
            """
            Prime Minister \(ana) spoke with \(tomas) about the harbour on Wednesday.
            """)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
        let aide = Markup.meetings(
            """
            Prime Minister \(ana) spoke to her counterpart's adviser \(tomas) about the harbour.
            """)
        #expect(aide.pairs.isEmpty, "\(aide.pairs)")
    }
}
