import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

/// A file read in two halves on two threads gives the graph one pass gives, and a file that
/// does not lend itself to a cut is read in one pass, with the same diagnostics.
@Suite("GraphML reader in two halves")
struct GraphMLSplitTests {
    static let plan = GraphMLColumns(
        nodeColumns: ["aliases", "type"], edgeColumns: ["kind", "meetings"],
        deferredEdgeStrings: ["evidence", "sources"])

    static func reader(split: Bool, columns: GraphMLColumns = GraphMLColumns()) -> GraphMLReader {
        var r = GraphMLReader(columns: columns)
        r.splitAbove = split ? 0 : Int.max
        return r
    }

    static func temporary(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("split-\(UUID().uuidString).graphml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Checks that the file is cut (`expectCut`) or not, and that every read of it, full and
    /// planned with deferred columns, equals the one-pass read, work counts included.
    static func check(_ path: String, expectCut: Bool) throws {
        var info = stat()
        #expect(stat(path, &info) == 0)
        let cut = GraphMLSplit.read(path: path, size: Int(info.st_size), columns: GraphMLColumns(), meter: nil)
        #expect((cut != nil) == expectCut, "cut \(path)")
        let oneWork = WorkMeter()
        let twoWork = WorkMeter()
        let one = try reader(split: false).read(path: path, meter: oneWork)
        let two = try reader(split: true).read(path: path, meter: twoWork)
        #expect(two == one)
        // The halves count the events and bytes one pass receives: the head once, the closing
        // tags of the first half not at all.
        #expect(twoWork.count == oneWork.count)
        if let cut { #expect(cut.graph == one) }
        let oneFacts = try reader(split: false, columns: plan).readDeferring(path: path)
        let twoFacts = try reader(split: true, columns: plan).readDeferring(path: path)
        #expect(twoFacts.graph == oneFacts.graph)
        for name in ["evidence", "sources"] {
            let a = oneFacts.deferred.column(name)
            let b = twoFacts.deferred.column(name)
            #expect((a == nil) == (b == nil), "\(name)")
            if let a, let b {
                let rows = 0..<one.edgeCount
                #expect(
                    rows.map { twoFacts.deferred.string(column: b, row: $0) }
                        == rows.map { oneFacts.deferred.string(column: a, row: $0) }, "\(name)")
            }
        }
    }

    @Test(arguments: ["graphs/diplomacy.graphml", "graphs/meetings.graphml"])
    func repositoryGraphs(_ file: String) throws {
        try Self.check(TestEnv.repoRoot.appendingPathComponent(file).path, expectCut: true)
    }

    @Test(arguments: ["networkx.graphml", "igraph.graphml", "gephi-style.graphml"])
    func otherWriters(_ file: String) throws {
        let path = TestEnv.fixture(file).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // A fixture too small for an edge after its middle is read in one pass; either way the
        // graph is the same.
        var info = stat()
        _ = stat(path, &info)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let canCut = GraphMLSplit.cuts(fd, size: Int(info.st_size)) != nil
        #expect(text.contains("<edge"))
        try Self.check(path, expectCut: canCut && !text.contains("<!DOCTYPE"))
    }

    /// Nodes declared after the cut, a node an edge names before its `<node>`, a label given
    /// again later, defaults, and edges with and without values on both sides of the cut.
    @Test func nodesAndValuesOnBothSides() throws {
        var edges = ""
        for i in 0..<40 {
            let ev = i % 3 == 0 ? "" : "<data key=\"ev\">s\(i): Sentence \(i) &amp; more.</data>"
            let w = i % 4 == 0 ? "" : "<data key=\"w\">\(Double(i) / 8)</data>"
            edges += "    <edge source=\"n\(i % 7)\" target=\"x\(i)\">\(w)\(ev)<data key=\"k\">meeting</data></edge>\n"
            if i == 30 {
                edges += "    <node id=\"n2\"><data key=\"l\">Later Label</data><data key=\"t\">person</data></node>\n"
            }
            if i == 35 { edges += "    <node id=\"x31\"><data key=\"t\">place</data></node>\n" }
        }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="l" for="node" attr.name="label" attr.type="string"/>
              <key id="t" for="node" attr.name="type" attr.type="string"><default>organization</default></key>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="ev" for="edge" attr.name="evidence" attr.type="string"><default>none</default></key>
              <graph id="G" edgedefault="undirected">
                <desc>test graph</desc>
                <node id="n0"><data key="l">First</data></node>
                <node id="n2"><data key="l">Second</data></node>
            \(edges)  </graph>
            </graphml>
            """
        let path = try Self.temporary(xml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.check(path, expectCut: true)
        let g = try Self.reader(split: true).read(path: path)
        #expect(g.labels.contains("Later Label") && !g.labels.contains("Second"))
        #expect(g.description == "test graph")
    }

    /// Enough edges on both sides of the cut for the first half to reserve its arrays for the
    /// whole file (after 4,096 edges) and for the join to append many rows on two threads:
    /// every column, weights, counts, kinds and deferred strings, equals the one-pass read.
    @Test func manyEdgesJoinInPlace() throws {
        var nodes = ""
        for i in 0..<500 {
            nodes += "    <node id=\"n\(i)\"><data key=\"l\">Node \(i)</data><data key=\"t\">person</data></node>\n"
        }
        var edges = ""
        for i in 0..<12_000 {
            let w = i % 5 == 0 ? "" : "<data key=\"w\">\(Double(i % 17) / 4 + 0.25)</data>"
            let m = i % 3 == 0 ? "" : "<data key=\"m\">\(i % 7)</data>"
            let ev = i % 4 == 0 ? "" : "<data key=\"ev\">a\(i): Sentence \(i) &amp; more.</data>"
            edges +=
                "    <edge source=\"n\((i * 7) % 500)\" target=\"n\((i * 13 + 1) % 500)\">\(w)\(m)"
                + "<data key=\"k\">\(i % 2 == 0 ? "meeting" : "cooccurrence")</data>\(ev)</edge>\n"
        }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="l" for="node" attr.name="label" attr.type="string"/>
              <key id="t" for="node" attr.name="type" attr.type="string"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="m" for="edge" attr.name="meetings" attr.type="int"/>
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="ev" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="G" edgedefault="undirected">
            \(nodes)\(edges)  </graph>
            </graphml>
            """
        let path = try Self.temporary(xml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.check(path, expectCut: true)
        let g = try Self.reader(split: true).read(path: path)
        #expect(g.edgeCount == 12_000 && g.nodeCount == 500)
    }

    /// A cut that would fall inside a comment is refused (the first half cannot end in the
    /// graph's content), and the one-pass read is used.
    @Test func cutInsideACommentIsRefused() throws {
        var before = ""
        for i in 0..<30 { before += "    <edge source=\"a\" target=\"b\(i)\"><data key=\"k\">x</data></edge>\n" }
        let comment = "    <!-- a commented-out edge: <edge source=\"a\" target=\"zz\"/> -->\n"
        let padding = String(repeating: "    <node id=\"p\"/>\n", count: 1)
        // The comment sits right after the middle and the only `<edge` after the middle is in it.
        let head = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <graph>

            """
        let tail = "  </graph>\n</graphml>\n"
        let filler = String(repeating: " ", count: max(0, head.utf8.count + before.utf8.count - comment.utf8.count))
        let xml = head + before + comment + padding + filler + tail
        let path = try Self.temporary(xml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.check(path, expectCut: false)
    }

    /// Files the reader must refuse still fail, with the one-pass diagnostics.
    @Test(arguments: ["not-wellformed.graphml", "truncated.graphml", "bad-int.graphml", "billion-laughs.graphml"])
    func failuresKeepTheirDiagnostics(_ file: String) throws {
        let path = TestEnv.fixture(file).path
        let one = try #require(throws: DiagnosticList.self) { try Self.reader(split: false).read(path: path) }
        let two = try #require(throws: DiagnosticList.self) { try Self.reader(split: true).read(path: path) }
        #expect(!one.diagnostics.isEmpty)
        #expect(two.diagnostics.map(\.description) == one.diagnostics.map(\.description))
    }
}
