import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("GEXF writer")
struct GEXFWriterTests {
    static func write(_ graph: AttributedGraph = SampleGraphs.small()) throws -> String {
        let path = try TestEnv.tempDir().appendingPathComponent("g.gexf").path
        try GEXFWriter().write(graph, toTemporaryFile: path)
        return path
    }

    static func staticGraph() -> AttributedGraph {
        var g = SampleGraphs.small()
        g.edgeAttributes.removeAll { $0.name == GraphKeys.meetingDates }
        return g
    }

    @Test func writesTheDocumentedShape() throws {
        let text = try String(contentsOfFile: Self.write(), encoding: .utf8)
        #expect(
            text.hasPrefix(
                #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
                    + #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#))
        #expect(text.contains("<creator>Diplograph</creator>"))
        #expect(!text.contains("lastmodifieddate"))
        #expect(text.contains(#"<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">"#))
        #expect(text.contains(#"<attribute id="mentions" title="mentions" type="integer"/>"#))
        #expect(text.contains(#"<attribute id="score" title="score" type="double"/>"#))
        #expect(text.contains(#"<attribute id="official" title="official" type="boolean"/>"#))
        #expect(text.contains(#"<node id="n0" label="Kim &quot;Jong&quot; Un &amp; &lt;Co&gt;">"#))
        #expect(text.contains(#"<node id="n5" label="Tab and newline">"#))
        #expect(text.contains(#"<attvalue for="mentions" value="12"/>"#))
        #expect(text.contains(#"<viz:color r="78" g="121" b="167"/>"#))  // person
        #expect(text.contains(#"<viz:color r="225" g="87" b="89"/>"#))  // country
        #expect(text.contains(#"<viz:size value="28.5"/>"#))  // 10 + 5·log2(13)
        #expect(text.contains(#"<edge id="e3" source="n2" target="n4" weight="0.125">"#))
        #expect(text.contains(#"<viz:thickness value="0.125"/>"#))
        // Day dates, a month and a year as spells.
        #expect(
            text.contains(
                "<spells>\n          <spell start=\"2025-09-28\" end=\"2025-09-28\"/>\n          <spell start=\"2025-10-02\" end=\"2025-10-02\"/>\n        </spells>"
            ))
        #expect(text.contains(#"<spell start="2024-06-01" end="2024-06-30"/>"#))
        #expect(text.contains(#"<spell start="2023-01-01" end="2023-12-31"/>"#))
    }

    @Test func staticWithoutMeetingDates() throws {
        let text = try String(contentsOfFile: Self.write(Self.staticGraph()), encoding: .utf8)
        #expect(text.contains(#"<graph defaultedgetype="undirected" mode="static">"#))
        #expect(!text.contains("spell"))
    }

    @Test func overlappingSpellsAreMerged() {
        var g = AttributedGraph(labels: ["a", "b"], sources: [0], targets: [1], weights: [1])
        g.edgeAttributes = [
            Attribute(
                name: GraphKeys.meetingDates, type: .string,
                values: .string(["2024-06-15; 2024-06; bogus; 2024-07-01; 2024-06-15"]))
        ]
        let s = GEXFWriter.spells(g)[0]
        #expect(
            s == [
                GEXFWriter.Spell(start: "2024-06-01", end: "2024-06-30"),
                GEXFWriter.Spell(start: "2024-07-01", end: "2024-07-01"),
            ])
    }

    @Test func sameGraphSameBytes() throws {
        let a = try Data(contentsOf: URL(fileURLWithPath: Self.write()))
        let b = try Data(contentsOf: URL(fileURLWithPath: Self.write()))
        #expect(a == b)
    }

    @Test(.enabled(if: TestEnv.hasSchemas && TestEnv.hasXmllint), arguments: [true, false])
    func validatesAgainstTheGEXFGrammar(dynamic: Bool) throws {
        let path = try Self.write(dynamic ? SampleGraphs.small() : Self.staticGraph())
        let r = try TestEnv.run("xmllint", ["--nonet", "--noout", "--relaxng", TestEnv.gexfSchema, path])
        #expect(r.status == 0, "\(r.stderr)")
        let xsd = TestEnv.shared.appendingPathComponent("schemas/gexf/1.3-xsd-patched/gexf.xsd").path
        let r2 = try TestEnv.run("xmllint", ["--nonet", "--noout", "--schema", xsd, path])
        #expect(r2.status == 0, "\(r2.stderr)")
    }

    @Test(.enabled(if: TestEnv.hasSchemas && TestEnv.hasXmllint))
    func grammarCheckCanFail() throws {
        let path = try Self.write()
        let broken = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: #"type="integer""#, with: #"type="int""#)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try TestEnv.run("xmllint", ["--nonet", "--noout", "--relaxng", TestEnv.gexfSchema, path])
        #expect(r.status != 0)
    }

    @Test(.enabled(if: TestEnv.hasNetworkX))
    func networkXReadsIt() throws {
        let path = try Self.write()
        let script = """
            import json, sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            n0 = g.nodes["n0"]
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
              "label": n0["label"], "mentions": type(n0["mentions"]).__name__, "type": n0["type"],
              "weight": g.edges["n2", "n4"]["weight"], "color": n0["viz"]["color"]["b"]}))
            """
        let r = try TestEnv.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["nodes"] as? Int == 6)
        #expect(j["edges"] as? Int == 6)
        #expect(j["label"] as? String == #"Kim "Jong" Un & <Co>"#)
        #expect(j["mentions"] as? String == "int")
        #expect(j["type"] as? String == "person")
        #expect(j["weight"] as? Double == 0.125)
        #expect(j["color"] as? Int == 167)
    }
}
