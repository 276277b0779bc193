import Foundation
import Testing

@testable import DiplographCore

/// An article whose first line is the headline and every further non-empty line a body block.
private func article(_ text: String, id: String = "a1") -> Article {
    TestArticles.make(
        text, id: id, source: "in/\(id).txt", headline: text.split(separator: "\n").first.map(String.init) ?? "",
        published: PartialDate(year: 2025, month: 5, day: 4), dateline: "OSLO"
    ).0
}

/// Every block of the parts, in order.
private func allBlocks(_ parts: [Article]) -> [TextBlock] { parts.flatMap(\.blocks) }

/// The blocks of `parts` join up into exactly the blocks of `whole`: each whole block is covered,
/// in order, by contiguous pieces of the same kind.
private func covers(_ parts: [Article], _ whole: Article) -> Bool {
    var pieces = allBlocks(parts)[...]
    for block in whole.blocks {
        var at = block.range.lowerBound
        while at < block.range.upperBound {
            guard let p = pieces.popFirst(), p.range.lowerBound == at, p.kind == block.kind,
                p.range.upperBound <= block.range.upperBound, !p.range.isEmpty
            else { return false }
            at = p.range.upperBound
        }
    }
    return pieces.isEmpty
}

@Suite struct ArticleChunkerTests {
    static let paragraphs = """
        Ministers of Norway and Chile agree on fishing accord
        Ana Duarte met her Norwegian counterpart in Oslo on Wednesday.
        The two sides signed a memorandum on salmon farming and shipping lanes.
        Officials said a second round of talks would follow in Santiago next spring.
        A joint statement praised the long friendship of the two coastal nations.
        """

    @Test func anArticleWithinTheLimitIsReturnedAsIs() {
        let a = article(Self.paragraphs)
        let parts = ArticleChunker.parts(of: a, maxPartBytes: a.text.count)
        #expect(parts.count == 1)
        #expect(parts[0].blocks == a.blocks)
        #expect(parts[0].part == 0)
        let result = IngestResult(articles: [a], diagnostics: [Diagnostic(file: "x", severity: .note, message: "kept")])
        let split = ArticleChunker.split(result, maxPartBytes: a.text.count)
        #expect(split.articles.map(\.blocks) == [a.blocks])
        #expect(split.diagnostics == result.diagnostics)
        // The default limit leaves ordinary articles alone.
        #expect(ArticleChunker.parts(of: a).count == 1)
    }

    @Test func wholeParagraphsArePackedIntoParts() {
        let a = article(Self.paragraphs)
        let limit = 150
        let parts = ArticleChunker.parts(of: a, maxPartBytes: limit)
        #expect(parts.count == 3)
        // No paragraph is cut (each is shorter than the limit): the parts hold the article's blocks.
        #expect(allBlocks(parts) == a.blocks)
        #expect(parts.map { $0.blocks.count } == [2, 2, 1])
        for (i, p) in parts.enumerated() {
            #expect(p.part == i)
            #expect(p.blocks.reduce(0) { $0 + $1.range.count } <= limit)
            #expect(p.id == a.id && p.source == a.source && p.headline == a.headline)
            #expect(p.published == a.published && p.dateline == a.dateline && p.url == a.url)
            #expect(p.text == a.text)
        }
        #expect(parts[0].blocks[0].kind == .headline)
        #expect(parts.dropFirst().allSatisfy { $0.blocks.allSatisfy { $0.kind == .body } })
    }

    @Test func aLongParagraphIsCutAtSentenceStartsAndKeepsItsSentences() {
        let sentences = [
            "Wang Yi met Choe Son Hui in Beijing on Monday.",
            "Mr. Wang said the U.S. The talks were frank.",  // abbreviations the cut must respect
            "They agreed to meet again in Pyongyang.",
            "Choe Son Hui thanked her host for the lunch!",
            "Both sides praised the long friendship... Trade grew last year.",
        ]
        var body = ""
        for i in 0..<12 { body += sentences[i % sentences.count] + " " }
        let a = article("Talks in Beijing\n" + body + "\nA last short paragraph follows here.")
        let limit = 180
        let parts = ArticleChunker.parts(of: a, maxPartBytes: limit)
        #expect(parts.count > 3)
        #expect(covers(parts, a))
        for p in parts { #expect(p.blocks.reduce(0) { $0 + $1.range.count } <= limit) }
        // The short headline does not make a part of its own: the paragraph's first piece joins it.
        #expect(parts[0].blocks.map(\.kind) == [.headline, .body])
        // The parts split into exactly the sentences of the whole article.
        let whole = SentenceSplitter.split(a).map(\.range)
        let pieces = parts.flatMap { SentenceSplitter.split($0).map(\.range) }
        #expect(pieces == whole)
        // Every cut inside the paragraph is at the start of one of those sentences.
        let starts = Set(whole.map(\.lowerBound))
        let bodyBlock = a.blocks[1].range
        for b in allBlocks(parts)
        where b.range.lowerBound > bodyBlock.lowerBound && b.range.lowerBound < bodyBlock.upperBound {
            #expect(starts.contains(b.range.lowerBound), "cut at \(b.range.lowerBound) is not a sentence start")
        }
    }

    @Test func anUnpunctuatedLineIsCutAfterWhitespace() {
        var line = ""
        while line.utf8.count < 2_000 { line += "Wang Yi met Choe Son Hui in Beijing on Monday and " }
        let a = article("Headline of the long line\n" + line)
        let limit = 300
        let parts = ArticleChunker.parts(of: a, maxPartBytes: limit)
        #expect(parts.count >= 2_000 / limit)
        #expect(covers(parts, a))
        let body = a.blocks[1].range
        for b in allBlocks(parts) {
            #expect(b.range.count <= limit)
            if b.range.lowerBound > body.lowerBound { #expect(a.text[b.range.lowerBound - 1] == 0x20) }
        }
    }

    @Test func textWithoutWhitespaceIsCutAtCharacterStarts() {
        // Two- and three-byte characters, no space at all: cuts must not split a character.
        let line = String(repeating: "éabc中文", count: 400)
        let a = article("Headline without spaces inside\n" + line)
        let limit = 97
        let parts = ArticleChunker.parts(of: a, maxPartBytes: limit)
        #expect(covers(parts, a))
        for b in allBlocks(parts) {
            #expect(b.range.count <= limit)
            #expect(a.text[b.range.lowerBound] & 0xC0 != 0x80)
            #expect(b.range.upperBound == a.text.count || a.text[b.range.upperBound] & 0xC0 != 0x80)
        }
        // A limit of one byte still makes progress (each part holds one whole character).
        let tiny = ArticleChunker.parts(of: article("Abc déf\nxy中z"), maxPartBytes: 1)
        #expect(tiny.flatMap(\.blocks).map(\.range.count).reduce(0, +) == Array("Abc défxy中z".utf8).count)
    }

    @Test func splittingAResultWarnsOncePerArticleCut() throws {
        let small = article("Short headline here\nOne short paragraph of text.", id: "small")
        let big = article(Self.paragraphs, id: "big")
        let earlier = Diagnostic(
            file: "in/big.txt", severity: .warning, message: "not UTF-8: read as Windows-1252 (Latin-1) and converted")
        let result = ArticleChunker.split(
            IngestResult(articles: [small, big, small], diagnostics: [earlier]), maxPartBytes: 150)
        #expect(result.articles.map(\.id) == ["small", "big", "big", "big", "small"])
        #expect(result.articles.map(\.part) == [0, 0, 1, 2, 0])
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.first == earlier)
        let warning = try #require(result.diagnostics.last)
        #expect(warning.severity == .warning)
        #expect(warning.file == "in/big.txt")
        let bytes = big.blocks.reduce(0) { $0 + $1.range.count }
        #expect(warning.description == "in/big.txt: warning: long article (\(bytes) bytes) processed in 3 parts")
    }
}

/// The text pipeline's stages over the parts of an article give what they give over the whole
/// article, when every part is self-contained (its names written out in full).
@Suite struct ArticleChunkerPipelineTests {
    static let table: AliasTable = (try? AliasTables.load(files: [], includeDefault: true)) ?? AliasTable()
    static let resolver = Resolver(table: table)

    static let text = """
        Ministers meet in Oslo and Beijing
        Published: 4 May 2025

        OSLO - Foreign Minister Cho Hyun met Sergei Lavrov in Oslo on Sunday. The two ministers discussed fisheries and Arctic shipping.
        Wang Yi met Choe Son Hui in Beijing on Monday. Wang Yi praised the friendship between China and North Korea. Choe Son Hui invited Wang Yi to Pyongyang. Sergei Lavrov spoke with Wang Yi by phone on Tuesday. Cho Hyun said Seoul would send an envoy to Tokyo.
        Antonio Guterres welcomed the talks in a statement from New York.
        """

    /// What `Pipeline.run` computes from these articles (the same stages, in input order).
    static func corpus(_ articles: [Article]) -> (
        entities: [EntitySummary], meetings: [Meeting],
        pairs: [EntityPair: CooccurrenceStats]
    ) {
        var aggregator = EntityAggregator()
        var counter = CooccurrenceCounter(window: .sentence)
        var reports: [MeetingReport] = []
        for a in articles {
            let r = resolver.resolve(a, sentences: SentenceSplitter.split(a))
            aggregator.add(r)
            counter.add(r)
            reports += MeetingExtractor.extract(r)
        }
        let index = aggregator.finish()
        Pipeline.remap(&reports, to: index)
        return (index.entities, MeetingMerger.merge(reports), counter.pairs)
    }

    @Test func partsGiveTheEntitiesMeetingsAndEvidenceOfTheWholeArticle() throws {
        let read = PlainTextReader().read(bytes: Array(Self.text.utf8), path: "in/talks.txt", id: "talks")
        let whole = try #require(read.articles.first)
        let split = ArticleChunker.split(read, maxPartBytes: 160)
        #expect(split.articles.count >= 4)
        #expect(
            split.diagnostics.contains {
                $0.file == "in/talks.txt" && $0.message.contains("processed in \(split.articles.count) parts")
            })

        let a = Self.corpus([whole])
        let b = Self.corpus(split.articles)
        #expect(!a.entities.isEmpty && !a.meetings.isEmpty && !a.pairs.isEmpty)
        #expect(a.entities.map(\.id).contains("wang-yi"))
        #expect(b.entities == a.entities)
        #expect(b.entities.allSatisfy { $0.articles == ["talks"] })
        #expect(b.meetings == a.meetings)
        #expect(b.pairs == a.pairs)
        // Evidence offsets are offsets into the whole article's text.
        let evidence = b.meetings.flatMap(\.sources) + b.pairs.values.compactMap(\.evidence)
        #expect(evidence.contains { $0.offset > 160 })
        for e in evidence {
            let bytes = Array(e.sentence.utf8)
            #expect(Array(whole.text[e.offset..<(e.offset + bytes.count)]) == bytes, "\(e)")
        }
    }
}

/// The reading side of giant files: no copy or word list the size of the file.
@Suite struct GiantInputTests {
    @Test func fewerWordsAgreesWithTheWordList() {
        let lines = [
            "", "   ", "World", "Home  World", "a b c", " a\tb  c ", "x\u{00A0}y z", "one two three four",
            "中文 Español", "Global EditionEUROPE 中文 Español",
        ]
        for line in lines {
            let t = Array(line.utf8)
            for n in 1...4 {
                #expect(
                    ArticleLayout.fewerWords(t, 0..<t.count, than: n) == (ByteClass.words(t, 0..<t.count).count < n),
                    "\(line) \(n)")
            }
        }
    }

    @Test func aFileIsReadWholeAtEverySizeAroundTheProbe() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diplograph-giant-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for size in [0, 1, 4095, 4096, 4097, 8192, 100_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = dir.appendingPathComponent("f\(size).txt").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(ReaderRegistry.contents(of: path) == bytes, "size \(size)")
        }
        #expect(ReaderRegistry.contents(of: dir.path) == nil)
    }
}
