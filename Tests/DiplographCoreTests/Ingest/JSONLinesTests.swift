import Testing

@testable import DiplographCore

@Suite struct JSONLinesTests {
    let input = """
        {"id": "n-1", "title": "Envoys meet in Accra", "published": "2025-10-02T08:00:00Z", "text": "ACCRA – Ghana's minister met her Chilean counterpart.\\n\\nShare\\nThey signed an accord. It covers fishing.", "url": "https://example.org/n-1", "lang": "en"}
        {"title": "Untitled follow-up", "text": "Second article text."}

        {"id": "n-3", "title": "Broken", "text": "x",, }
        [1, 2, 3]
        {"id": "n-5", "url": "https://example.org/n-5"}
        {"id": 6, "text": "Only a body here.\\nPublished: 29 Sep. 2025, 09:59\\nMore text.", "published": "someday"}
        """

    @Test func goodLinesAndWarnings() throws {
        let r = JSONLinesReader().read(bytes: Array(input.utf8), path: "feed.jsonl", id: "feed")
        #expect(r.articles.map(\.id) == ["n-1", "feed-2", "6"])
        let a = r.articles[0]
        #expect(a.source == "feed.jsonl:1")
        #expect(a.headline == "Envoys meet in Accra")
        #expect(a.published?.iso == "2025-10-02")
        #expect(a.url == "https://example.org/n-1")
        #expect(a.dateline == "ACCRA")
        #expect(a.blocks.map(\.kind) == [.headline, .body, .body])
        #expect(
            a.blocks.map { a.string($0.range) } == [
                "Envoys meet in Accra", "Ghana's minister met her Chilean counterpart.",
                "They signed an accord. It covers fishing.",
            ])
        #expect(SentenceSplitter.split(a).count == 4)

        let b = r.articles[1]
        #expect(b.source == "feed.jsonl:2")
        #expect(b.published == nil)
        #expect(b.url == nil)

        let c = r.articles[2]
        #expect(c.headline == "")
        #expect(c.blocks.map(\.kind) == [.body, .body])
        #expect(c.published?.iso == "2025-09-29", "a header line in the text stands in for an unreadable field")

        let lines = r.diagnostics.map(\.description)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("feed.jsonl:4:"))
        #expect(lines[0].contains(": warning: skipped line: invalid JSON"))
        #expect(lines[1] == "feed.jsonl:5:1: warning: skipped line: not a JSON object")
        #expect(lines[2] == "feed.jsonl:6:1: warning: skipped line: no \"title\" or \"text\" field")
        #expect(lines[3].hasPrefix("feed.jsonl:7: warning: unreadable \"published\""))
    }

    @Test func invalidJSONColumnPointsIntoTheLine() throws {
        let r = JSONLinesReader().read(bytes: Array("  {\"a\": 1,, }\n".utf8), path: "f.jsonl", id: "f")
        let d = try #require(r.diagnostics.first)
        #expect(d.line == 1)
        #expect((d.column ?? 0) > 1)
        #expect(r.articles.isEmpty)
    }

    @Test func badFilesAreSkipped() {
        let r = JSONLinesReader().read(bytes: [0x7B, 0x00, 0x7D], path: "b.jsonl", id: "b")
        #expect(r.articles.isEmpty)
        #expect(r.diagnostics.map(\.description) == ["b.jsonl: warning: skipped: binary file"])
    }
}
