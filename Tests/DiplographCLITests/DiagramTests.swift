import Foundation
import Testing

/// Diagrams checked with Graphviz itself: `scripts/diagram-check.py` lays each DOT file out with
/// `dot -Tjson` (which honours the file's `layout`) and measures node boxes, label boxes and the
/// drawing's size. Skipped without Graphviz's `dot` or python3.
@Suite("Diagrams", .serialized)
struct DiagramTests {
    static var canCheck: Bool { Repo.tool("dot") != nil && Repo.tool("python3") != nil }
    static let checker = Repo.root.appendingPathComponent("scripts/diagram-check.py").path
    static let generator = Repo.shared.appendingPathComponent("bench/gen_corpus.py")

    struct Measure: Decodable {
        var layout: String
        var nodes: Int
        var edges: Int
        var aspect: Double?
        var node_overlaps: Int
        var label_node_overlaps: Int
        var edge_labels: Int
        var labels_left_out: Int
    }

    /// The checker's figures for a DOT file; `passes`: whether `--check` accepted it.
    func check(_ dotFile: String) throws -> (measure: Measure, passes: Bool, stderr: String) {
        let r = run("python3", [Self.checker, "--check", "--json", dotFile])
        #expect(r.status == 0 || r.status == 1, "diagram-check.py failed on \(dotFile): \(r.stderr)")
        let m = try JSONDecoder().decode(Measure.self, from: Data(r.stdout.utf8))
        return (m, r.status == 0, r.stderr)
    }

    /// Builds the diagram view of `inputs` and checks its drawing: no two nodes overlap, no label
    /// covers a node, aspect ratio within 1:2 .. 2:1, at most 40 nodes and 80 edges, and at
    /// most a quarter of the date labels left out for want of room. (fdp places clusters in an
    /// order that varies from run to run in Graphviz 2.43, so the figures vary a little: over
    /// repeated runs, 0-2 of the seeds' 11 labels and 3-7 of the 10 MB corpus's ~60.)
    ///
    /// `labelsOverNodes` allows that many edge labels touching a node: on the 10 MB corpus's 60
    /// date labels, fdp (Graphviz 2.43, which places clusters and labels differently from run
    /// to run) put one date label over a node in 3 of 12 renderings of the same file, none in
    /// the others; the seeds' and examples' diagrams never did.
    func checkDiagram(_ inputs: [String], name: String, labelsOverNodes: Int = 0) throws -> Measure {
        let dotFile = Repo.temporaryFolder().appendingPathComponent("\(name).dot").path
        let r = diplograph(["build"] + inputs + ["--view", "diagram", "-o", dotFile])
        #expect(r.status == 0, "\(r.stderr)")
        let (m, passes, stderr) = try check(dotFile)
        #expect(passes || (m.node_overlaps == 0 && m.label_node_overlaps <= labelsOverNodes), "\(name): \(stderr)")
        #expect(
            m.node_overlaps == 0 && m.label_node_overlaps <= labelsOverNodes,
            "\(name): \(m.label_node_overlaps) labels over nodes")
        #expect(m.aspect.map { $0 >= 0.5 && $0 <= 2 } ?? false, "\(name): aspect \(String(describing: m.aspect))")
        #expect(
            m.nodes > 0 && m.nodes <= 40 && m.edges > 0 && m.edges <= 80, "\(name): \(m.nodes) nodes, \(m.edges) edges")
        #expect(m.edge_labels > 0)
        #expect(
            m.labels_left_out * 4 <= m.edge_labels,
            "\(name): \(m.labels_left_out) of \(m.edge_labels) date labels left out")
        return m
    }

    @Test("the diagram of examples/ draws without overlaps", .enabled(if: canCheck))
    func examplesDiagram() throws {
        let m = try checkDiagram([Repo.examples, "--aliases", Repo.examples + "/aliases.tsv"], name: "examples")
        #expect(m.layout == "fdp")
    }

    @Test("the seeds' diagram draws without overlaps", .enabled(if: canCheck && Repo.hasShared))
    func seedsDiagram() throws {
        _ = try checkDiagram([Repo.seeds], name: "seeds")
    }

    @Test(
        "the diagram of a generated 10 MB corpus draws without overlaps",
        .enabled(if: canCheck && FileManager.default.fileExists(atPath: generator.path)))
    func generatedCorpusDiagram() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        let g = run("python3", [Self.generator.path, "10", "1", corpus])
        #expect(g.status == 0, "\(g.stderr)")
        _ = try checkDiagram([corpus], name: "corpus10", labelsOverNodes: 1)
    }

    @Test(
        "the checker catches overlaps: the full examples graph laid out without overlap removal",
        .enabled(if: canCheck))
    func checkerCanFail() throws {
        let dir = Repo.temporaryFolder()
        let full = dir.appendingPathComponent("full.dot").path
        #expect(diplograph("build", Repo.examples, "-o", full).status == 0)
        let text = try String(contentsOfFile: full, encoding: .utf8)
        let crowded = dir.appendingPathComponent("crowded.dot").path
        try text.replacingOccurrences(of: "overlap=\"false\"", with: "overlap=\"true\"")
            .write(toFile: crowded, atomically: true, encoding: .utf8)
        let (m, passes, _) = try check(crowded)
        #expect(!passes)
        #expect(m.node_overlaps > 0)
        // Laid out by the engine the file names, not as a hierarchy.
        #expect(m.layout == "neato")
        // The real file, with overlap removal, has none.
        let (real, _, _) = try check(full)
        #expect(real.node_overlaps == 0)
    }

    @Test(
        "the DOT names its layout, --layout overrides it, and every engine reads the file",
        .enabled(if: Repo.tool("dot") != nil))
    func layoutAttribute() throws {
        let dir = Repo.temporaryFolder()
        let auto = dir.appendingPathComponent("auto.dot").path
        let forced = dir.appendingPathComponent("forced.dot").path
        #expect(diplograph("build", Repo.examples, "-o", auto).status == 0)
        #expect(diplograph("build", Repo.examples, "--layout", "sfdp", "-o", forced).status == 0)
        let a = try String(contentsOfFile: auto, encoding: .utf8)
        let f = try String(contentsOfFile: forced, encoding: .utf8)
        #expect(a.contains("graph [layout=\"neato\", "))
        #expect(f.contains("graph [layout=\"sfdp\", "))
        let bad = diplograph("build", Repo.examples, "--layout", "spring", "-o", auto)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown engine 'spring'"))
        // Straight edges: spline routing is what takes the time, and it is not what is tested.
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"] {
            let r = run("dot", ["-K\(engine)", "-Gsplines=line", "-Tplain", auto])
            #expect(r.status == 0, "\(engine): \(r.stderr)")
            #expect(r.stdout.hasPrefix("graph "), "\(engine)")
        }
    }

    @Test("the diagram view: dated meeting labels, unlabelled co-occurrences, clusters, the rule in the label")
    func diagramContent() throws {
        let dir = Repo.temporaryFolder()
        let dotFile = dir.appendingPathComponent("d.dot").path
        let json = dir.appendingPathComponent("d.json").path
        let r = diplograph(
            "build", Repo.examples, "--aliases", Repo.examples + "/aliases.tsv", "--view", "diagram",
            "-o", dotFile, "-o", json)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: dotFile, encoding: .utf8)
        #expect(text.contains("layout=\"fdp\""))
        #expect(text.contains("\\nDiagram: "))
        #expect(text.contains("(at most 40 nodes and 80 edges)"))
        #expect(text.contains("subgraph \"cluster_"))
        let edges = text.split(separator: "\n").filter { $0.contains(" -- ") }
        #expect(!edges.isEmpty)
        let dated = try Regex(#"label="(\d{4}(-\d\d){0,2}|date unknown|\d+ meetings,)"#)
        for e in edges {
            if e.contains("color=\"#d62728\"") {
                #expect(e.contains(dated), "meeting edge without dates: \(e)")
            } else {
                #expect(!e.contains("label="), "co-occurrence edge with a label: \(e)")
            }
        }
        #expect(!text.contains("label=\"met\""))
        // Only people and countries; every node has an edge.
        let graph =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        let nodes = graph?["nodes"] as? [[String: Any]] ?? []
        #expect(!nodes.isEmpty && nodes.count <= 40)
        for n in nodes {
            let type = (n["type"] ?? (n["attributes"] as? [String: Any])?["type"]) as? String
            #expect(type == "person" || type == "country", "\(n)")
        }
        // --types changes the kinds of node.
        let orgs = dir.appendingPathComponent("o.dot").path
        #expect(
            diplograph("build", Repo.examples, "--view", "diagram", "--types", "organization,country", "-o", orgs)
                .status == 0)
        let o = try String(contentsOfFile: orgs, encoding: .utf8)
        #expect(o.contains("shape=\"hexagon\"") && !o.contains("shape=\"ellipse\", fillcolor=\"#aec7e8\""))
        #expect(o.contains("organizations and countries") || o.contains("countries and organizations"))
    }

    @Test(
        "path on a GraphML written by NetworkX, without edge kinds, works with the default options",
        .enabled(if: Repo.python(has: "networkx")))
    func pathOnForeignGraphML() throws {
        let file = Repo.temporaryFolder().appendingPathComponent("lesmis.graphml").path
        let w = run(
            "python3",
            ["-c", "import sys, networkx as nx; nx.write_graphml(nx.les_miserables_graph(), sys.argv[1])", file])
        #expect(w.status == 0, "\(w.stderr)")
        let r = diplograph("path", "Napoleon", "Javert", "--graph", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("note: the graph has no edge kinds"))
        #expect(r.stdout.contains("Napoleon → Myriel → Valjean → Javert\n"))
        // Every --via gives the same path; JSON says so too.
        for via in ["cooccurrence", "any"] {
            let v = diplograph("path", "Napoleon", "Javert", "--graph", file, "--via", via)
            #expect(v.status == 0 && v.stdout == r.stdout, "--via \(via): \(v.stderr)")
        }
        let j = diplograph("path", "Napoleon", "Javert", "--graph", file, "--json", "--weighted")
        let obj = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        #expect(obj?["edge_kinds"] as? Bool == false)
        let hops = ((obj?["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]]) ?? []
        #expect(!hops.isEmpty && hops.allSatisfy { $0["kind"] as? String == "edge" })
        // A Diplograph graph has edge kinds: no note.
        let own = Repo.root.appendingPathComponent("graphs/diplomacy.graphml").path
        let d = diplograph("path", "Cho Hyun", "Wang Yi", "--graph", own)
        #expect(!d.stdout.contains("no edge kinds") && !d.stderr.contains("no edge kinds"))
    }
}
