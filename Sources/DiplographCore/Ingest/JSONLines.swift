/// JSON Lines: one article per line with fields id, title, published, text, url.
public struct JSONLinesReader: ArticleFormatReader {
    public var extensions: [String] { ["jsonl", "ndjson"] }
    public init() {}

    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        IngestResult(diagnostics: [Diagnostic(file: path, severity: .warning, message: "JSON Lines not yet supported")])
    }
}
