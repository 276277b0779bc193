import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"

@Suite("Meeting lists: a list closed by 'and other …', a quantity before 'including'")
struct MeetingListEndTests {
    @Test("'A, B and other senior officials' is a list of two people met")
    func listClosedByOtherOfficials() {
        let m = Markup.meetings(
            """
            \(ana) met in Lakeport on Friday with Council President \(tomas), the trade commissioner \(mei) and other senior officials.
            """)
        #expect(m.pairs == ["ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("'A, B' with no 'and' is still an apposition")
    func appositionStays() {
        let m = Markup.meetings(
            """
            \(ana) met with Council President \(tomas), the trade commissioner \(mei), on Friday.
            """)
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }

    @Test("'a host of leaders, including A, B and C': each is met")
    func quantityBeforeIncluding() {
        let m = Markup.meetings(
            """
            \(ana) on Friday met a host of world leaders, including President \(tomas), Premier \(mei) and Chancellor \(ivan), at the summit.
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("a topic list after 'including' names no one met")
    func topicsIncludingNoOne() {
        let m = Markup.meetings(
            """
            \(ana) met reporters on many topics, including trade with \(tomas).
            """)
        #expect(m.pairs.isEmpty, "\(m.pairs)")
    }
}
