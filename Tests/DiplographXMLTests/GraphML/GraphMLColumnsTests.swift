import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

/// `GraphMLColumns`: columns kept or kept as bytes give the values a full read gives; columns
/// left out are absent but still checked.
@Suite("GraphML reader column plan")
struct GraphMLColumnsTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let plan = GraphMLColumns(
        nodeColumns: ["aliases", "type", "mentions"], edgeColumns: ["kind", "meetings"],
        deferredEdgeStrings: ["evidence", "sources", "places", "meeting_dates"])

    /// Checks a planned read of `bytes` against a full read.
    static func check(_ bytes: [UInt8], name: String) throws {
        let full = try GraphMLReader().read(bytes: bytes, name: name)
        let (g, d) = try GraphMLReader(columns: plan).readDeferring(bytes: bytes, name: name)
        #expect(g.labels == full.labels)
        #expect(g.sources == full.sources && g.targets == full.targets && g.weights == full.weights)
        #expect(g.description == full.description)
        for a in full.nodeAttributes {
            if !["aliases", "type", "mentions", "name", "label"].contains(a.name) {
                #expect(g.nodeAttribute(a.name) == nil, "\(a.name) is skipped")
            } else {
                #expect(g.nodeAttribute(a.name) == a, "\(a.name)")
            }
        }
        for a in full.edgeAttributes where full.edgeAttribute(a.name) == a {
            if case .string(let values) = a.values, plan.deferredEdgeStrings.contains(a.name) {
                let c = try #require(d.column(a.name), "\(a.name) is deferred")
                #expect(values.indices.map { d.string(column: c, row: $0) } == values, "\(a.name)")
                #expect(g.edgeAttribute(a.name) == nil)
            } else if a.name == "kind" || a.name == "meetings" {
                #expect(g.edgeAttribute(a.name) == a)
            } else {
                #expect(g.edgeAttribute(a.name) == nil, "\(a.name) is skipped")
            }
        }
    }

    @Test(arguments: ["diplomacy.graphml", "meetings.graphml"])
    func repositoryGraphs(_ file: String) throws {
        let path = Self.repoRoot.appendingPathComponent("graphs/\(file)").path
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count > 1000)
        try Self.check(bytes, name: file)
    }

    @Test func defaultsRepeatedDataAndUnusedKeys() throws {
        let xml = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="ev" for="edge" attr.name="evidence" attr.type="string"><default>none &amp; more</default></key>
              <key id="src" for="all" attr.name="sources" attr.type="string"/>
              <key id="fm" for="edge" attr.name="first_meeting" attr.type="string"/>
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="r" for="node" attr.name="roles" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="r">Envoy</data></node><node id="b"/>
                <edge source="a" target="b"><data key="ev">a1: One &amp; two.</data><data key="ev">a1: Later.</data><data key="k">meeting</data></edge>
                <edge source="b" target="a"><data key="fm">2025-01-02</data></edge>
                <edge source="a" target="a"><data key="ev"></data></edge>
              </graph>
            </graphml>
            """
        try Self.check(Array(xml.utf8), name: "t.graphml")
        let (g, d) = try GraphMLReader(columns: Self.plan).readDeferring(bytes: Array(xml.utf8), name: "t.graphml")
        let ev = try #require(d.column("evidence"))
        #expect((0..<3).map { d.string(column: ev, row: $0) } == ["a1: Later.", "none & more", ""])
        #expect(d.column("sources") == nil)  // a for="all" key nobody uses is dropped, as in a full read
        #expect(g.nodeAttribute("roles") == nil && g.edgeAttribute("first_meeting") == nil)
    }

    @Test func malformedValuesStillFail() throws {
        let xml = """
            <graphml><key id="m" for="edge" attr.name="meetings" attr.type="int"/>
            <key id="ev" for="edge" attr.name="evidence" attr.type="string"/><graph>
            <edge source="a" target="b"><data key="ev">x</data>
            <data key="m">many</data></edge></graph></graphml>
            """
        let e = try #require(throws: DiagnosticList.self) {
            try GraphMLReader(columns: Self.plan).readDeferring(bytes: Array(xml.utf8), name: "bad.graphml")
        }
        #expect(
            e.diagnostics.map(\.description) == [
                "bad.graphml:4: error: the value 'many' of key 'meetings' is not an integer"
            ])
        // A column left out is checked all the same.
        let skipped = xml.replacingOccurrences(of: "attr.name=\"meetings\"", with: "attr.name=\"articles\"")
        let e2 = try #require(throws: DiagnosticList.self) {
            try GraphMLReader(columns: Self.plan).readDeferring(bytes: Array(skipped.utf8), name: "bad.graphml")
        }
        #expect(
            e2.diagnostics.map(\.description) == [
                "bad.graphml:4: error: the value 'many' of key 'articles' is not an integer"
            ])
        #expect(throws: DiagnosticList.self) {
            try GraphMLReader(columns: Self.plan).readDeferring(
                bytes: Array("<graphml><graph></graphml>".utf8), name: "x")
        }
    }
}
