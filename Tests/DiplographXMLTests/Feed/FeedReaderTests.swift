import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("Feed reader")
struct FeedReaderTests {
    static func read(_ name: String) throws -> IngestResult {
        let url = TestEnv.fixture(name)
        return FeedReader().read(
            bytes: Array(try Data(contentsOf: url)), path: url.path,
            id: url.deletingPathExtension().lastPathComponent)
    }

    static func lines(_ a: Article) -> [String] { a.blocks.map { a.string($0.range) } }

    @Test func readsRSSItems() throws {
        let r = try Self.read("feed.rss")
        #expect(r.diagnostics.isEmpty)
        #expect(r.articles.map(\.id) == ["feed-1", "feed-2", "feed-3"])
        let a = r.articles[0]
        #expect(a.headline == "Envoys agree to resume talks in Geneva")
        #expect(a.url == "https://wire.example.net/2025/09/envoys-geneva")
        #expect(a.published == PartialDate(year: 2025, month: 9, day: 29))
        #expect(a.source.hasSuffix("feed.rss:7"))
        // content:encoded (CDATA) wins over description; share widget and script removed.
        #expect(
            Self.lines(a) == [
                "Envoys agree to resume talks in Geneva",
                "Envoys from both sides agreed on Monday to resume talks in Geneva next month.",
                "The agreement follows weeks of shuttle diplomacy & quiet contacts.",
            ])
        let b = r.articles[1]
        #expect(b.headline == "Trade minister visits Nairobi")  // escaped markup
        #expect(b.url == "https://wire.example.net/2025/10/trade-nairobi")  // permalink guid
        #expect(b.published == PartialDate(year: 2025, month: 10, day: 2))
        #expect(
            Self.lines(b).dropFirst() == [
                "The trade minister arrived in Nairobi on Thursday.", "Talks focus on tariffs.",
            ])
        let c = r.articles[2]
        #expect(c.published == PartialDate(year: 2025, month: 10, day: 5))  // dc:date
        #expect(c.url == nil)
        #expect(Self.lines(c) == ["Plain text item", "Only a plain sentence, no markup."])
    }

    @Test func readsAtomEntries() throws {
        let r = try Self.read("feed.atom")
        #expect(r.diagnostics.isEmpty)
        #expect(r.articles.count == 3)
        let a = r.articles[0]
        #expect(a.id == "feed-1")
        #expect(a.headline == "Summit in Astana & Almaty")
        #expect(a.url == "https://atom.example.com/2025/08/summit")  // rel="alternate", not "self"
        #expect(a.published == PartialDate(year: 2025, month: 8, day: 1))
        #expect(
            Self.lines(a).dropFirst() == [
                "Leaders gathered in Astana for a regional summit.", "A second session moves to Almaty.",
            ])
        let b = r.articles[1]
        #expect(b.url == "https://atom.example.com/2025/08/xhtml")
        #expect(b.published == PartialDate(year: 2025, month: 8, day: 3))  // updated
        #expect(Self.lines(b).dropFirst() == ["First xhtml paragraph.", "Second bold paragraph."])
        #expect(Self.lines(r.articles[2]).dropFirst() == ["Line one of the summary.", "Line two of the summary."])
    }

    @Test func malformedFeedIsADiagnosticWithLine() throws {
        let r = try Self.read("malformed.rss")
        #expect(r.articles.isEmpty)
        let d = try #require(r.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.file.hasSuffix("malformed.rss"))
        #expect(d.line == 8)
        #expect(d.message.contains("mismatch"))
    }

    @Test func truncatedAndHostileFeedsDoNotCrashOrLeak() throws {
        let truncated = FeedReader().read(bytes: Array("<rss><channel><item><title>Cut".utf8), path: "t.rss", id: "t")
        #expect(truncated.articles.isEmpty && truncated.diagnostics.first?.line != nil)
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>A &xxe; B</title><description>Body</description></item></channel></rss>
            """
        let r = FeedReader().read(bytes: Array(xxe.utf8), path: "x.rss", id: "x")
        #expect(!r.articles.map { String(decoding: $0.text, as: UTF8.self) }.joined().contains("root:"))
        let notFeed = FeedReader().read(bytes: Array("<html/>".utf8), path: "n.xml", id: "n")
        #expect(notFeed.diagnostics.first?.message.contains("not an RSS or Atom feed") == true)
    }

    @Test(arguments: [
        ("Mon, 29 Sep 2025 09:59:00 +0000", PartialDate(year: 2025, month: 9, day: 29)),
        ("29 September 2025", PartialDate(year: 2025, month: 9, day: 29)),
        ("Tue, 1 Jan 99 00:00:00 GMT", PartialDate(year: 1999, month: 1, day: 1)),
        ("Sat, 29 Feb 2025 00:00:00 GMT", nil),
    ])
    func rfc822Dates(_ text: String, _ expected: PartialDate?) {
        #expect(FeedReader.rfc822Date(text) == expected)
    }

    @Test func registration() {
        #expect(XMLReaders.all.map(\.extensions) == [["html", "htm"], ["xml", "rss", "atom"]])
        #expect(XMLWriters.all.map(\.extensions) == [["graphml"], ["gexf"]])
    }
}
