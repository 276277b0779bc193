import CLibXML2
import DiplographCore
import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per `<item>` or `<entry>`.
///
/// - Ids: `<file id>-<n>`, n counting items from 1 in document order (stable for a saved file;
///   guids are often URLs, which make poor file-like ids). `source` is `path:line` of the item.
/// - RSS: `title`, `link` (else a permalink `guid`), `pubDate` (RFC 822, read as the date the
///   publisher wrote, time zone ignored) or `dc:date`, and `content:encoded` else `description`,
///   whose HTML is cleaned with the HTML reader's paragraph extraction.
/// - Atom: `title`, the `link` with `rel="alternate"` (or no `rel`), `published` else
///   `updated`, and `content` else `summary`: `type="html"` is parsed as HTML, `type="xhtml"`
///   read from its elements, plain text split into paragraphs at line breaks.
/// - CDATA sections are read as text. Parsing is hardened like the GraphML reader's (no network,
///   no entity substitution, no DTD loading, default size limits); a malformed feed gives an
///   error diagnostic with `file:line` and the parser's message, and no articles.
public struct FeedReader: ArticleFormatReader {
    /// The file extensions this reader takes.
    public var extensions: [String] { ["xml", "rss", "atom"] }
    /// A reader with no settings.
    public init() {}

    /// Reads the articles of one file's bytes; `path` names it in diagnostics and `id` is the id of
    /// a single-article file.
    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        _ = libxml2Initialized
        guard bytes.count < Int(Int32.max) else {
            return IngestResult(diagnostics: [Diagnostic(file: path, message: "the file is too large")])
        }
        guard let ctxt = xmlNewParserCtxt() else {
            return IngestResult(diagnostics: [Diagnostic(file: path, message: "cannot create an XML parser")])
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let errors = XMLErrorCollector()
        ctxt.pointee._private = Unmanaged.passUnretained(errors).toOpaque()
        ctxt.pointee.sax.pointee.serror = contextErrorCallback
        let doc = errors.capturing {
            bytes.withUnsafeBufferPointer { buf -> xmlDocPtr? in
                let base = UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(
                    to: CChar.self)
                return xmlCtxtReadMemory(ctxt, base, Int32(buf.count), path, nil, hardenedXMLOptions)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        guard let doc, ctxt.pointee.wellFormed != 0, let root = xmlDocGetRootElement(doc) else {
            var d = errors.diagnostics(file: path)
            if d.isEmpty { d = [Diagnostic(file: path, message: "the feed is not well-formed XML")] }
            return IngestResult(diagnostics: d)
        }

        let items: [xmlNodePtr]
        let atom: Bool
        if root.isElement("rss") {
            atom = false
            items = root.elementChildren.filter { $0.isElement("channel") }.flatMap {
                $0.elementChildren.filter { $0.isElement("item") }
            }
        } else if root.isElement("RDF") {
            atom = false
            items = root.elementChildren.filter { $0.isElement("item") }
        } else if root.isElement("feed") {
            atom = true
            items = root.elementChildren.filter { $0.isElement("entry") }
        } else {
            return IngestResult(diagnostics: [
                Diagnostic(
                    file: path, line: Int(xmlGetLineNo(root)),
                    message: "not an RSS or Atom feed (root element <\(root.localName)>)")
            ])
        }

        var result = IngestResult()
        if let w = errors.encodingWarning(file: path) { result.diagnostics.append(w) }
        for (n, item) in items.enumerated() {
            let line = Int(xmlGetLineNo(item))
            let entry = atom ? atomEntry(item) : rssItem(item)
            if entry.paragraphs.isEmpty && entry.title.isEmpty {
                result.diagnostics.append(
                    Diagnostic(file: path, line: line, severity: .warning, message: "empty feed item skipped"))
                continue
            }
            result.articles.append(
                HTMLExtract.article(
                    id: "\(id)-\(n + 1)", source: "\(path):\(line)", headline: entry.title,
                    published: entry.date, url: entry.link, paragraphs: entry.paragraphs))
        }
        if items.isEmpty {
            result.diagnostics.append(Diagnostic(file: path, severity: .warning, message: "the feed has no items"))
        }
        return result
    }

    struct Entry {
        var title = ""
        var link: String?
        var date: PartialDate?
        var paragraphs: [String] = []
    }

    private func child(_ node: xmlNodePtr, _ name: StaticString) -> xmlNodePtr? {
        node.elementChildren.first { $0.nameEquals(name) }
    }

    private func text(_ node: xmlNodePtr?) -> String? {
        guard let node else { return nil }
        let t = XMLText.collapseWhitespace(node.allText)
        return t.isEmpty ? nil : t
    }

    /// A title that may carry escaped markup (`<b>`, `&amp;amp;`) is read as HTML.
    private func titleText(_ node: xmlNodePtr?) -> String {
        guard let t = text(node) else { return "" }
        guard t.contains("<") || t.contains("&") else { return t }
        return htmlParagraphs(t).joined(separator: " ")
    }

    func rssItem(_ item: xmlNodePtr) -> Entry {
        var e = Entry()
        e.title = titleText(child(item, "title"))
        e.link = text(child(item, "link"))
        if e.link == nil, let guid = child(item, "guid"), guid.attribute("isPermaLink")?.lowercased() != "false" {
            e.link = text(guid)
        }
        if let d = text(child(item, "pubDate")) { e.date = FeedReader.rfc822Date(d) ?? HTMLExtract.isoPrefixDate(d) }
        if e.date == nil, let d = text(child(item, "date")) { e.date = HTMLExtract.isoPrefixDate(d) }
        if let body = child(item, "encoded") ?? child(item, "description") {
            e.paragraphs = htmlParagraphs(body.allText)
        }
        return e
    }

    func atomEntry(_ entry: xmlNodePtr) -> Entry {
        var e = Entry()
        if let t = child(entry, "title") {
            e.title = t.attribute("type")?.lowercased() == "html" ? titleText(t) : (text(t) ?? "")
        }
        for l in entry.elementChildren where l.isElement("link") {
            let rel = l.attribute("rel")?.lowercased() ?? "alternate"
            if rel == "alternate", let h = l.attribute("href") {
                e.link = h
                break
            }
        }
        if let d = text(child(entry, "published")) ?? text(child(entry, "updated")) {
            e.date = HTMLExtract.isoPrefixDate(d)
        }
        if let c = child(entry, "content") ?? child(entry, "summary") {
            switch c.attribute("type")?.lowercased() ?? "text" {
            case "html", "text/html": e.paragraphs = htmlParagraphs(c.allText)
            case "xhtml", "application/xhtml+xml": e.paragraphs = HTMLExtract.paragraphs(in: c)
            default:
                e.paragraphs = c.allText.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                    .map { XMLText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
            }
        }
        return e
    }

    /// Paragraphs of an HTML fragment (feed content), boilerplate removed.
    func htmlParagraphs(_ html: String) -> [String] {
        guard let doc = HTMLExtract.parse(Array(html.utf8)) else { return [] }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return [] }
        return HTMLExtract.paragraphs(in: root)
    }

    /// The day of an RFC 822 date such as `Mon, 29 Sep 2025 09:59:00 +0000` (also without the
    /// weekday, with full month names, or with a two-digit year).
    static func rfc822Date(_ s: String) -> PartialDate? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { $0.lowercased() }
        var day: Int?
        var month: Int?
        var year: Int?
        for t in tokens {
            if month == nil, t.count >= 3, let m = months.firstIndex(of: String(t.prefix(3))), t.allSatisfy(\.isLetter)
            {
                month = m + 1
            } else if let v = Int(t) {
                if day == nil, month == nil, t.count <= 2 {
                    day = v
                } else if year == nil, month != nil {
                    year = t.count == 2 ? (v < 50 ? 2000 + v : 1900 + v) : v
                }
            }
        }
        guard let d = day, let m = month, let y = year, (1...PartialDate.daysIn(month: m, year: y)).contains(d) else {
            return nil
        }
        return PartialDate(year: y, month: m, day: d)
    }
}
