import Testing

@testable import DiplographCore

/// `SlugWords.split` against the plain rule, `split(separator: "-")` by characters.
@Suite struct SlugWordsTests {
    @Test func sameWordsAsTheSplitByCharacters() {
        let samples = [
            "", "-", "--", "ana", "ana-b-lorne", "-ana--lorne-", "a-b", "statehouse", "zoë-lind", "e\u{301}-x",
            "a-\u{301}b", "x-\u{301}", "\u{600}-a", "ab\r\n-c", "李-明", "ana-lorne\u{1F600}",
        ]
        for s in samples { #expect(SlugWords.split(s) == s.split(separator: "-"), "\(s.debugDescription)") }
        var g = SplitMix(seed: 7)
        let alphabet: [Character] = ["a", "b", "-", "-", "1", "é", "\u{301}", "z"]
        for _ in 0..<1_000 {
            let s = String((0..<Int.random(in: 0...10, using: &g)).map { _ in alphabet.randomElement(using: &g)! })
            #expect(SlugWords.split(s) == s.split(separator: "-"), "\(s.debugDescription)")
        }
        // The words are slices of the string itself.
        let id = "tavian-r-oskarsen"
        #expect(SlugWords.split(id).map { id.distance(from: id.startIndex, to: $0.startIndex) } == [0, 7, 9])
    }
}
