import Foundation

/// A self-contained interactive page (`.html`, `.htm`): the graph drawn by vis-network, with
/// search, filters, a meeting timeline, shortest paths and the evidence behind every edge.
///
/// One file, no network access needed when opened: the page embeds vis-network 9.1.2 (from
/// `data/viewer/`, MIT or Apache-2.0), its own script and styles, and the graph as JSON in a
/// `<script type="application/json">` block:
///
/// ```json
/// {"title": "…", "nodes": 84, "edges": 322,
///  "labels": ["Atlantic Policy Forum", …], "names": [[["atlantic policy forum"], ["apf"]], …],
///  "nodeAttributes": [{"name": "type", "values": ["organization", …]}, …],
///  "source": [0, …], "target": [10, …], "weight": [1, …],
///  "edgeAttributes": [{"name": "kind", "values": ["cooccurrence", …]}, …]}
/// ```
///
/// - `names` holds each node's names normalised as `NameIndex` does (label and entity id, then
///   aliases), so the page matches typed names the way `diplograph path` does.
/// - Every string is escaped for a script block: `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`,
///   so no name or sentence can close the block or start markup; the page puts text into the
///   document only through `textContent`.
/// - Missing values are `null`; non-finite numbers too.
/// - Same graph, same bytes: nothing depends on the time, the machine or hash order.
public struct HTMLViewerWriter: StreamingGraphWriter {
    /// `html` and `htm`.
    public var extensions: [String] { ["html", "htm"] }

    /// A writer.
    public init() {}

    /// Streams the page into `out` (the caller closes it).
    ///
    /// - Complexity: O(V + E) plus the length of the values.
    public func write(_ g: AttributedGraph, to out: ByteSink) {
        let title = g.description.isEmpty ? "Diplograph graph" : g.description
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.append("<meta name=\"generator\" content=\"diplograph\">\n<title>")
        Self.escapeHTMLText(title, to: out)
        out.append("</title>\n<style>\n")
        out.append(ViewerAssets.css)
        out.append("</style>\n</head>\n<body>\n")
        out.append(ViewerAssets.body)
        out.append("<script id=\"graph-data\" type=\"application/json\">")
        writeData(g, title: title, to: out)
        out.append("</script>\n<script>\n")
        out.append(ViewerAssets.visNetwork)
        out.append("\n</script>\n<script>\n")
        out.append(ViewerAssets.viewer)
        out.append("</script>\n</body>\n</html>\n")
    }

    /// Per node, its search names in two tiers: label and entity id, then aliases (as
    /// `ViewerSearchKey` normalises them, each name once).
    func writeNames(_ g: AttributedGraph, to out: ByteSink) {
        let aliases = g.nodeAttribute(GraphKeys.aliases)?.values
        let ids = g.nodeAttribute(GraphKeys.entityID)?.values
        for i in 0..<g.nodeCount {
            if i > 0 { out.append(", ") }
            var primary: [String] = []
            var secondary: [String] = []
            func add(_ name: String, primaryTier: Bool) {
                let n = ViewerSearchKey.normalize(name)
                guard !n.isEmpty, !primary.contains(n), !secondary.contains(n) else { return }
                if primaryTier { primary.append(n) } else { secondary.append(n) }
            }
            add(g.labels[i], primaryTier: true)
            if let id = ids?.string(i) { add(id, primaryTier: true) }
            for a in GraphCodec.items(aliases?.string(i)) { add(a, primaryTier: false) }
            out.append("[")
            for (k, tier) in [primary, secondary].enumerated() {
                if k > 0 { out.append(", ") }
                out.append("[")
                for (j, n) in tier.enumerated() {
                    if j > 0 { out.append(", ") }
                    Self.quote(n, to: out)
                }
                out.append("]")
            }
            out.append("]")
        }
    }

    /// The graph as the page's JSON.
    func writeData(_ g: AttributedGraph, title: String, to out: ByteSink) {
        out.append("{\"title\": ")
        Self.quote(title, to: out)
        out.append(", \"nodes\": ")
        out.append(int: g.nodeCount)
        out.append(", \"edges\": ")
        out.append(int: g.edgeCount)
        out.append(",\n\"labels\": [")
        for (i, l) in g.labels.enumerated() {
            if i > 0 { out.append(", ") }
            Self.quote(l, to: out)
        }
        out.append("],\n\"names\": [")
        writeNames(g, to: out)
        out.append("],\n\"nodeAttributes\": ")
        writeColumns(g.nodeAttributes, count: g.nodeCount, to: out)
        out.append(",\n\"source\": [")
        for (e, s) in g.sources.enumerated() {
            if e > 0 { out.append(byte: 0x2C) }
            out.append(int: s)
        }
        out.append("],\n\"target\": [")
        for (e, t) in g.targets.enumerated() {
            if e > 0 { out.append(byte: 0x2C) }
            out.append(int: t)
        }
        out.append("],\n\"weight\": [")
        for e in 0..<g.edgeCount {
            if e > 0 { out.append(byte: 0x2C) }
            Self.number(e < g.weights.count ? g.weights[e] : 1, to: out)
        }
        out.append("],\n\"edgeAttributes\": ")
        writeColumns(g.edgeAttributes, count: g.edgeCount, to: out)
        // The articles' addresses, for links from their ids (only when some article has one).
        if !g.articleURLs.isEmpty {
            out.append(",\n\"articleURLs\": {")
            for (k, (id, url)) in g.articleURLs.sorted(by: { $0.key < $1.key }).enumerated() {
                if k > 0 { out.append(", ") }
                Self.quote(id, to: out)
                out.append(": ")
                Self.quote(url, to: out)
            }
            out.append("}")
        }
        out.append("}")
    }

    func writeColumns(_ attributes: [Attribute], count: Int, to out: ByteSink) {
        out.append("[")
        for (k, a) in attributes.enumerated() {
            out.append(k > 0 ? ",\n {\"name\": " : "{\"name\": ")
            Self.quote(a.name, to: out)
            out.append(", \"type\": ")
            Self.quote(a.type.rawValue, to: out)
            out.append(", \"values\": [")
            for i in 0..<min(count, a.values.count) {
                if i > 0 { out.append(", ") }
                switch a.values {
                case .bool(let v): out.append(v[i].map { $0 ? "true" : "false" } ?? "null")
                case .int(let v): if let n = v[i] { out.append(int: n) } else { out.append("null") }
                case .double(let v): if let d = v[i] { Self.number(d, to: out) } else { out.append("null") }
                case .string(let v): if let s = v[i] { Self.quote(s, to: out) } else { out.append("null") }
                }
            }
            out.append("]}")
        }
        out.append("]")
    }

    static func number(_ x: Double, to out: ByteSink) {
        if x.isFinite { out.append(double: x) } else { out.append("null") }
    }

    /// Writes `s` as a JSON string that is safe inside an HTML `<script>` block: `"` and `\`
    /// escaped, control characters, `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`.
    public static func quote(_ s: String, to out: ByteSink) {
        out.append(byte: 0x22)
        var s = s
        s.withUTF8 { u in
            var run = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                var width = 1
                var escape: UInt32? = nil
                switch b {
                case 0x22, 0x5C: escape = UInt32(b)
                case 0..<0x20, 0x3C, 0x3E, 0x26, 0x7F: escape = UInt32(b)
                case 0xE2 where i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    escape = u[i + 2] == 0xA8 ? 0x2028 : 0x2029
                    width = 3
                default: break
                }
                guard let c = escape else {
                    i += 1
                    continue
                }
                if i > run { out.append(bytes: UnsafeBufferPointer(rebasing: u[run..<i])) }
                if c == 0x22 {
                    out.append("\\\"")
                } else if c == 0x5C {
                    out.append("\\\\")
                } else {
                    out.append("\\u")
                    let hex = Array("0123456789abcdef".utf8)
                    for shift in stride(from: 12, through: 0, by: -4) {
                        out.append(byte: hex[Int((c >> UInt32(shift)) & 0xF)])
                    }
                }
                i += width
                run = i
            }
            if n > run { out.append(bytes: UnsafeBufferPointer(rebasing: u[run..<n])) }
        }
        out.append(byte: 0x22)
    }

    /// Writes `s` as HTML text: `&`, `<`, `>` and `"` as character references.
    static func escapeHTMLText(_ s: String, to out: ByteSink) {
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            default: out.append(String(c))
            }
        }
    }
}

/// The page's parts: the vendored vis-network (decoded once from `ViewerAssetData`), the
/// viewer's script, styles and markup.
enum ViewerAssets {
    static let visNetwork: String = {
        guard let data = Data(base64Encoded: visNetworkMinJSBase64) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }()
    static let viewer = viewerJS
    static let css = viewerCSS
    static let body = viewerBodyHTML
}
