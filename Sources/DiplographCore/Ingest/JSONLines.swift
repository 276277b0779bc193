import Foundation

/// JSON Lines: one article per line, a JSON object with the fields
/// `id` (string or number), `title`, `published` (ISO date or a header form such as
/// "29 Sep. 2025"), `text` and `url`; other fields are ignored.
///
/// - An article's id is its `id` field, or `<file id>-<line>` without one; its source is
///   `path:line`.
/// - `Article.text` is the title, a blank line, then the text, so the headline block (the title)
///   and the body blocks index one byte buffer. The text's lines are laid out as plain-text body
///   lines (`ArticleLayout` without headline detection): boilerplate dropped, dateline found,
///   each paragraph (line) one block.
/// - A line that is not valid JSON, not an object, or has neither `title` nor `text` is skipped
///   with a warning `file:line:column: warning: …`; the other lines are still read. Blank lines
///   are ignored.
/// - `published` missing or unreadable: a "Published:" header line inside the text is used;
///   otherwise the date is nil.
public struct JSONLinesReader: ArticleFormatReader {
    /// The file extensions this reader takes.
    public var extensions: [String] { ["jsonl", "ndjson"] }
    /// A reader with no settings.
    public init() {}

    /// Reads the articles of one file's bytes; `path` names it in diagnostics and `id` is the id of
    /// a single-article file.
    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        guard let decoded = TextDecoding.prepare(bytes, path: path) else {
            return IngestResult(diagnostics: [TextDecoding.skipDiagnostic(bytes, path: path)])
        }
        var result = IngestResult(diagnostics: decoded.diagnostics)
        let t = decoded.bytes
        var lineNo = 0
        for raw in ByteClass.lines(t, decoded.start..<t.count) {
            lineNo += 1
            let r = ByteClass.trim(t, raw)
            if r.isEmpty { continue }
            let column = r.lowerBound - raw.lowerBound + 1
            func warn(_ message: String, column c: Int = column) {
                result.diagnostics.append(
                    Diagnostic(
                        file: path, line: lineNo, column: c, severity: .warning,
                        message: "skipped line: " + message))
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(t[r]), options: [])
            } catch {
                let (detail, offset) = Self.describe(error, lineLength: r.count)
                warn("invalid JSON: " + detail, column: column + offset)
                continue
            }
            guard let fields = object as? [String: Any] else {
                warn("not a JSON object")
                continue
            }
            let title = Self.string(fields["title"]) ?? ""
            let body = Self.string(fields["text"]) ?? ""
            guard !title.isEmpty || !body.isEmpty else {
                warn("no \"title\" or \"text\" field")
                continue
            }
            let articleID = Self.string(fields["id"]).flatMap { $0.isEmpty ? nil : $0 } ?? "\(id)-\(lineNo)"
            var text = Array(title.utf8)
            var blocks: [TextBlock] = []
            let headline = ByteClass.trim(text, 0..<text.count)
            if !headline.isEmpty { blocks.append(TextBlock(range: headline, kind: .headline)) }
            text += [0x0A, 0x0A]
            let bodyStart = text.count
            text += Array(body.utf8)
            let layout = ArticleLayout.layout(text, bodyStart..<text.count, detectHeadline: false)
            blocks += layout.body.map { TextBlock(range: $0, kind: .body) }
            var published: PartialDate?
            if let p = Self.string(fields["published"]) {
                published = Self.parseDate(p)
                if published == nil {
                    result.diagnostics.append(
                        Diagnostic(
                            file: path, line: lineNo, severity: .warning,
                            message: "unreadable \"published\" date \"\(p)\" ignored"))
                }
            }
            let url = Self.string(fields["url"]).flatMap { $0.isEmpty ? nil : $0 }
            published = published ?? layout.published
            result.articles.append(
                Article(
                    id: articleID, source: "\(path):\(lineNo)",
                    headline: String(decoding: text[headline], as: UTF8.self),
                    published: published, url: url, dateline: layout.dateline,
                    datelineDate: layout.datelineDate(text, published: published), text: text, blocks: blocks))
        }
        return result
    }

    /// A JSON string or number as text.
    static func string(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    /// "2025-09-29", "2025-09-29T09:33:00Z", "2025-09", "29 Sep. 2025", "Published: …".
    static func parseDate(_ s: String) -> PartialDate? {
        let u = Array(s.utf8)
        let trimmed = ByteClass.trim(u, 0..<u.count)
        // ISO date with an optional time.
        var e = trimmed.lowerBound
        while e < trimmed.upperBound, ByteClass.isDigit(u[e]) || u[e] == 0x2D { e += 1 }
        if e > trimmed.lowerBound, e == trimmed.upperBound || u[e] == 0x54 || u[e] == 0x20,
            let d = PartialDate(iso: String(decoding: u[trimmed.lowerBound..<e], as: UTF8.self))
        {
            return d
        }
        return DateParser.publicationDate(inLine: Array(u[trimmed]))
    }

    /// The JSONSerialization message and the 0-based offset it points at in the line.
    static func describe(_ error: Error, lineLength: Int) -> (String, Int) {
        var message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
        if message.hasSuffix(".") { message.removeLast() }
        if let r = message.range(of: "character ") {
            let digits = message[r.upperBound...].prefix(while: \.isNumber)
            if let n = Int(digits) { return (message, min(n, lineLength)) }
        }
        if message.localizedCaseInsensitiveContains("end of file") { return (message, lineLength) }
        return (message, 0)
    }
}
