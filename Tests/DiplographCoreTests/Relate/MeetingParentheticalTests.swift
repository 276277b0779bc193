import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let ivan = "[Ivan Sokol|person|ivan-sokol]"

@Suite("Meeting frame: a short parenthetical after a listed name")
struct MeetingParentheticalTests {
    @Test("a bracketed country or post after each name does not end the list")
    func bracketedCountries() {
        let m = Markup.meetings(
            """
            \(ana) had a meeting with the co-chairs \(tomas) ([Kestria|country|kestria]), \(mei) (the Republic of [Norvia|country|norvia]) and \(ivan) (observer).
            """)
        #expect(m.pairs == ["ana-lind+ivan-sokol", "ana-lind+mei-chen", "ana-lind+tomas-berg"])
    }

    @Test("counterexample: a bracket that names a person ends the list")
    func bracketWithPerson() {
        let m = Markup.meetings("\(ana) met \(tomas) (with \(mei) at his side) and then the press.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
    }
}
