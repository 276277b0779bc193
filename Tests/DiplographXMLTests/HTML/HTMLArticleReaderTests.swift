import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("HTML article reader")
struct HTMLArticleReaderTests {
    static func read(_ name: String) throws -> IngestResult {
        let url = TestEnv.fixture(name)
        return HTMLArticleReader().read(
            bytes: Array(try Data(contentsOf: url)), path: url.path,
            id: url.deletingPathExtension().lastPathComponent)
    }

    @Test func extractsMetadataAndArticleParagraphsFromANewsPage() throws {
        let r = try Self.read("news-article.html")
        #expect(r.diagnostics.isEmpty)
        let a = try #require(r.articles.first)
        #expect(r.articles.count == 1)
        #expect(a.id == "news-article")
        #expect(a.headline == "Foreign ministers of Mongolia and Japan hold talks in Ulaanbaatar")  // og:title
        #expect(a.published == PartialDate(year: 2025, month: 3, day: 14))  // meta, first
        #expect(a.url == "https://news.example.org/world/ministers-talks")  // canonical
        let lines = a.blocks.map { a.string($0.range) }
        #expect(
            lines == [
                "Foreign ministers of Mongolia and Japan hold talks in Ulaanbaatar",
                "ULAANBAATAR – The foreign ministers of Mongolia and Japan met on Friday to discuss mining investment & rail links, officials said.",
                "Batmunkh Battsetseg welcomed Yoko Kamikawa at the State Palace, where the two signed a memorandum on critical minerals.",
                "Rail corridor",
                "The talks also covered a proposed rail corridor to the Chinese border.",
                "Trade rose 12% last year.",
                "A follow-up meeting is planned for June.",
            ])
        #expect(a.blocks.first?.kind == .headline)
        #expect(a.blocks.dropFirst().allSatisfy { $0.kind == .body })
        #expect(String(decoding: a.text, as: UTF8.self) == lines.joined(separator: "\n") + "\n")
        let text = String(decoding: a.text, as: UTF8.self)
        for marker in [
            "NAV-TEXT", "SCRIPT-TEXT", "STYLE-TEXT", "ADVERT-TEXT", "SHARE-TEXT", "FIGCAPTION-TEXT", "ASIDE-TEXT",
            "NEWSLETTER-TEXT", "RELATED-TEXT", "COMMENT-TEXT", "SIDEBAR-TEXT", "FOOTER-TEXT", "NOSCRIPT-TEXT",
            "By A. Reporter", "Advertisement",
        ] {
            #expect(!text.contains(marker), "\(marker) leaked into the text")
        }
    }

    @Test func fallsBackToTitleJSONLDAndBody() throws {
        let a = try #require(try Self.read("minimal-article.htm").articles.first)
        #expect(a.headline == "Envoy visits Hanoi")
        #expect(a.published == PartialDate(year: 2024, month: 11, day: 2))
        #expect(a.url == nil)
        #expect(a.blocks.count == 3)
        #expect(a.string(a.blocks[1].range) == "The special envoy arrived in Hanoi on Saturday for two days of talks.")
        #expect(!String(decoding: a.text, as: UTF8.self).contains("SOCIAL-TEXT"))
    }

    @Test func timeElementAndH1WhenNoMeta() {
        let html = """
            <html><body><article><h1>Talks &amp; more</h1><time datetime="2023-07-09T10:00">9 July</time>
            <p>First paragraph.</p></article></body></html>
            """
        let r = HTMLArticleReader().read(bytes: Array(html.utf8), path: "t.html", id: "t")
        let a = r.articles[0]
        #expect(a.headline == "Talks & more")
        #expect(a.published == PartialDate(year: 2023, month: 7, day: 9))
        #expect(a.blocks.map { a.string($0.range) } == ["Talks & more", "First paragraph."])
    }

    @Test func utf8WithoutCharsetDeclarationStaysUTF8() {
        let html = "<html><body><p>Talks in 北京 with Ri Son-gwon — and Müller.</p></body></html>"
        let a = HTMLArticleReader().read(bytes: Array(html.utf8), path: "u.html", id: "u").articles[0]
        #expect(String(decoding: a.text, as: UTF8.self) == "Talks in 北京 with Ri Son-gwon — and Müller.\n")
    }

    @Test func brokenMarkupIsRecoveredAndEmptyPagesWarn() {
        let broken = "<html><body><article><p>Unclosed <b>bold<p>Second</article>"
        let a = HTMLArticleReader().read(bytes: Array(broken.utf8), path: "b.html", id: "b").articles[0]
        #expect(a.blocks.map { a.string($0.range) } == ["Unclosed bold", "Second"])
        let empty = HTMLArticleReader().read(
            bytes: Array("<html><body><nav>x</nav></body></html>".utf8), path: "e.html", id: "e")
        #expect(empty.diagnostics.first?.severity == .warning)
        #expect(empty.articles.first?.blocks.isEmpty == true)
    }

    @Test func jsonLDScanFindsDatePublished() {
        #expect(
            HTMLExtract.jsonLDDatePublished(#"{"a": 1, "datePublished" :  "2025-01-02T03:04:05Z"}"#)
                == "2025-01-02T03:04:05Z")
        #expect(HTMLExtract.jsonLDDatePublished(#"{"dateModified": "2025-01-02"}"#) == nil)
    }
}
