import Foundation
import Testing

@testable import DiplographCore

@Suite("DOT export")
struct DOTTests {
    @Test func quotingEscapesBackslashQuoteNewlineAndDropsControls() {
        #expect(DOTWriter.quote("say \"hi\"") == #""say \"hi\"""#)
        #expect(DOTWriter.quote("C:\\x\\") == #""C:\\x\\""#)
        #expect(DOTWriter.quote("a\nb") == #""a\nb""#)
        #expect(DOTWriter.quote("a\r\nb") == #""a\nb""#)
        #expect(DOTWriter.quote("bell\u{07}tab\tend\u{7F}\u{85}") == #""belltab end""#)
        #expect(DOTWriter.quote("中国 외교부") == "\"中国 외교부\"")
        // The streaming quote agrees with the String one.
        for s in ExportTestKit.trickyLabels + ["\u{85}x\u{A0}é", "\\\"", ""] {
            let sink = ByteSink()
            DOTWriter.quote(s, to: sink)
            #expect(String(decoding: sink.bytes, as: UTF8.self) == DOTWriter.quote(s))
        }
    }

    @Test func everyIDAndValueIsQuoted() {
        let text = DOTWriter().render(ExportTestKit.trickyGraph())
        #expect(
            text.hasPrefix(
                "graph \"diplograph\" {\n  graph [layout=\"neato\", overlap=\"false\", sep=\"+40\", esep=\"+4\", splines=\"true\""
            ))
        #expect(text.hasSuffix("}\n"))
        // With every quoted string replaced by Q, what is left is structure: `=` is always
        // followed by Q, and the only bare words are DOT keywords and attribute names.
        var skeleton = ""
        var inQuotes = false
        var escaped = false
        for c in text {
            if inQuotes {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inQuotes = false
                }
            } else if c == "\"" {
                inQuotes = true
                skeleton.append("Q")
            } else {
                skeleton.append(c)
            }
        }
        #expect(!inQuotes)
        #expect(skeleton.contains("=Q"))
        #expect(!skeleton.contains(try! Regex("=[^Q]")))
        let bare = Set(skeleton.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
        #expect(
            bare.isSubset(of: [
                "Q", "graph", "node", "edge", "subgraph", "overlap", "splines", "fontname", "label",
                "labelloc", "shape", "style", "fillcolor", "fontsize", "color", "tooltip",
                "penwidth", "fontcolor", "layout", "sep", "esep", "outputorder", "forcelabels",
            ]), "\(bare)")
        #expect(text.contains("\"n9\" [label=\"belltab end\""))
        #expect(text.contains("[label=\"line one\\nline two\""))
        #expect(text.contains("[label=\"C:\\\\path\\\\\""))
        #expect(text.contains("[label=\"Node\""))
        #expect(text.contains("\"n0\" -- \"n1\""))
        #expect(!text.contains("\u{07}"))
    }

    @Test func nodeAndEdgeStyles() {
        let text = DOTWriter().render(ExportTestKit.trickyGraph())
        let lines = text.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String { lines.first { $0.hasPrefix("  " + prefix) } ?? "" }
        #expect(line("\"n0\" [").contains("shape=\"ellipse\", fillcolor=\"#aec7e8\""))
        #expect(line("\"n1\" [").contains("shape=\"box\", fillcolor=\"#ffbb78\""))
        #expect(line("\"n2\" [").contains("shape=\"hexagon\""))
        #expect(line("\"n3\" [").contains("shape=\"house\""))
        #expect(line("\"n4\" [").contains("fillcolor=\"#dddddd\""))
        // Font size grows with mentions: n10 has the most (31), n0 the fewest (1); n3 has none.
        #expect(line("\"n10\" [").contains("fontsize=\"18.0\""))
        #expect(line("\"n0\" [").contains("fontsize=\"11.6\""))
        #expect(!line("\"n3\" [").contains("fontsize"))
        // A data attribute named like a Graphviz attribute is renamed.
        #expect(line("\"n0\" [").contains("\"data_color\"=\"blue\""))
        #expect(line("\"n0\" [").contains("\"verified\"=\"true\", "))
        #expect(line("\"n0\" [").contains("tooltip=\"person, 1 mention\""))
        // Pen width: 1 + 4 ln(1 + w) / ln(13), two decimals; max weight 12 gets 5.00.
        let heavy = line("\"n2\" -- \"n10\"")
        #expect(heavy.contains("penwidth=\"5.00\""))
        #expect(line("\"n0\" -- \"n8\"").contains("penwidth=\"2.08\""))
        #expect(!heavy.contains("color="))
        #expect(!heavy.contains(" label="))
        // Meeting edges: bold red, labelled with their dates.
        let met = line("\"n0\" -- \"n1\"")
        #expect(met.contains("color=\"#d62728\""))
        #expect(met.contains("style=\"bold\""))
        #expect(met.contains("label=\"2025-09-02\\n2025-09-28\""))
        #expect(
            met.contains(
                "tooltip=\"Choe Son Hui – say \\\"hi\\\": weight 5, 3 co-occurrences, 2 meetings (2025-09-02; 2025-09-28)\""
            ))
        #expect(line("\"n8\" -- \"n10\"").contains("label=\"2023-01-01 … 2025-02-01\\n(4 dates, 5 meetings)\""))
        #expect(line("\"n1\" -- \"n2\"").contains("label=\"2024-05\""))
        // Meeting edges are labelled with dates, never with the word "met".
        #expect(!text.contains("label=\"met\""))
        // Evidence with quotes and a newline stays one line.
        #expect(met.contains("\"evidence\"=\"a1: They met, \\\"warmly\\\",\\nin Beijing.\""))
    }

    @Test func layoutSuitsTheGraph() {
        func layout(_ text: String) -> Substring? {
            text.firstMatch(of: /layout="([a-z]+)"/)?.1
        }
        let g = ExportTestKit.trickyGraph()
        #expect(layout(DOTWriter().render(g)) == "neato")
        // Clusters: fdp, the force-directed engine that lays them out.
        #expect(layout(DOTWriter(clusterBy: "affiliation").render(g)) == "fdp")
        #expect(layout(DOTWriter(clusterBy: "nothing").render(g)) == "neato")
        #expect(layout(DOTWriter(layout: "dot").render(g)) == "dot")
        // Large graphs: sfdp.
        let n = DOTWriter.neatoMaxNodes + 1
        let big = AttributedGraph(labels: (0..<n).map { "v\($0)" }, sources: [0], targets: [1], weights: [1])
        #expect(layout(DOTWriter().render(big)) == "sfdp")
        #expect(DOTWriter.layout(nodeCount: DOTWriter.neatoMaxNodes, clustered: false) == "neato")
    }

    @Test func undatedMeetingsSayTheDateIsUnknown() {
        let g = AttributedGraph(
            labels: ["A", "B", "C"], sources: [0, 1], targets: [1, 2], weights: [1, 3],
            edgeAttributes: [Attribute(name: GraphKeys.meetings, type: .int, values: .int([1, 3]))])
        let text = DOTWriter().render(g)
        #expect(text.contains("\"n0\" -- \"n1\" [penwidth=\"3.00\", color=\"#d62728\""))
        #expect(text.contains("label=\"date unknown\""))
        #expect(text.contains("label=\"3 meetings,\\ndates unknown\""))
    }

    @Test func clustersByAttribute() {
        let text = DOTWriter(clusterBy: "affiliation").render(ExportTestKit.trickyGraph())
        #expect(text.contains("  subgraph \"cluster_0\" {\n    graph [label=\"China \\\"PRC\\\"\""))
        #expect(text.contains("  subgraph \"cluster_1\" {\n    graph [label=\"North Korea\""))
        // n1 (China) is inside cluster 0, n2 (no affiliation) outside every cluster.
        let c0 = text.range(of: "subgraph \"cluster_0\"")!
        let c1 = text.range(of: "subgraph \"cluster_1\"")!
        let n1 = text.range(of: "    \"n1\" [")!
        let n2 = text.range(of: "\n  \"n2\" [")!
        #expect(c0.lowerBound < n1.lowerBound && n1.lowerBound < c1.lowerBound)
        #expect(n2.lowerBound > text.range(of: "\n  }\n", options: .backwards)!.lowerBound)
        // Each node is declared exactly once.
        for i in 0..<ExportTestKit.trickyLabels.count {
            #expect(
                text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"n\(i)\" [") }
                    .count == 1)
        }
        // An unknown attribute means no clusters.
        #expect(!DOTWriter(clusterBy: "nothing").render(ExportTestKit.trickyGraph()).contains("subgraph"))
    }

    @Test func deterministicAndStreamedToFile() throws {
        let g = ExportTestKit.trickyGraph()
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.dot"
        try DOTWriter().write(g, toTemporaryFile: path)
        #expect(ExportTestKit.read(path) == DOTWriter().render(g))
        #expect(DOTWriter().render(g) == DOTWriter().render(g))
        #expect(DOTWriter().render(AttributedGraph()).hasPrefix("graph \"diplograph\" {"))
    }

    @Test func writeFailsCleanlyInAMissingFolder() {
        #expect(throws: OutputError.self) {
            try DOTWriter().write(ExportTestKit.trickyGraph(), toTemporaryFile: "/nonexistent-folder/x.dot")
        }
    }

    @Test(.enabled(if: ExportTestKit.hasDot)) func graphvizRendersTrickyLabels() throws {
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, writer) in [("plain", DOTWriter()), ("clustered", DOTWriter(clusterBy: "affiliation"))] {
            let path = dir + "/\(name).gv"
            try writer.write(ExportTestKit.trickyGraph(), toTemporaryFile: path)
            let svg = ExportTestKit.run("dot", ["-Tsvg", path])
            #expect(svg.status == 0, "\(svg.stderr)")
            let text = svg.text
            for expected in [
                "say &quot;hi&quot;", "C:\\path\\", ">Node</text>", ">node</text>", ">GRAPH</text>",
                "1st Army", "line one", "line two", "中国 외교부", "belltab end",
                "comma, and &quot;quote&quot;", "2025&#45;09&#45;02",
            ] {
                #expect(text.contains(expected), "SVG lacks \(expected)")
            }
            if name == "clustered" { #expect(text.contains("class=\"cluster\"")) }
            let png = ExportTestKit.run("dot", ["-Tpng", path])
            #expect(png.status == 0, "\(png.stderr)")
            #expect(png.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
