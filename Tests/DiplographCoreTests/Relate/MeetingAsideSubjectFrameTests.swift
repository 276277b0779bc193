import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and places are invented.

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let mei = "[Mei Chen|person|mei-chen]"
private let lakeport = "[Lakeport|place|lakeport]"

/// "X and Y, at their summit, agreed" (`MeetingMatcher+TheirAside.swift`).
@Suite("Meeting frame: a coordinated subject, then their meeting in an aside")
struct MeetingTheirAsideFrameTests {
    @Test("'X and Y, at their summit in Lakeport, agreed'; 'X, Y and Z, during their talks, …'")
    func frame() {
        let m = Markup.meetings("\(ana) and \(tomas), at their summit in \(lakeport), agreed on fishing quotas.")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.place == "lakeport")
        #expect(
            Markup.meetings("\(ana), \(tomas) and \(mei), during their first talks, signed nothing.").pairs == [
                "ana-lind+mei-chen+tomas-berg"
            ])
    }

    @Test("one person, no meeting noun, or a list that is an object: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("\(ana), at their summit in \(lakeport), agreed on quotas.").isEmpty)
        #expect(Markup.meetings("\(ana) and \(tomas), at their request, stayed home.").isEmpty)
        #expect(Markup.meetings("Letters from \(ana) and \(tomas), at their summit, were read.").isEmpty)
    }
}

/// "The two foreign ministers, X and Y, met" (`MeetingMatcher+ApposedSubject.swift`).
@Suite("Meeting frame: a plural subject with its people between commas")
struct MeetingApposedSubjectFrameTests {
    @Test("'The two foreign ministers, X and Y, met in Lakeport'; 'Both leaders, X and Y, held talks'")
    func frame() {
        let m = Markup.meetings("The two foreign ministers, \(ana) and \(tomas), met in \(lakeport).")
        #expect(m.pairs == ["ana-lind+tomas-berg"])
        #expect(m.first?.place == "lakeport")
        #expect(Markup.meetings("Both leaders, \(ana) and \(tomas), held talks.").pairs == ["ana-lind+tomas-berg"])
    }

    @Test("no 'two' or 'both', or no list between the commas: no meeting")
    func counterexamples() {
        #expect(Markup.meetings("Officials, \(ana) and \(tomas), met in \(lakeport).").isEmpty)
        #expect(Markup.meetings("The two envoys, \(ana), met in \(lakeport).").isEmpty)
    }
}
