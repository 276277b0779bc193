import CLibXML2
import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

/// The GraphML writer composes markup into libxml2's `xmlOutputBuffer`; these tests hold it to
/// the bytes the previous implementation produced through `xmlTextWriter` (kept here as the
/// oracle), on graphs with every value type, escaping, forbidden characters and empty cases.
@Suite("GraphML writer equals the xmlTextWriter layout")
struct GraphMLWriterEquivalenceTests {
    /// The former writer, call for call on `xmlTextWriter` (through `XMLFileWriter`).
    static func reference(_ graph: AttributedGraph, to path: String) throws {
        let w = try XMLFileWriter(path: path)
        try w.startDocument()
        try w.start("graphml")
        try w.attribute("xmlns", literal: "http://graphml.graphdrawing.org/xmlns")
        try w.attribute("xmlns:xsi", literal: "http://www.w3.org/2001/XMLSchema-instance")
        try w.attribute(
            "xsi:schemaLocation",
            literal: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        let nodeKeys = GraphMLWriter.keys(for: graph.nodeAttributes, prefix: "v_", reserved: "label")
        let edgeKeys = GraphMLWriter.keys(for: graph.edgeAttributes, prefix: "e_", reserved: "weight")
        func key(_ id: String, _ domain: StaticString, _ name: String, _ type: String) throws {
            try w.start("key")
            try w.attribute("id", id)
            try w.attribute("for", literal: domain)
            try w.attribute("attr.name", name)
            try w.attribute("attr.type", type)
            try w.end()
        }
        try key("v_label", "node", "label", "string")
        for k in nodeKeys { try key(k.id, "node", k.name, k.type) }
        try key("e_weight", "edge", "weight", "double")
        for k in edgeKeys { try key(k.id, "edge", k.name, k.type) }
        func data(_ keys: [GraphMLWriter.Key], _ i: Int) throws {
            for k in keys {
                switch k.values {
                case .string(let v):
                    if let s = v[i] {
                        try w.start("data")
                        try w.attribute("key", k.id)
                        try w.text(s)
                        try w.end()
                    }
                case .int(let v):
                    if let x = v[i] {
                        try w.start("data")
                        try w.attribute("key", k.id)
                        try w.rawInteger(x)
                        try w.end()
                    }
                case .double(let v):
                    if let x = v[i] {
                        try w.start("data")
                        try w.attribute("key", k.id)
                        try w.rawDouble(x)
                        try w.end()
                    }
                case .bool(let v):
                    if let x = v[i] {
                        try w.start("data")
                        try w.attribute("key", k.id)
                        try w.raw(x ? "true" : "false")
                        try w.end()
                    }
                }
            }
        }
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
            try data(nodeKeys, i)
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
            try data(edgeKeys, i)
            try w.end()
        }
        try w.end()
        try w.end()
        try w.endDocument()
    }

    static func bothWriters(_ g: AttributedGraph) throws -> (new: Data, old: Data) {
        let dir = try TestEnv.tempDir()
        let a = dir.appendingPathComponent("new.graphml").path
        let b = dir.appendingPathComponent("old.graphml").path
        try GraphMLWriter().write(g, toTemporaryFile: a)
        try reference(g, to: b)
        return (try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)))
    }

    /// Strings that exercise escaping (`& < > "`, CR), forbidden characters, U+FFFE, non-ASCII,
    /// whitespace and the empty string.
    static let awkward = [
        "", " ", "plain", "Kim \"Jong\" Un & <Co>", "a\r\nb", "tab\there", "nul\u{0}x", "bell\u{7}",
        "中国 — Ελλάδα", "\u{FFFE}x\u{FFFF}", "'apos'", "]]>", "&amp;", "long " + String(repeating: "é<", count: 300),
        String(repeating: "x", count: 200_000),
    ]

    static func awkwardGraph(description: String) -> AttributedGraph {
        var g = AttributedGraph()
        g.description = description
        let n = awkward.count
        g.labels = awkward
        g.nodeAttributes = [
            Attribute(
                name: "note", type: .string, values: .string((0..<n).map { $0 % 3 == 0 ? nil : awkward[($0 * 7) % n] })),
            Attribute(
                name: "count", type: .int, values: .int((0..<n).map { $0 % 4 == 1 ? nil : ($0 - 5) * 1_000_003 })),
            Attribute(
                name: "huge", type: .int, values: .int((0..<n).map { $0 == 2 ? Int.min : ($0 == 3 ? Int.max : nil) })),
            Attribute(
                name: "score", type: .double,
                values: .double((0..<n).map { [0.1, -0.0, 1e300, .nan, .infinity, 3, nil][$0 % 7] })),
            Attribute(name: "flag", type: .boolean, values: .bool((0..<n).map { $0 % 3 == 2 ? nil : $0 % 2 == 0 })),
            Attribute(name: "label", type: .string, values: .string((0..<n).map { "L\($0)" })),
            Attribute(name: "wéird name<>", type: .float, values: .double((0..<n).map { Double($0) / 3 })),
        ]
        g.sources = (0..<(2 * n)).map { $0 % n }
        g.targets = (0..<(2 * n)).map { ($0 * 5 + 1) % n }
        g.weights = (0..<(2 * n)).map { [1, 0.125, 2.5e-7, 1e16, -3][$0 % 5] }
        g.edgeAttributes = [
            Attribute(name: "evidence", type: .string, values: .string((0..<(2 * n)).map { awkward[$0 % n] })),
            Attribute(name: "weight", type: .int, values: .int((0..<(2 * n)).map { $0 })),
        ]
        return g
    }

    @Test(arguments: ["", "A graph: <quotes> & \"ampersands\"\r\n"])
    func awkwardValuesGiveTheSameBytes(description: String) throws {
        let (new, old) = try Self.bothWriters(Self.awkwardGraph(description: description))
        #expect(new.count > 200_000)
        #expect(new == old)
    }

    @Test func emptyGraphsGiveTheSameBytes() throws {
        var g = AttributedGraph()
        var (new, old) = try Self.bothWriters(g)
        #expect(new == old)
        #expect(String(decoding: new, as: UTF8.self).contains(#"<graph id="G" edgedefault="undirected"/>"#))
        g.description = "only a description"
        (new, old) = try Self.bothWriters(g)
        #expect(new == old)
        g.description = ""
        g.labels = ["lonely"]
        (new, old) = try Self.bothWriters(g)
        #expect(new == old)
    }

    @Test func sampleGraphGivesTheSameBytes() throws {
        let (new, old) = try Self.bothWriters(SampleGraphs.small())
        #expect(new == old)
    }
}
