import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"

@Suite("Meeting lists: a long description that ends with its holder")
struct MeetingListHolderTests {
    @Test("the holder after a long description is met, and the list goes on after it")
    func holderAfterLongDescription() {
        let m = Markup.meetings(
            """
            \(ana) met with Council President \(tomas), the special envoy for the Norvik-Vexmoor dialogue \(mei), as well as with Senator \(ivan).
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("a person inside an item, not at its end, still ends the list")
    func personInsideAnItem() {
        let m = Markup.meetings(
            """
            \(ana) met with Council President \(tomas), the envoy \(mei) sent to the Norvik talks, and Senator \(ivan).
            """)
        #expect(!m.pairs.contains("ana-lind+ivan-sokol"), "\(m.pairs)")
    }
}
