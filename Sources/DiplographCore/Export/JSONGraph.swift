/// Node-link JSON (`.json`) for D3, Cytoscape and NetworkX's `node_link_graph`.
///
/// ```json
/// {"directed": false, "multigraph": false, "graph": {"description": "…"},
///  "nodes": [
///   {"id": "n0", "label": "Choe Son Hui", "entity_id": "choe-son-hui", "type": "person", "mentions": 17},
///   …],
///  "links": [
///   {"source": "n0", "target": "n1", "weight": 3.0, "kind": "both", "meetings": 2},
///   …]}
/// ```
///
/// - One node or link per line, in graph order; members in declaration order (`id`, `label`,
///   then the node attributes; `source`, `target`, `weight`, then the edge attributes).
/// - Values keep their declared types: int columns print as integers, double columns always with
///   a fraction or exponent (`3.0`, `0.25`), so Python reads them back as `float`; booleans as
///   `true`/`false`. Missing values are omitted (not `null`); non-finite doubles become `null`.
/// - Attributes whose names would collide with the structural members (`id`, `label` for nodes;
///   `source`, `target`, `weight`, `key` for links) are skipped.
/// - The edge list is named `links` (D3's name). NetworkX 3.4+ defaults to `edges`: read it with
///   `networkx.node_link_graph(data, edges="links")`.
/// - Strings are escaped like `JSONValue`: quotes, backslashes, control characters, U+2028/9.
public struct JSONGraphWriter: StreamingGraphWriter {
    /// `json`.
    public var extensions: [String] { ["json"] }

    /// A writer.
    public init() {}

    /// Streams the node-link JSON of `g` into `out`.
    public func write(_ g: AttributedGraph, to out: ByteSink) {
        out.append("{\"directed\": false, \"multigraph\": false, \"graph\": {\"description\": ")
        JSONGraphWriter.quote(g.description, to: out)
        out.append("},\n \"nodes\": [")
        let nodeAttrs = g.nodeAttributes.filter { !["id", "label"].contains($0.name) }
            .map { (JSONGraphWriter.quotedKey($0.name), $0.values) }
        for i in 0..<g.nodeCount {
            out.append(i == 0 ? "\n  {\"id\": \"n" : ",\n  {\"id\": \"n")
            out.append(int: i)
            out.append("\", \"label\": ")
            JSONGraphWriter.quote(g.labels[i], to: out)
            for (key, column) in nodeAttrs where column.isPresent(i) {
                out.append(key)
                JSONGraphWriter.value(column, i, to: out)
            }
            out.append(byte: UInt8(ascii: "}"))
        }
        out.append(g.nodeCount == 0 ? "],\n \"links\": [" : "\n ],\n \"links\": [")
        let edgeAttrs = g.edgeAttributes.filter { !["source", "target", "weight", "key"].contains($0.name) }
            .map { (JSONGraphWriter.quotedKey($0.name), $0.values) }
        for e in 0..<g.edgeCount {
            out.append(e == 0 ? "\n  {\"source\": \"n" : ",\n  {\"source\": \"n")
            out.append(int: g.sources[e])
            out.append("\", \"target\": \"n")
            out.append(int: g.targets[e])
            out.append("\", \"weight\": ")
            JSONGraphWriter.double(e < g.weights.count ? g.weights[e] : 1, to: out)
            for (key, column) in edgeAttrs where column.isPresent(e) {
                out.append(key)
                JSONGraphWriter.value(column, e, to: out)
            }
            out.append(byte: UInt8(ascii: "}"))
        }
        out.append(g.edgeCount == 0 ? "]}\n" : "\n ]}\n")
    }

    /// `, "name": ` as bytes, built once per attribute.
    static func quotedKey(_ name: String) -> [UInt8] {
        let sink = ByteSink()
        sink.append(", ")
        quote(name, to: sink)
        sink.append(": ")
        return sink.bytes
    }

    static func value(_ column: AttributeColumn, _ i: Int, to out: ByteSink) {
        switch column {
        case .bool(let v): out.append(v[i]! ? "true" : "false")
        case .int(let v): out.append(int: v[i]!)
        case .double(let v): double(v[i]!, to: out)
        case .string(let v): quote(v[i]!, to: out)
        }
    }

    /// A JSON number that reads back as a float: `3.0`, `0.25`, `1e-07`; `null` when not finite.
    static func double(_ x: Double, to out: ByteSink) {
        guard x.isFinite else {
            out.append("null")
            return
        }
        if x == x.rounded(), abs(x) < 1e15 {
            out.append(int: Int(x))
            out.append(".0")
        } else {
            out.append(x.description)
        }
    }

    /// Writes `s` as a JSON string (the escaping of `JSONValue.quote`), scanning UTF-8 bytes.
    public static func quote(_ s: String, to out: ByteSink) {
        out.append(byte: UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                    i += 1
                    continue
                }
                // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
                if b == 0xE2 && !(i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
                    i += 1
                    continue
                }
                if i > runStart { out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                switch b {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                case 0xE2:
                    out.append(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 2
                default:
                    out.append("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(byte: hex[Int(b >> 4)])
                    out.append(byte: hex[Int(b & 15)])
                }
                i += 1
                runStart = i
            }
            if n > runStart { out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
        out.append(byte: UInt8(ascii: "\""))
    }
}
