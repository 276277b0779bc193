import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("GraphML writer")
struct GraphMLWriterTests {
    /// Writes `graph` to a fresh temp folder and returns the path.
    static func write(_ graph: AttributedGraph = SampleGraphs.small()) throws -> String {
        let path = try TestEnv.tempDir().appendingPathComponent("g.graphml").path
        try GraphMLWriter().write(graph, toTemporaryFile: path)
        return path
    }

    @Test func writesKeysNodesAndEdgesInTheDocumentedShape() throws {
        let text = try String(contentsOfFile: Self.write(), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(
            lines[1].contains(
                #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd""#
            ))
        #expect(lines[2] == #"  <key id="v_label" for="node" attr.name="label" attr.type="string"/>"#)
        #expect(lines[3] == #"  <key id="v_type" for="node" attr.name="type" attr.type="string"/>"#)
        #expect(text.contains(#"<key id="v_mentions" for="node" attr.name="mentions" attr.type="int"/>"#))
        #expect(text.contains(#"<key id="v_official" for="node" attr.name="official" attr.type="boolean"/>"#))
        #expect(text.contains(#"<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#))
        #expect(text.contains(#"<key id="e_articles" for="edge" attr.name="articles" attr.type="int"/>"#))
        #expect(text.contains(#"<graph id="G" edgedefault="undirected">"#))
        #expect(text.contains("    <desc>Test graph: &lt;quotes&gt; &amp; &quot;ampersands&quot; </desc>"))
        // Values as their declared type; escaping; control characters gone.
        #expect(text.contains(#"<data key="v_label">Kim &quot;Jong&quot; Un &amp; &lt;Co&gt;</data>"#))
        #expect(text.contains(#"<data key="v_label">中国</data>"#))
        #expect(text.contains(#"<data key="v_label">CtrlCharX</data>"#))
        #expect(text.contains(#"<data key="v_mentions">12</data>"#))
        #expect(text.contains(#"<data key="v_score">0.001</data>"#))
        #expect(text.contains(#"<data key="v_official">true</data>"#))
        #expect(text.contains(#"<edge id="e3" source="n2" target="n4">"#))
        #expect(text.contains(#"<data key="e_weight">0.125</data>"#))
        #expect(text.contains(#"<data key="e_weight">3</data>"#))
        // nil values have no <data>: node n2 has no mentions, so only five mentions values.
        #expect(text.components(separatedBy: #"<data key="v_mentions">"#).count - 1 == 5)
        // Nodes before edges.
        let lastNode = try #require(text.range(of: "<node id=\"n5\"", options: .backwards))
        let firstEdge = try #require(text.range(of: "<edge "))
        #expect(lastNode.upperBound < firstEdge.lowerBound)
        // No byte XML 1.0 forbids.
        #expect(!Array(text.utf8).contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D })
    }

    @Test func sameGraphSameBytes() throws {
        let a = try Data(contentsOf: URL(fileURLWithPath: Self.write()))
        let b = try Data(contentsOf: URL(fileURLWithPath: Self.write()))
        #expect(a == b)
    }

    @Test func emptyGraphIsValidXML() throws {
        let text = try String(contentsOfFile: Self.write(AttributedGraph()), encoding: .utf8)
        #expect(text.contains(#"<graph id="G" edgedefault="undirected"/>"#))
        let g = try GraphMLReader().read(path: Self.write(AttributedGraph()))
        #expect(g.nodeCount == 0 && g.edgeCount == 0)
    }

    @Test func unwritablePathThrowsOutputError() {
        #expect(throws: OutputError.self) {
            try GraphMLWriter().write(SampleGraphs.small(), toTemporaryFile: "/nonexistent-folder-diplograph/x.graphml")
        }
    }

    @Test func inconsistentGraphIsRefused() {
        var g = SampleGraphs.small()
        g.targets[0] = 99
        #expect(throws: OutputError.self) {
            try GraphMLWriter().write(g, toTemporaryFile: "/tmp/never-written.graphml")
        }
    }

    @Test func largeIntsAreDeclaredLongAndClashingNamesRenamed() throws {
        var g = AttributedGraph(labels: ["a", "b"], sources: [0], targets: [1], weights: [1])
        g.nodeAttributes = [
            Attribute(name: "big", type: .int, values: .int([5_000_000_000, nil])),
            Attribute(name: "label", type: .string, values: .string(["x", "y"])),
            Attribute(name: "has space", type: .string, values: .string(["x", "y"])),
        ]
        g.edgeAttributes = [Attribute(name: "weight", type: .double, values: .double([2]))]
        let text = try String(contentsOfFile: Self.write(g), encoding: .utf8)
        #expect(text.contains(#"attr.name="big" attr.type="long""#))
        #expect(text.contains(#"<key id="v_label_2" for="node" attr.name="label_2" attr.type="string"/>"#))
        #expect(text.contains(#"<key id="v_has_space" for="node" attr.name="has_space" attr.type="string"/>"#))
        #expect(text.contains(#"<key id="e_weight_2" for="edge" attr.name="weight_2" attr.type="double"/>"#))
    }

    @Test func cleaningRemovesForbiddenCharactersAndRepairsUTF8() {
        #expect(XMLText.clean(Array("a\u{0}b\u{1}c\u{B}\u{C}d\u{1F}e\t\n\r".utf8)) == Array("abcde\t\n\r".utf8))
        #expect(XMLText.clean(Array("x\u{FFFE}y\u{FFFF}z\u{FFFD}".utf8)) == Array("xyz\u{FFFD}".utf8))
        // Invalid UTF-8: lone continuation, truncated sequence, overlong, encoded surrogate.
        #expect(XMLText.clean([0x61, 0x80, 0x62]) == Array("a\u{FFFD}b".utf8))
        #expect(XMLText.clean([0x61, 0xE4, 0xB8]) == Array("a\u{FFFD}\u{FFFD}".utf8))
        #expect(XMLText.clean([0xC0, 0xAF]) == Array("\u{FFFD}\u{FFFD}".utf8))
        #expect(XMLText.clean([0xED, 0xA0, 0x80]) == Array("\u{FFFD}\u{FFFD}\u{FFFD}".utf8))
        #expect(XMLText.clean(Array("中国 🇰🇷".utf8)) == Array("中国 🇰🇷".utf8))
        #expect(XMLText.clean("ok\u{7}") == "ok")
    }
}

/// The real consumers: xmllint with the schema, NetworkX, igraph, graphml2gv.
@Suite("GraphML consumers")
struct GraphMLConsumerTests {
    @Test(.enabled(if: TestEnv.hasSchemas && TestEnv.hasXmllint))
    func validatesAgainstTheGraphMLSchema() throws {
        let path = try GraphMLWriterTests.write()
        let r = try TestEnv.run("xmllint", ["--nonet", "--noout", "--schema", TestEnv.graphMLSchema, path])
        #expect(r.status == 0, "\(r.stderr)")
        // Also the stricter 1.0 schema the header names.
        let strict = TestEnv.shared.appendingPathComponent("schemas/graphml/1.0/graphml.xsd").path
        let r1 = try TestEnv.run("xmllint", ["--nonet", "--noout", "--schema", strict, path])
        #expect(r1.status == 0, "\(r1.stderr)")
    }

    @Test(.enabled(if: TestEnv.hasSchemas && TestEnv.hasXmllint))
    func schemaCheckCanFail() throws {
        // The validation above is meaningful: a file with an undeclared key is rejected.
        let path = try GraphMLWriterTests.write()
        let broken = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: #"key="v_type""#, with: #"key="v_nope""#)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try TestEnv.run("xmllint", ["--nonet", "--noout", "--schema", TestEnv.graphMLSchema, path])
        #expect(r.status != 0)
    }

    @Test(.enabled(if: TestEnv.hasNetworkX))
    func networkXReadsTypedAttributes() throws {
        let path = try GraphMLWriterTests.write()
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            n0, n1 = g.nodes["n0"], g.nodes["n1"]
            e = g.edges["n0", "n1"]
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
              "label1": n1["label"], "label0": n0["label"], "desc": g.graph.get("description"),
              "mentions": type(n0["mentions"]).__name__, "score": type(n0["score"]).__name__,
              "type": type(n0["type"]).__name__, "official": type(n0["official"]).__name__,
              "weight": type(e["weight"]).__name__, "weightValue": e["weight"], "meetings": e["meetings"],
              "n2HasMentions": "mentions" in g.nodes["n2"]}))
            """
        let r = try TestEnv.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["nodes"] as? Int == 6)
        #expect(j["edges"] as? Int == 6)
        #expect(j["label0"] as? String == #"Kim "Jong" Un & <Co>"#)
        #expect(j["label1"] as? String == "中国")
        #expect(j["mentions"] as? String == "int")
        #expect(j["score"] as? String == "float")
        #expect(j["type"] as? String == "str")
        #expect(j["official"] as? String == "bool")
        #expect(j["weight"] as? String == "float")
        #expect(j["weightValue"] as? Double == 3)
        #expect(j["meetings"] as? Int == 2)
        #expect(j["n2HasMentions"] as? Bool == false)
    }

    @Test(.enabled(if: TestEnv.hasIGraph))
    func iGraphReadsIt() throws {
        let path = try GraphMLWriterTests.write()
        let script = """
            import json, sys, igraph as ig
            g = ig.Graph.Read_GraphML(sys.argv[1])
            print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
              "label": g.vs[1]["label"], "type": type(g.vs[0]["type"]).__name__,
              "mentions": g.vs[0]["mentions"], "official": type(g.vs[0]["official"]).__name__,
              "weight": g.es[3]["weight"], "kind": g.es[0]["kind"]}))
            """
        let r = try TestEnv.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["nodes"] as? Int == 6)
        #expect(j["edges"] as? Int == 6)
        #expect(j["directed"] as? Bool == false)
        #expect(j["label"] as? String == "中国")
        #expect(j["type"] as? String == "str")
        #expect(j["mentions"] as? Double == 12)  // igraph keeps every number as a double
        #expect(j["official"] as? String == "bool")
        #expect(j["weight"] as? Double == 0.125)
        #expect(j["kind"] as? String == "meeting")
    }

    @Test(.enabled(if: TestEnv.which("graphml2gv") != nil))
    func graphvizConvertsIt() throws {
        let path = try GraphMLWriterTests.write()
        let r = try TestEnv.run("graphml2gv", [path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("graph"))
        #expect(r.stdout.components(separatedBy: " -- ").count - 1 == 6)
        #expect(r.stdout.contains("n4 -- n5"))
    }
}
