import Foundation
import Testing

@testable import DiplographCore

/// A small RFC 4180 reader for checking the writer: quoted fields, doubled quotes, CR/LF inside.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
        if inQuotes {
            if c == "\"" {
                if chars.first == "\"" {
                    field.append("\"")
                    chars.removeFirst()
                } else {
                    inQuotes = false
                }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            inQuotes = true
        } else if c == "," {
            row.append(field)
            field = ""
        } else if c == "\n" || c == "\r\n" {
            row.append(field)
            field = ""
            rows.append(row)
            row = []
        } else {
            field.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

@Suite("CSV export")
struct CSVTests {
    @Test func outputPaths() {
        let w = CSVWriter()
        #expect(
            w.outputPaths(for: "graphs/diplomacy.csv") == ["graphs/diplomacy.nodes.csv", "graphs/diplomacy.edges.csv"])
        #expect(
            w.outputPaths(for: "graphs/diplomacy.edges.csv") == [
                "graphs/diplomacy.nodes.csv", "graphs/diplomacy.edges.csv",
            ])
        #expect(w.outputPaths(for: "x.NODES.CSV") == ["x.nodes.csv", "x.edges.csv"])
        #expect(DOTWriter().outputPaths(for: "a/b.dot") == ["a/b.dot"])
    }

    @Test func quoting() {
        func field(_ s: String, flatten: Bool = false) -> String {
            let sink = ByteSink()
            CSVWriter.field(s, to: sink, flattenNewlines: flatten)
            return String(decoding: sink.bytes, as: UTF8.self)
        }
        #expect(field("plain text") == "plain text")
        #expect(field("a,b") == "\"a,b\"")
        #expect(field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(field("a\nb") == "\"a\nb\"")
        #expect(field("a\rb") == "\"a\rb\"")
        #expect(field("a\r\nb,c", flatten: true) == "\"a b,c\"")
        #expect(field("中国 외교부") == "中国 외교부")
        #expect(field("") == "")
    }

    @Test func gephiTablesParseBack() throws {
        let g = ExportTestKit.trickyGraph()
        let nodes = parseCSV(CSVWriter().renderNodes(g))
        let edges = parseCSV(CSVWriter().renderEdges(g))
        #expect(
            nodes[0] == ["Id", "Label", "entity_id", "type", "mentions", "affiliation", "score", "verified", "color"])
        #expect(nodes.count == g.nodeCount + 1)
        #expect(
            nodes.dropFirst().map { $0[1] }
                == ExportTestKit.trickyLabels.map { $0.replacingOccurrences(of: "\r", with: "") })
        #expect(nodes.allSatisfy { $0.count == nodes[0].count })
        #expect(nodes[1] == ["n0", "Choe Son Hui", "entity-0", "person", "1", "North Korea", "0", "true", "blue"])
        #expect(nodes[4][4] == "")  // missing mentions
        #expect(nodes[3][6] == "0.5")
        #expect(
            edges[0] == [
                "Source", "Target", "Type", "Id", "Weight", "kind", "cooccurrences", "meetings",
                "first_meeting", "last_meeting", "meeting_dates", "evidence",
            ])
        #expect(edges.count == g.edgeCount + 1)
        #expect(edges.allSatisfy { $0.count == edges[0].count })
        #expect(
            edges[1] == [
                "n0", "n1", "Undirected", "e0", "5", "both", "3", "2", "2025-09-02", "2025-09-28",
                "2025-09-02; 2025-09-28", "a1: They met, \"warmly\",\nin Beijing.",
            ])
        #expect(edges[3][4] == "2.5")
        // Every edge endpoint is a node id.
        let ids = Set(nodes.dropFirst().map { $0[0] })
        #expect(edges.dropFirst().allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
    }

    @Test func neo4jFlavor() {
        let g = ExportTestKit.trickyGraph()
        let w = CSVWriter(flavor: .neo4j)
        let nodes = parseCSV(w.renderNodes(g))
        let edges = parseCSV(w.renderEdges(g))
        #expect(
            nodes[0] == [
                "id:ID", "label", ":LABEL", "entity_id", "type", "mentions:long", "affiliation",
                "score:double", "verified:boolean", "color",
            ])
        #expect(nodes[1].prefix(3) == ["n0", "Choe Son Hui", "Entity;Person"])
        #expect(nodes[3][2] == "Entity;Organization")
        #expect(nodes[5][2] == "Entity")  // no type
        #expect(nodes[8][1] == "line one line two")  // no multi-line fields
        #expect(
            edges[0] == [
                ":START_ID", ":END_ID", ":TYPE", "weight:double", "kind", "cooccurrences:long", "meetings:long",
                "first_meeting", "last_meeting", "meeting_dates", "evidence",
            ])
        #expect(
            edges.dropFirst().map { $0[2] } == [
                "MET", "CO_OCCURS_WITH", "MET", "CO_OCCURS_WITH", "CO_OCCURS_WITH", "MET",
            ])
        #expect(edges[1][10] == "a1: They met, \"warmly\", in Beijing.")
        #expect(!w.renderEdges(g).contains("\",\nin"))
    }

    @Test func writesBothFilesAtomicallyAndNothingAtThePathGiven() throws {
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = ExportTestKit.trickyGraph()
        try CSVWriter().writeAtomically(g, to: dir + "/diplomacy.csv")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == ["diplomacy.edges.csv", "diplomacy.nodes.csv"])
        #expect(ExportTestKit.read(dir + "/diplomacy.nodes.csv") == CSVWriter().renderNodes(g))
        #expect(ExportTestKit.read(dir + "/diplomacy.edges.csv") == CSVWriter().renderEdges(g))
        // The single-stream form is the edges table.
        try CSVWriter().write(g, toTemporaryFile: dir + "/stream.csv")
        #expect(ExportTestKit.read(dir + "/stream.csv") == CSVWriter().renderEdges(g))
        // A failure leaves neither file behind.
        #expect(throws: OutputError.self) { try CSVWriter().writeAtomically(g, to: dir + "/missing/x.csv") }
        // One-file writers keep the default atomic write.
        try JSONGraphWriter().writeAtomically(g, to: dir + "/g.json")
        #expect(ExportTestKit.read(dir + "/g.json") == JSONGraphWriter().render(g))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
                == ["diplomacy.edges.csv", "diplomacy.nodes.csv", "g.json", "stream.csv"])
    }

    @Test(.enabled(if: ExportTestKit.python(has: "csv"))) func pythonCSVModuleAgrees() throws {
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = ExportTestKit.trickyGraph()
        try CSVWriter().writeAtomically(g, to: dir + "/g.csv")
        let script = """
            import csv, json, sys
            rows = {}
            for name in ("nodes", "edges"):
                with open(sys.argv[1] + "/g." + name + ".csv", newline="", encoding="utf-8") as f:
                    rows[name] = list(csv.reader(f, strict=True))
            print(json.dumps(rows, ensure_ascii=False))
            """
        let r = ExportTestKit.run("python3", ["-c", script, dir])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: [[String]]])
        #expect(json["nodes"] == parseCSV(CSVWriter().renderNodes(g)))
        #expect(json["edges"] == parseCSV(CSVWriter().renderEdges(g)))
        #expect(json["nodes"]?.dropFirst().map { $0[1] } == ExportTestKit.trickyLabels)
    }
}
