import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("GraphML reader")
struct GraphMLReaderTests {
    @Test func roundTripsEverythingTheWriterWrites() throws {
        let original = SampleGraphs.small()
        let g = try GraphMLReader().read(path: GraphMLWriterTests.write(original))
        #expect(g.labels == original.labels.map { XMLText.clean($0) })
        #expect(g.labels[2] == "CtrlCharX")
        #expect(g.description == XMLText.clean(original.description))
        #expect(g.sources == original.sources)
        #expect(g.targets == original.targets)
        #expect(g.weights == original.weights)
        #expect(g.nodeAttributes == original.nodeAttributes)
        #expect(g.edgeAttributes == original.edgeAttributes)
    }

    @Test func readsFromMemoryToo() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: GraphMLWriterTests.write())))
        let g = try GraphMLReader().read(bytes: bytes, name: "mem.graphml")
        #expect(g.nodeCount == 6 && g.edgeCount == 6)
    }

    @Test func readsNetworkXFiles() throws {
        let g = try GraphMLReader().read(path: TestEnv.fixture("networkx.graphml").path)
        #expect(g.labels == ["Wang Yi", "Choe Son Hui", "Beijing"])  // Beijing has no label: its id
        #expect(g.weights == [2.5, 1])
        #expect(g.sources == [0, 0] && g.targets == [1, 2])
        #expect(g.nodeAttribute("mentions")?.values == .int([4, 3, 2]))
        #expect(g.nodeAttribute("mentions")?.type == .long)
        #expect(g.nodeAttribute("type")?.values == .string(["person", "person", "place"]))
        #expect(g.edgeAttribute("kind")?.values == .string(["meeting", "cooccurrence"]))
        #expect(g.edgeAttribute("weight") == nil)
        #expect(g.nodeAttribute("label") == nil)
    }

    @Test(.enabled(if: TestEnv.hasNetworkX))
    func readsAFileNetworkXWritesNow() throws {
        let path = try TestEnv.tempDir().appendingPathComponent("nx.graphml").path
        let script = """
            import sys, networkx as nx
            g = nx.Graph()
            g.add_node(1, label="Sergey Lavrov", mentions=5)
            g.add_node(2, label="Wang Yi", mentions=9)
            g.add_edge(1, 2, weight=4.5)
            g.add_edge(2, 3)
            nx.write_graphml(g, sys.argv[1])
            """
        let r = try TestEnv.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        let g = try GraphMLReader().read(path: path)
        #expect(g.labels == ["Sergey Lavrov", "Wang Yi", "3"])
        #expect(g.weights == [4.5, 1])
        #expect(g.nodeAttribute("mentions")?.values == .int([5, 9, nil]))
    }

    @Test func readsIGraphFilesUsingNamesAsLabels() throws {
        let g = try GraphMLReader().read(path: TestEnv.fixture("igraph.graphml").path)
        #expect(g.labels == ["Seoul", "Tokyo", "Moscow"])
        #expect(g.weights == [1.5, 4])
        #expect(g.nodeAttribute("population")?.values == .double([9.7, 14, 13.1]))
    }

    @Test func readsGephiStyleKeysDefaultsAndUndeclaredNodes() throws {
        let g = try GraphMLReader().read(path: TestEnv.fixture("gephi-style.graphml").path)
        // The edge to "c" creates node c, labelled by its id; directed is read as undirected.
        #expect(g.labels == ["Sergey Lavrov", "Moscow", "c"])
        #expect(g.weights == [4, 1])  // "Weight" accepted; default 1
        #expect(g.nodeAttribute("kind")?.values == .string(["person", "place", "person"]))  // <default>
        #expect(g.nodeAttribute("active")?.values == .bool([true, nil, nil]))  // for="all", used by nodes
        #expect(g.edgeAttribute("active") == nil)  // …and unused by edges
    }

    @Test func badTypedValueNamesTheLine() throws {
        let e = try #require(throws: DiagnosticList.self) {
            try GraphMLReader().read(path: TestEnv.fixture("bad-int.graphml").path)
        }
        #expect(e.diagnostics.count == 1)
        #expect(e.diagnostics[0].line == 6)
        #expect(e.diagnostics[0].message.contains("'twelve'"))
        #expect(
            e.diagnostics[0].description.hasSuffix(
                "bad-int.graphml:6: error: the value 'twelve' of key 'mentions' is not an integer"))
    }

    @Test func missingFileIsADiagnostic() throws {
        let e = try #require(throws: DiagnosticList.self) { try GraphMLReader().read(path: "/nonexistent/x.graphml") }
        #expect(e.diagnostics[0].message.contains("cannot read"))
    }

    @Test func otherXMLIsNotGraphML() throws {
        let e = try #require(throws: DiagnosticList.self) {
            try GraphMLReader().read(bytes: Array("<html><body/></html>".utf8), name: "page.xml")
        }
        #expect(e.diagnostics[0].message.contains("not a GraphML file"))
    }
}

/// Hostile and broken input: the reader must refuse it cleanly, never read local files, and
/// finish quickly.
@Suite("GraphML reader attacks")
struct GraphMLAttackTests {
    @Test func externalEntitiesAreNeverRead() throws {
        let path = TestEnv.fixture("xxe.graphml").path
        // The reference to the external entity is dropped, never expanded: the file itself reads.
        let g = try GraphMLReader().read(path: path)
        #expect(g.nodeCount == 2)
        #expect(g.labels == ["before  after", "plain"])
        #expect(!g.labels.joined().contains("root:"))
    }

    @Test(arguments: ["billion-laughs.graphml", "billion-laughs-attribute.graphml"])
    func entityExpansionStaysBounded(_ name: String) throws {
        let path = TestEnv.fixture(name).path
        let meter = WorkMeter()
        var totalLabelBytes = 0
        do {
            let g = try GraphMLReader().read(path: path, meter: meter)
            totalLabelBytes = g.labels.reduce(0) { $0 + $1.utf8.count }
        } catch let e as DiagnosticList {
            #expect(e.diagnostics.contains { $0.message.contains("entity") })
            #expect(e.diagnostics.count < 5)
        }
        #expect(totalLabelBytes < 1_000_000)
        // The work is bounded by the file, not by what its entities would expand to.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(meter.count.xmlEvents > 0)
        #expect(meter.count.xmlEvents + meter.count.xmlBytes <= 4 * size, "\(meter.count) for \(size) bytes")
    }

    @Test("reading ten times the nodes and edges takes ten times the work")
    func linearWork() throws {
        func graph(_ n: Int) -> [UInt8] {
            var s =
                #"<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
                + #"<key id="label" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">"#
            for i in 0..<n { s += #"<node id="n\#(i)"><data key="label">Node &amp; \#(i)</data></node>"# }
            for i in 1..<n { s += #"<edge source="n\#(i - 1)" target="n\#(i)"/>"# }
            return Array((s + "</graph></graphml>").utf8)
        }
        var work: [WorkCount] = []
        for n in [2_000, 20_000] {
            let meter = WorkMeter()
            let g = try GraphMLReader().read(bytes: graph(n), name: "chain.graphml", meter: meter)
            #expect(g.nodeCount == n && g.edgeCount == n - 1)
            work.append(meter.count)
        }
        for (name, small, big) in [
            ("events", work[0].xmlEvents, work[1].xmlEvents), ("bytes", work[0].xmlBytes, work[1].xmlBytes),
        ] {
            let ratio = Double(big) / Double(max(small, 1))
            #expect(small > 0 && abs(ratio - 10) <= 1.5, "\(name): \(big) / \(small) = \(ratio)")
        }
    }

    @Test func truncatedFileNamesTheLine() throws {
        let e = try #require(throws: DiagnosticList.self) {
            try GraphMLReader().read(path: TestEnv.fixture("truncated.graphml").path)
        }
        let d = try #require(e.diagnostics.first)
        #expect(d.file.hasSuffix("truncated.graphml"))
        #expect((d.line ?? 0) >= 8)
        #expect(!d.message.isEmpty)
        #expect(d.description.contains("truncated.graphml:"))
    }

    @Test func notWellFormedFileNamesLineAndParserMessage() throws {
        let e = try #require(throws: DiagnosticList.self) {
            try GraphMLReader().read(path: TestEnv.fixture("not-wellformed.graphml").path)
        }
        let d = try #require(e.diagnostics.first)
        #expect(d.line == 6)
        #expect(d.message.lowercased().contains("entity") || d.message.lowercased().contains("name"))
    }
}

/// Details of the streaming parse that the writer's own files never exercise.
@Suite("GraphML reader details")
struct GraphMLReaderDetailTests {
    static func read(_ xml: String) throws -> AttributedGraph {
        try GraphMLReader().read(bytes: Array(xml.utf8), name: "t.graphml")
    }

    @Test func selfClosingDefaultIsNoDefaultButAnEmptyOneIs() throws {
        let g = try Self.read(
            """
            <graphml><key id="a" for="node" attr.name="a" attr.type="string"><default/></key>
            <key id="b" for="node" attr.name="b" attr.type="string"><default></default></key>
            <graph><node id="x"/></graph></graphml>
            """)
        #expect(g.nodeAttribute("a")?.values == .string([nil]))
        #expect(g.nodeAttribute("b")?.values == .string([""]))
    }

    @Test func whitespaceLaysOutMarkupInsideDataButIsKeptAlone() throws {
        let g = try Self.read(
            """
            <graphml><key id="s" for="node" attr.name="s" attr.type="string"/>
            <graph><node id="x"><data key="s">
              <y:a xmlns:y="urn:y">one</y:a>
              <y:b xmlns:y="urn:y"/>
              <y:c xmlns:y="urn:y"> two </y:c>
            </data></node><node id="y"><data key="s">  </data></node></graph></graphml>
            """)
        #expect(g.nodeAttribute("s")?.values == .string(["one two ", "  "]))
    }

    @Test func attributeReferencesAreDecoded() throws {
        let g = try Self.read(
            """
            <!DOCTYPE graphml [<!ENTITY k "kk">]>
            <graphml><key id="r&amp;d" for="node" attr.name="R&amp;D &lt;x&gt; &#233; &k;" attr.type="int"/>
            <graph><node id="a&#38;b"><data key="r&amp;d">7</data></node></graph></graphml>
            """)
        #expect(g.nodeAttributes.map(\.name) == ["R&D <x> é kk"])
        #expect(g.labels == ["a&b"])
        #expect(g.nodeAttributes.first?.values == .int([7]))
    }

    @Test func entityTextIsDroppedAndItsMarkupIgnored() throws {
        let g = try Self.read(
            """
            <!DOCTYPE graphml [<!ENTITY e "<node id='ghost'/>text">]>
            <graphml><key id="l" for="node" attr.name="label" attr.type="string"/>
            <graph><node id="a"><data key="l">x&e;y</data></node></graph></graphml>
            """)
        #expect(g.labels == ["xy"])
    }

    @Test func valueErrorLineIsTheDataElementLine() throws {
        let e = try #require(throws: DiagnosticList.self) {
            try Self.read(
                "<graphml><key id=\"m\" for=\"edge\" attr.name=\"m\" attr.type=\"int\"/>\n<graph>\n<edge source=\"a\" target=\"b\">\n<data key=\"m\">x</data></edge></graph></graphml>"
            )
        }
        #expect(e.diagnostics.map(\.line) == [4])
    }
}
