/// Plain-text articles as scrapers save them.
public struct PlainTextReader: ArticleFormatReader {
    public var extensions: [String] { ["txt", "text", ""] }
    public init() {}

    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        var blocks: [TextBlock] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i > start { blocks.append(TextBlock(range: start..<i, kind: blocks.isEmpty ? .headline : .body)) }
            start = i + 1
        }
        let headline = blocks.first.map { String(decoding: bytes[$0.range], as: UTF8.self) } ?? ""
        return IngestResult(articles: [Article(id: id, source: path, headline: headline, text: bytes, blocks: blocks)])
    }
}
