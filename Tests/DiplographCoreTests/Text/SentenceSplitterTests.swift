import Testing

@testable import DiplographCore

private func sentences(_ s: String) -> [String] {
    let t = Array(s.utf8)
    return SentenceSplitter.split(t, 0..<t.count).map { String(decoding: t[$0], as: UTF8.self) }
}

@Suite struct SentenceSplitterTests {
    @Test func plainSentences() {
        #expect(
            sentences("The talks ended. Both sides left!  Was it a success? Nobody knows") == [
                "The talks ended.", "Both sides left!", "Was it a success?", "Nobody knows",
            ])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(
            sentences("Mr. Tanaka met Dr. Osei in St. Lucia. He left.") == [
                "Mr. Tanaka met Dr. Osei in St. Lucia.", "He left.",
            ])
        #expect(
            sentences("Mr. Tanaka met Dr. Osei and Gen. Ruiz on Sept. 28. He left.") == [
                "Mr. Tanaka met Dr. Osei and Gen. Ruiz on Sept. 28.", "He left.",
            ])
        #expect(
            sentences("Sen. Park, Rep. Cole, Lt. Col. Amir and Gov. Diaz spoke. Then lunch.") == [
                "Sen. Park, Rep. Cole, Lt. Col. Amir and Gov. Diaz spoke.", "Then lunch.",
            ])
        #expect(
            sentences("Acme Inc. and Bolt Corp. vs. Delta Co. Ltd. signed, e.g. tariffs, i.e. duties, etc. and more.")
                == ["Acme Inc. and Bolt Corp. vs. Delta Co. Ltd. signed, e.g. tariffs, i.e. duties, etc. and more."])
        #expect(
            sentences("It ranked No. 1 again. No. It did not.") == ["It ranked No. 1 again.", "No.", "It did not."])
    }

    @Test func initialsAndInitialisms() {
        #expect(
            sentences("J. R. Okafor met the U.S. envoy and U.N. staff. They talked.") == [
                "J. R. Okafor met the U.S. envoy and U.N. staff.", "They talked.",
            ])
        #expect(
            sentences("The U.S. President may call. Talks with the U.S. The envoy left.") == [
                "The U.S. President may call.", "Talks with the U.S.", "The envoy left.",
            ])
        // An initialism after a hyphen is still one: "a Kestria-U.S. Foreign Ministers' call".
        #expect(
            sentences("They held a Kestria-U.S. Foreign Ministers' call. Trade with Kestria-U.S. The envoy left.") == [
                "They held a Kestria-U.S. Foreign Ministers' call.", "Trade with Kestria-U.S.", "The envoy left.",
            ])
        #expect(
            sentences("Reports on Jan. 14 and Feb. 3 differ. Oct. 10 is next.") == [
                "Reports on Jan. 14 and Feb. 3 differ.", "Oct. 10 is next.",
            ])
    }

    @Test func decimalsAndEllipses() {
        #expect(
            sentences("Growth was 1.05 percent. Prices rose 3.2%.") == [
                "Growth was 1.05 percent.", "Prices rose 3.2%.",
            ])
        #expect(
            sentences("He paused... Then he spoke. She waited… It ended.") == [
                "He paused...", "Then he spoke.", "She waited…", "It ended.",
            ])
        #expect(sentences("It was... not clear.") == ["It was... not clear."])
    }

    @Test func quotes() {
        #expect(sentences("\"We agree.\" She nodded.") == ["\"We agree.\"", "She nodded."])
        #expect(
            sentences("They reached “full agreement.” The envoy smiled.") == [
                "They reached “full agreement.”", "The envoy smiled.",
            ])
        // A lower-case attribution continues the sentence.
        #expect(
            sentences("\"We reached a deal.\" she said. Then silence.") == [
                "\"We reached a deal.\" she said.", "Then silence.",
            ])
        #expect(sentences("(The talks were closed.) Nobody spoke.") == ["(The talks were closed.)", "Nobody spoke."])
    }

    @Test func nonASCIIAndWhitespace() {
        #expect(
            sentences("  Talks in Ürümqi ended.\u{00A0} Élise left.  ") == ["Talks in Ürümqi ended.", "Élise left."])
        #expect(sentences("会谈结束. 双方离开.") == ["会谈结束.", "双方离开."])
        #expect(sentences("") == [])
    }

    @Test func articleHeadlineIsOneSentence() {
        let text = Array("Envoys meet. Talks go on\n\nThe first talk ended. A second began.".utf8)
        let a = Article(
            id: "x", source: "x", text: text,
            blocks: [TextBlock(range: 0..<24, kind: .headline), TextBlock(range: 26..<text.count, kind: .body)])
        let s = SentenceSplitter.split(a)
        #expect(s.map(\.block) == [0, 1, 1])
        #expect(
            s.map { a.string($0.range) } == ["Envoys meet. Talks go on", "The first talk ended.", "A second began."])
    }
}
