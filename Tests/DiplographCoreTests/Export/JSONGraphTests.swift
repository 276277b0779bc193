import Foundation
import Testing

@testable import DiplographCore

@Suite("JSON node-link export")
struct JSONGraphTests {
    func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func shapeMembersAndTypes() throws {
        let g = ExportTestKit.trickyGraph()
        let text = JSONGraphWriter().render(g)
        #expect(
            text.hasPrefix(
                "{\"directed\": false, \"multigraph\": false, \"graph\": {\"description\": \"Test graph \\\"tricky\\\" with a backslash \\\\ and\\na newline\"},\n \"nodes\": [\n  {\"id\": \"n0\", \"label\": \"Choe Son Hui\", \"entity_id\": \"entity-0\", \"type\": \"person\", \"mentions\": 1, \"affiliation\": \"North Korea\", \"score\": 0.0, \"verified\": true, \"color\": \"blue\"},\n"
            ))
        let json = try parse(text)
        #expect(json["directed"] as? Bool == false)
        #expect(json["multigraph"] as? Bool == false)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(nodes.count == g.nodeCount)
        #expect(links.count == g.edgeCount)
        #expect(nodes.map { $0["label"] as? String } == ExportTestKit.trickyLabels.map { $0 })
        #expect(nodes.map { $0["id"] as? String } == (0..<g.nodeCount).map { "n\($0)" })
        // Missing values are omitted, not null.
        #expect(nodes[3]["mentions"] == nil)
        #expect(nodes[4]["type"] == nil)
        #expect(nodes[2]["affiliation"] == nil)
        #expect(!text.contains("null"))
        #expect(links[0]["source"] as? String == "n0")
        #expect(links[0]["target"] as? String == "n1")
        #expect(links[2]["weight"] as? Double == 2.5)
        #expect(links[0]["meetings"] as? Int == 2)
        #expect(links[0]["evidence"] as? String == "a1: They met, \"warmly\",\nin Beijing.")
        #expect(links[1]["first_meeting"] == nil)
        // Doubles always carry a fraction so that they read back as floats.
        #expect(text.contains("\"weight\": 5.0,"))
        #expect(text.contains("\"score\": 0.25,"))
    }

    @Test func escapingMatchesJSONValue() {
        for s in ExportTestKit.trickyLabels + ["\u{2028}x\u{2029}", "\u{1}\u{1F}\r", "€ ‘q’ \u{E2}", "", "\\\\"] {
            let sink = ByteSink()
            JSONGraphWriter.quote(s, to: sink)
            var expected = ""
            JSONValue.quote(s, into: &expected)
            #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
        }
    }

    @Test func emptyGraphAndNonFiniteWeights() throws {
        let empty = JSONGraphWriter().render(AttributedGraph())
        #expect(
            empty
                == "{\"directed\": false, \"multigraph\": false, \"graph\": {\"description\": \"\"},\n \"nodes\": [],\n \"links\": []}\n"
        )
        _ = try parse(empty)
        let g = AttributedGraph(labels: ["a", "b"], sources: [0], targets: [1], weights: [.infinity])
        let json = try parse(JSONGraphWriter().render(g))
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links[0]["weight"] is NSNull)
    }

    @Test(.enabled(if: ExportTestKit.python(has: "networkx"))) func networkxReadsItWithTypes() throws {
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.json"
        try JSONGraphWriter().write(ExportTestKit.trickyGraph(), toTemporaryFile: path)
        let script = """
            import json, sys, networkx
            data = json.load(open(sys.argv[1], encoding="utf-8"))
            G = networkx.node_link_graph(data, edges="links")
            out = {
              "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
              "directed": G.is_directed(), "multigraph": G.is_multigraph(),
              "label9": G.nodes["n9"]["label"], "label8": G.nodes["n8"]["label"],
              "types": sorted({k + ":" + type(v).__name__ for _, d in G.nodes(data=True) for k, v in d.items()}),
              "edgeTypes": sorted({k + ":" + type(v).__name__ for _, _, d in G.edges(data=True) for k, v in d.items()}),
              "weight": G["n2"]["n10"]["weight"],
              "description": G.graph["description"],
            }
            print(json.dumps(out, ensure_ascii=False))
            """
        let r = ExportTestKit.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try parse(r.text)
        #expect(out["nodes"] as? Int == 11)
        #expect(out["edges"] as? Int == 6)
        #expect(out["directed"] as? Bool == false)
        #expect(out["multigraph"] as? Bool == false)
        #expect(out["label8"] as? String == "中国 외교부")
        #expect(out["label9"] as? String == "bell\u{07}tab\tend")
        #expect(out["weight"] as? Double == 12)
        #expect((out["description"] as? String)?.hasPrefix("Test graph \"tricky\"") == true)
        #expect(
            out["types"] as? [String] == [
                "affiliation:str", "color:str", "entity_id:str", "label:str",
                "mentions:int", "score:float", "type:str", "verified:bool",
            ])
        #expect(
            out["edgeTypes"] as? [String] == [
                "cooccurrences:int", "evidence:str", "first_meeting:str", "kind:str",
                "last_meeting:str", "meeting_dates:str", "meetings:int", "weight:float",
            ])
    }
}
