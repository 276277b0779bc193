import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let lakeport = "[Lakeport|place|lakeport]"
private let ostria = "[Ostrian|country|ostria]"

private func meetings(_ markup: String) -> [MeetingReport] {
    MeetingExtractor.extract(Markup.article(markup), dates: Markup.noDates)
}

/// How a meeting clause names its city around a place mention (`Meetings+PlaceWords.swift`).
@Suite("Meeting places: a place in a city, a description, a region")
struct MeetingPlaceWordsTests {
    @Test("a place followed by \"in\" and a city places the meeting in the city")
    func placeInCity() {
        let complex = "[Blue Complex|place|blue-complex]"
        let m = meetings("\(ana) welcomed \(tomas) in \(complex) in \(lakeport) on Tuesday.")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a place not followed by "in" stays the place.
        let n = meetings("\(ana) welcomed \(tomas) in \(complex) on Tuesday.")
        #expect(n.report("ana-lind", "tomas-berg")?.place == "blue-complex")
    }

    @Test("a description between the preposition and the city")
    func description() {
        let m = meetings("\(ana) met \(tomas) in the \(ostria) capital of \(lakeport) on Monday.")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        let b = meetings("\(ana) and \(tomas) met in the border town of \(lakeport).")
        #expect(b.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a city after another noun is not where they met.
        let n = meetings("\(ana) met \(tomas) in the office of the mayor of \(lakeport).")
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a meeting noun's place before its \"between\" places the meeting")
    func placeBeforeBetween() {
        let m = meetings("Markets rose after a recent meeting in \(lakeport) between \(ana) and \(tomas).")
        #expect(m.report("ana-lind", "tomas-berg")?.place == "lakeport")
        // Counterexample: a place of the clause before the noun is not the noun's.
        let n = meetings("Officials said in \(lakeport) that a recent meeting between \(ana) and \(tomas) went well.")
        #expect(n.report("ana-lind", "tomas-berg")?.place == nil)
    }

    @Test("a sea or a region is no meeting's city")
    func region() {
        let sea = "[Kestrel Sea|place|kestrel-sea]"
        let m = meetings("\(ana) met \(tomas) to talk about the tensions in the \(sea).")
        #expect(m.report("ana-lind", "tomas-berg")?.place == nil)
        let rim = "[Kestrel Rim|place|kestrel-rim]"
        let r = meetings("\(ana) met \(tomas) as tensions rose in the \(rim) region.")
        #expect(r.report("ana-lind", "tomas-berg")?.place == nil)
        // Counterexample: a city named like no region stays the place.
        let n = meetings("\(ana) met \(tomas) in \(lakeport) as tensions rose.")
        #expect(n.report("ana-lind", "tomas-berg")?.place == "lakeport")
    }
}
