import CLibXML2
import DiplographCore

/// Writes GraphML through libxml2's `xmlTextWriter`.
///
/// The output follows the conventions Gephi, NetworkX, igraph and Graphviz's `graphml2gv` need:
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="…" xsi:schemaLocation="…">
///   <key id="v_label" for="node" attr.name="label" attr.type="string"/>
///   <key id="v_mentions" for="node" attr.name="mentions" attr.type="int"/>
///   <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
///   <graph id="G" edgedefault="undirected">
///     <desc>…</desc>
///     <node id="n0"><data key="v_label">Kim Jong Un</data>…</node>
///     <edge id="e0" source="n0" target="n1"><data key="e_weight">3</data>…</edge>
///   </graph>
/// </graphml>
/// ```
///
/// - Key ids are readable: `v_<name>` for node keys and `e_<name>` for edge keys (characters
///   outside `[A-Za-z0-9._-]` become `_`, duplicates get a numeric suffix). `attr.name` is the
///   attribute's own name, made an XML NMTOKEN if needed.
/// - `label` (string) is the first node key and `weight` (double) the first edge key; the
///   graph's own attributes follow in their order. An attribute that is itself called `label`
///   (node) or `weight` (edge) is renamed `label_2` / `weight_2`.
/// - Values print as their declared type (`12`, `3.5`, `true`); nil values have no `<data>`.
///   An `int` column holding a value outside 32 bits is declared `long`.
/// - Every string is cleaned of characters XML 1.0 forbids before libxml2 sees it.
/// - Output is deterministic: no timestamps, two-space indentation.
public struct GraphMLWriter: GraphFormatWriter {
    public var extensions: [String] { ["graphml"] }
    public init() {}

    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        try GraphMLWriter.check(graph, path: path)
        let w = try XMLFileWriter(path: path)
        try w.startDocument()
        try w.start("graphml")
        try w.attribute("xmlns", literal: "http://graphml.graphdrawing.org/xmlns")
        try w.attribute("xmlns:xsi", literal: "http://www.w3.org/2001/XMLSchema-instance")
        try w.attribute("xsi:schemaLocation",
                        literal: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")

        let nodeKeys = GraphMLWriter.keys(for: graph.nodeAttributes, prefix: "v_", reserved: "label")
        let edgeKeys = GraphMLWriter.keys(for: graph.edgeAttributes, prefix: "e_", reserved: "weight")
        try writeKey(w, id: "v_label", domain: "node", name: "label", type: "string")
        for k in nodeKeys { try writeKey(w, id: k.id, domain: "node", name: k.name, type: k.type) }
        try writeKey(w, id: "e_weight", domain: "edge", name: "weight", type: "double")
        for k in edgeKeys { try writeKey(w, id: k.id, domain: "edge", name: k.name, type: k.type) }

        try w.start("graph")
        try w.attribute("id", literal: "G")
        try w.attribute("edgedefault", literal: "undirected")
        if !graph.description.isEmpty { try w.element("desc", text: graph.description) }

        for i in 0..<graph.nodeCount {
            try w.start("node")
            try w.attribute("id", prefix: UInt8(ascii: "n"), i)
            try w.start("data")
            try w.attribute("key", literal: "v_label")
            try w.text(graph.labels[i])
            try w.end()
            try writeData(w, keys: nodeKeys, row: i)
            try w.end()
        }
        for i in 0..<graph.edgeCount {
            try w.start("edge")
            try w.attribute("id", prefix: UInt8(ascii: "e"), i)
            try w.attribute("source", prefix: UInt8(ascii: "n"), graph.sources[i])
            try w.attribute("target", prefix: UInt8(ascii: "n"), graph.targets[i])
            try w.start("data")
            try w.attribute("key", literal: "e_weight")
            try w.rawDouble(i < graph.weights.count ? graph.weights[i] : 1)
            try w.end()
            try writeData(w, keys: edgeKeys, row: i)
            try w.end()
        }
        try w.end()  // graph
        try w.end()  // graphml
        try w.endDocument()
    }

    /// A declared key: its id, GraphML name and type, and the column it prints.
    struct Key {
        var id: String
        var name: String
        var type: String
        var values: AttributeColumn
    }

    private func writeKey(_ w: XMLFileWriter, id: String, domain: StaticString, name: String, type: String) throws {
        try w.start("key")
        try w.attribute("id", id)
        try w.attribute("for", literal: domain)
        try w.attribute("attr.name", name)
        try w.attribute("attr.type", type)
        try w.end()
    }

    private func writeData(_ w: XMLFileWriter, keys: [Key], row i: Int) throws {
        for k in keys {
            switch k.values {
            case .string(let v):
                guard let s = v[i] else { continue }
                try w.start("data"); try w.attribute("key", safe: k.id); try w.text(s); try w.end()
            case .int(let v):
                guard let x = v[i] else { continue }
                try w.start("data"); try w.attribute("key", safe: k.id); try w.rawInteger(x); try w.end()
            case .double(let v):
                guard let x = v[i] else { continue }
                try w.start("data"); try w.attribute("key", safe: k.id); try w.rawDouble(x); try w.end()
            case .bool(let v):
                guard let x = v[i] else { continue }
                try w.start("data"); try w.attribute("key", safe: k.id)
                if x { try w.raw(literal: "true") } else { try w.raw(literal: "false") }
                try w.end()
            }
        }
    }

    /// Refuses graphs whose arrays disagree (an edge to a missing node would make an invalid file).
    static func check(_ g: AttributedGraph, path: String) throws {
        func fail(_ m: String) -> OutputError { OutputError(path: path, message: "inconsistent graph: " + m) }
        guard g.targets.count == g.sources.count else { throw fail("\(g.sources.count) sources but \(g.targets.count) targets") }
        guard g.weights.isEmpty || g.weights.count == g.edgeCount else { throw fail("\(g.weights.count) weights for \(g.edgeCount) edges") }
        for i in 0..<g.edgeCount where !(0..<g.nodeCount).contains(g.sources[i]) || !(0..<g.nodeCount).contains(g.targets[i]) {
            throw fail("edge \(i) connects a node that does not exist")
        }
        for a in g.nodeAttributes where a.values.count != g.nodeCount { throw fail("node attribute '\(a.name)' has \(a.values.count) values for \(g.nodeCount) nodes") }
        for a in g.edgeAttributes where a.values.count != g.edgeCount { throw fail("edge attribute '\(a.name)' has \(a.values.count) values for \(g.edgeCount) edges") }
    }

    /// Key ids, names and types for attributes, unique within their domain.
    static func keys(for attributes: [Attribute], prefix: String, reserved: String) -> [Key] {
        var usedNames: Set<String> = [reserved]
        var usedIDs: Set<String> = [prefix + reserved]
        var out: [Key] = []
        for a in attributes {
            let name = unique(nmtoken(a.name), in: &usedNames)
            let id = unique(prefix + idSafe(a.name), in: &usedIDs)
            out.append(Key(id: id, name: name, type: graphMLType(a), values: a.values))
        }
        return out
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        var s = base
        var n = 2
        while used.contains(s) { s = base + "_\(n)"; n += 1 }
        used.insert(s)
        return s
    }

    /// `[A-Za-z0-9._-]` kept, anything else `_`.
    static func idSafe(_ s: String) -> String {
        let bytes = s.utf8.map { b -> UInt8 in
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                return b
            default:
                return UInt8(ascii: "_")
            }
        }
        return bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
    }

    /// A valid XML NMTOKEN: letters and digits of any script plus `. - _ :`; anything else `_`.
    static func nmtoken(_ s: String) -> String {
        let out = String(s.map { c -> Character in
            if c.isASCII { return (c.isLetter || c.isNumber || ".-_:".contains(c)) ? c : "_" }
            return (c.isLetter || c.isNumber) && c.unicodeScalars.count == 1 ? c : "_"
        })
        return out.isEmpty ? "_" : out
    }

    /// The GraphML `attr.type` of an attribute: its declared type when the column can hold it,
    /// else the column's natural type.
    static func graphMLType(_ a: Attribute) -> String {
        switch a.values {
        case .bool: return "boolean"
        case .string: return "string"
        case .double: return a.type == .float ? "float" : "double"
        case .int(let v):
            if a.type == .long { return "long" }
            let fits = v.allSatisfy { $0.map { Int(Int32.min) <= $0 && $0 <= Int(Int32.max) } ?? true }
            return fits ? "int" : "long"
        }
    }
}
