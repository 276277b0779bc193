import CLibXML2
import DiplographCore
import Foundation

/// Reads a news article saved as HTML with libxml2's forgiving HTML parser (no network, errors
/// silenced, broken markup recovered).
///
/// - Headline: `<meta property="og:title">`, else the `<h1>` of the article, else any `<h1>`,
///   else `<title>`.
/// - Date: `<meta property="article:published_time">` (or the usual `name`/`itemprop` variants),
///   else `"datePublished"` in a JSON-LD `<script type="application/ld+json">`, else the first
///   `<time datetime>` of the article, then of the page; the first 10 characters are read as an
///   ISO date.
/// - URL: `<link rel="canonical">`, else `<meta property="og:url">`.
/// - Text: the paragraphs (`p`, `h2`–`h6`, `li`, `blockquote`, `pre`, `dd`) of the `<article>`
///   with the most text, else of `<main>`, else of `<body>`, skipping `nav`, `header`, `footer`,
///   `aside`, `script`, `style`, `form`, `noscript`, `figure`, `figcaption` (and other
///   non-content elements) and every element whose class or id mentions share, social, comment,
///   related, newsletter, advert, promo or widget.
///
/// The article's `text` is the headline, a newline, then one paragraph per line; its `blocks`
/// are those lines (the first of kind `.headline`).
public struct HTMLArticleReader: ArticleFormatReader {
    /// The file extensions this reader takes.
    public var extensions: [String] { ["html", "htm"] }
    /// A reader with no settings.
    public init() {}

    /// Reads the articles of one file's bytes; `path` names it in diagnostics and `id` is the id of
    /// a single-article file.
    public func read(bytes: [UInt8], path: String, id: String) -> IngestResult {
        // libxml2 recovers anything, even binary data, so empty and binary files are caught
        // first and skipped with the same warning as text files.
        if Self.isEmptyOrBinary(bytes) {
            return IngestResult(diagnostics: [TextDecoding.skipDiagnostic(bytes, path: path)])
        }
        let errors = XMLErrorCollector()
        guard let doc = errors.capturing({ HTMLExtract.parse(bytes) }) else {
            return IngestResult(diagnostics: [Diagnostic(file: path, message: "cannot parse the file as HTML")])
        }
        defer { xmlFreeDoc(doc) }
        let page = HTMLExtract.page(doc)
        var diagnostics: [Diagnostic] = []
        if let w = errors.encodingWarning(file: path) { diagnostics.append(w) }
        if page.paragraphs.isEmpty {
            diagnostics.append(Diagnostic(file: path, severity: .warning, message: "no article text found in the HTML"))
        }
        let article = HTMLExtract.article(
            id: id, source: path, headline: page.title ?? "", published: page.published,
            url: page.url, paragraphs: page.paragraphs)
        return IngestResult(articles: [article], diagnostics: diagnostics)
    }
}

extension HTMLArticleReader {
    /// Blank, or (unless UTF-16 with a byte order mark) holding NUL bytes or more than 1% C0
    /// control characters other than tab, LF, FF, CR and ESC.
    static func isEmptyOrBinary(_ b: [UInt8]) -> Bool {
        if b.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) { return true }
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return false }
        var controls = 0
        for c in b where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B {
            if c == 0 { return true }
            controls += 1
        }
        return controls * 100 > b.count
    }
}

/// The HTML extraction shared by the HTML and feed readers.
enum HTMLExtract {
    struct Page {
        var title: String?
        var published: PartialDate?
        var url: String?
        var paragraphs: [String]
    }

    static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue)

    /// Parses HTML bytes. UTF-8 is assumed unless the page declares a charset (libxml2's own
    /// default would be ISO-8859-1).
    static func parse(_ bytes: [UInt8]) -> htmlDocPtr? {
        _ = libxml2Initialized
        guard bytes.count < Int(Int32.max) else { return nil }
        let declares = declaresCharset(bytes)
        return bytes.withUnsafeBufferPointer { buf -> htmlDocPtr? in
            let base = UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(
                to: CChar.self)
            return htmlReadMemory(base, Int32(buf.count), nil, declares ? nil : "UTF-8", options)
        }
    }

    /// True when the first 4 KB mention `charset` or `encoding` (a meta tag or XML declaration).
    static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        for needle in [Array("charset".utf8), Array("encoding=".utf8)] {
            if head.count >= needle.count {
                for i in 0...(head.count - needle.count)
                where head[i] == needle[0] && Array(head[i..<(i + needle.count)]) == needle {
                    return true
                }
            }
        }
        return false
    }

    // MARK: Page metadata

    static func page(_ doc: htmlDocPtr) -> Page {
        guard let root = xmlDocGetRootElement(doc) else { return Page(paragraphs: []) }
        var meta: [(key: String, value: String)] = []
        var canonical: String?
        var title: String?
        var ldJSON: [String] = []
        var times: [String] = []
        walk(root) { n in
            if n.isElement("meta") {
                let key = n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop")
                if let key, let v = n.attribute("content") { meta.append((key.lowercased(), v)) }
            } else if n.isElement("link") {
                if canonical == nil, n.attribute("rel")?.lowercased() == "canonical", let h = n.attribute("href") {
                    canonical = h
                }
            } else if n.isElement("title") {
                if title == nil { title = XMLText.collapseWhitespace(n.allText) }
            } else if n.isElement("script") {
                if n.attribute("type")?.lowercased().contains("ld+json") == true { ldJSON.append(n.allText) }
                return false
            } else if n.isElement("time") {
                if let d = n.attribute("datetime") { times.append(d) }
            }
            return true
        }
        func metaValue(_ keys: [String]) -> String? {
            for k in keys { if let v = meta.first(where: { $0.key == k })?.value, !v.isEmpty { return v } }
            return nil
        }

        let container = mainContainer(root)
        var page = Page(paragraphs: container.map(paragraphs(in:)) ?? [])

        var headline = metaValue(["og:title", "twitter:title"]).map(XMLText.collapseWhitespace)
        if headline?.isEmpty ?? true, let c = container { headline = firstH1(c) }
        if headline?.isEmpty ?? true { headline = firstH1(root) }
        if headline?.isEmpty ?? true { headline = title }
        page.title = headline

        let dateText =
            metaValue([
                "article:published_time", "og:published_time", "datepublished", "pubdate",
                "publishdate", "date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date",
            ])
            ?? ldJSON.lazy.compactMap(jsonLDDatePublished).first
            ?? container.flatMap(firstTimeDatetime)
            ?? times.first
        page.published = dateText.flatMap(isoPrefixDate)
        page.url = canonical ?? metaValue(["og:url"])
        if let h = page.title, page.paragraphs.first == h { page.paragraphs.removeFirst() }
        return page
    }

    /// `YYYY-MM-DD…` read as a date on its first 10 characters (also `YYYY-MM`, `YYYY`).
    static func isoPrefixDate(_ s: String) -> PartialDate? {
        let t = XMLText.collapseWhitespace(s)
        return PartialDate(iso: t.prefix(10))
    }

    /// The value of `"datePublished": "…"` in JSON-LD text, found by a byte scan (tolerates
    /// broken JSON and nesting in `@graph`).
    static func jsonLDDatePublished(_ json: String) -> String? {
        let bytes = Array(json.utf8)
        let key = Array("\"datePublished\"".utf8)
        guard bytes.count > key.count else { return nil }
        var i = 0
        while i <= bytes.count - key.count {
            if bytes[i] == key[0], Array(bytes[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D {
                    j += 1
                }
                guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else {
                    i += 1
                    continue
                }
                j += 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D {
                    j += 1
                }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") else {
                    i += 1
                    continue
                }
                let start = j + 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    // MARK: Content

    /// Elements that never hold article text.
    static let skippedTags: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "figure", "figcaption",
        "template", "svg", "button", "iframe", "select", "textarea", "object", "canvas", "dialog", "menu", "h1",
    ]
    /// Elements whose text is one paragraph (unless they contain such elements themselves).
    static let blockTags: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd"]
    /// Elements whose text runs on with their neighbours' (no space added around them).
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "ins", "del",
    ]
    /// Words in a class or id that mark boilerplate.
    static let boilerplateWords = ["share", "social", "comment", "related", "newsletter", "advert", "promo", "widget"]
    /// Whole paragraphs that are labels, not text.
    static let boilerplateParagraphs: Set<String> = [
        "advertisement", "sponsored", "ad", "story continues below advertisement",
    ]

    static func isBoilerplate(_ n: xmlNodePtr) -> Bool {
        if skippedTags.contains(n.localName.lowercased()) { return true }
        for v in [n.attribute("class"), n.attribute("id")] {
            guard let v, !v.isEmpty else { continue }
            let lower = v.lowercased()
            if boilerplateWords.contains(where: { lower.contains($0) }) { return true }
        }
        return false
    }

    /// Depth-first walk over elements; `visit` returns false to skip an element's children.
    static func walk(_ node: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        guard visit(node) else { return }
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { walk(n, visit) }
            c = n.pointee.next
        }
    }

    /// The `<article>` with the most paragraph text (outside boilerplate), else `<main>`, else `<body>`.
    static func mainContainer(_ root: xmlNodePtr) -> xmlNodePtr? {
        var articles: [xmlNodePtr] = []
        var mains: [xmlNodePtr] = []
        var body: xmlNodePtr?
        walk(root) { n in
            if n.isElement("body") {
                body = n
                return true
            }
            if n.isElement("html") { return true }
            if n.isElement("article") { articles.append(n) } else if n.isElement("main") { mains.append(n) }
            return !isBoilerplate(n)
        }
        func best(_ candidates: [xmlNodePtr]) -> xmlNodePtr? {
            var best: (xmlNodePtr, Int)?
            for c in candidates {
                let size = paragraphs(in: c).reduce(0) { $0 + $1.utf8.count }
                if size > 0, size > (best?.1 ?? 0) { best = (c, size) }
            }
            return best?.0
        }
        return best(articles) ?? best(mains) ?? body ?? root
    }

    /// The paragraphs below `container` (see `HTMLArticleReader`), whitespace collapsed.
    static func paragraphs(in container: xmlNodePtr) -> [String] {
        var out: [String] = []
        collect(container, into: &out)
        if out.isEmpty {
            // No paragraph markup at all (a bare text fragment): the whole text is one paragraph.
            let t = XMLText.collapseWhitespace(inlineText(container))
            if !t.isEmpty { out.append(t) }
        }
        return out
    }

    private static func collect(_ node: xmlNodePtr, into out: inout [String]) {
        var c = node.pointee.children
        while let n = c {
            defer { c = n.pointee.next }
            guard n.pointee.type == XML_ELEMENT_NODE, !isBoilerplate(n) else { continue }
            if blockTags.contains(n.localName.lowercased()) && !containsBlock(n) {
                let t = XMLText.collapseWhitespace(inlineText(n))
                if !t.isEmpty, !boilerplateParagraphs.contains(t.lowercased()) { out.append(t) }
            } else {
                collect(n, into: &out)
            }
        }
    }

    private static func containsBlock(_ node: xmlNodePtr) -> Bool {
        var found = false
        var c = node.pointee.children
        while let n = c, !found {
            if n.pointee.type == XML_ELEMENT_NODE, !isBoilerplate(n) {
                found = blockTags.contains(n.localName.lowercased()) || containsBlock(n)
            }
            c = n.pointee.next
        }
        return found
    }

    /// The text below `node` (text and CDATA), skipping boilerplate elements; `<br>` is a space.
    static func inlineText(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        appendText(node, &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendText(_ node: xmlNodePtr, _ out: inout [UInt8]) {
        var c = node.pointee.children
        while let n = c {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let t = n.pointee.content { out.append(contentsOf: UnsafeBufferPointer(start: t, count: strlen(t))) }
            case XML_ELEMENT_NODE:
                if n.isElement("br") {
                    out.append(0x20)
                } else if !isBoilerplate(n) {
                    // Inline elements join their text; other boundaries become spaces.
                    let inline = inlineTags.contains(n.localName.lowercased())
                    if !inline { out.append(0x20) }
                    appendText(n, &out)
                    if !inline { out.append(0x20) }
                }
            case XML_ENTITY_REF_NODE:
                appendText(n, &out)
            default:
                break
            }
            c = n.pointee.next
        }
    }

    static func firstH1(_ root: xmlNodePtr) -> String? {
        var found: String?
        walk(root) { n in
            guard found == nil else { return false }
            if n.isElement("h1") {
                let t = XMLText.collapseWhitespace(inlineText(n))
                if !t.isEmpty { found = t }
                return false
            }
            // Do not look inside boilerplate, but do look inside <header> (headlines live there).
            if n.isElement("header") { return true }
            return !isBoilerplate(n)
        }
        return found
    }

    static func firstTimeDatetime(_ root: xmlNodePtr) -> String? {
        var found: String?
        walk(root) { n in
            guard found == nil else { return false }
            if n.isElement("time"), let d = n.attribute("datetime") {
                found = d
                return false
            }
            if n.isElement("header") { return true }
            return !isBoilerplate(n)
        }
        return found
    }

    // MARK: Article

    /// Builds the article text: the headline, a newline, then one paragraph per line.
    static func article(
        id: String, source: String, headline: String, published: PartialDate?, url: String?,
        paragraphs: [String]
    ) -> Article {
        var text: [UInt8] = []
        var blocks: [TextBlock] = []
        let head = XMLText.collapseWhitespace(headline)
        if !head.isEmpty {
            text.append(contentsOf: head.utf8)
            blocks.append(TextBlock(range: 0..<text.count, kind: .headline))
            text.append(0x0A)
        }
        for p in paragraphs {
            let start = text.count
            text.append(contentsOf: p.utf8)
            blocks.append(TextBlock(range: start..<text.count, kind: .body))
            text.append(0x0A)
        }
        return Article(
            id: id, source: source, headline: head, published: published,
            url: url.map(XMLText.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 },
            text: text, blocks: blocks)
    }
}
