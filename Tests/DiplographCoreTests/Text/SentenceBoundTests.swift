import Testing

@testable import DiplographCore

@Suite struct SentenceSplitterBoundTests {
    @Test func longUnpunctuatedRunIsCutAtWhitespace() {
        let unit = "the delegates walked along the harbour and "
        var s = ""
        while s.utf8.count < 100_000 { s += unit }
        let t = Array(s.utf8)
        let parts = SentenceSplitter.split(t, 0..<t.count)
        #expect(parts.count >= 100_000 / SentenceSplitter.maxSentenceBytes)
        #expect(parts.allSatisfy { $0.count <= SentenceSplitter.maxSentenceBytes })
        // Cuts fall between words: every piece starts and ends with a letter.
        #expect(parts.allSatisfy { ByteClass.isAlpha(t[$0.lowerBound]) && ByteClass.isAlpha(t[$0.upperBound - 1]) })
        #expect(parts.reduce(0) { $0 + $1.count } > t.count - 2 * parts.count)
    }

    @Test func longRunWithoutWhitespaceIsCutAtCharacterStarts() {
        let t = Array(String(repeating: "é", count: 10_000).utf8)
        let parts = SentenceSplitter.split(t, 0..<t.count)
        #expect(parts.count >= 5)
        #expect(parts.allSatisfy { $0.count <= SentenceSplitter.maxSentenceBytes && t[$0.lowerBound] == 0xC3 })
        #expect(parts.reduce(0) { $0 + $1.count } == t.count)
    }

    @Test func normalSentencesAreUntouched() {
        let t = Array("Talks began on Monday. The envoy left early.".utf8)
        #expect(SentenceSplitter.split(t, 0..<t.count).count == 2)
    }
}
