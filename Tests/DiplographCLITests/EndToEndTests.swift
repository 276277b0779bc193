import Foundation
import Testing

/// Runs the built executable on examples/ and on the seed articles, and checks its outputs with
/// the real consumers: xmllint with the GraphML schema and GEXF grammar, Graphviz's dot,
/// NetworkX and igraph, and the project's scorer.
@Suite("End to end", .serialized)
struct EndToEndTests {
    static let formats = ["graphml", "gexf", "dot", "json", "csv"]

    /// Builds every format from `input` into a fresh folder and returns it.
    func buildAll(_ input: String, extra: [String] = []) throws -> URL {
        let dir = Repo.temporaryFolder()
        var args = ["build", input] + extra
        for f in Self.formats { args += ["-o", dir.appendingPathComponent("g.\(f)").path] }
        let r = diplograph(args)
        #expect(r.status == 0, "diplograph build failed: \(r.stderr)")
        return dir
    }

    @Test(
        "the GraphML of examples/ validates against the GraphML schema",
        .enabled(if: Repo.hasShared && Repo.tool("xmllint") != nil))
    func examplesGraphMLValidates() throws {
        let dir = try buildAll(Repo.examples, extra: ["--aliases", Repo.examples + "/aliases.tsv"])
        let schema = Repo.shared.appendingPathComponent("schemas/graphml/graphml.xsd").path
        let r = run(
            "xmllint", ["--nonet", "--noout", "--schema", schema, dir.appendingPathComponent("g.graphml").path])
        #expect(r.status == 0, "\(r.stderr)")
        let gexf = Repo.shared.appendingPathComponent("schemas/gexf/1.3/gexf.rng").path
        let g = run("xmllint", ["--nonet", "--noout", "--relaxng", gexf, dir.appendingPathComponent("g.gexf").path])
        #expect(g.status == 0, "\(g.stderr)")
    }

    @Test("the seeds' GraphML and GEXF validate", .enabled(if: Repo.hasShared && Repo.tool("xmllint") != nil))
    func seedsGraphMLValidates() throws {
        let dir = try buildAll(Repo.seeds)
        let schema = Repo.shared.appendingPathComponent("schemas/graphml/graphml.xsd").path
        let r = run(
            "xmllint", ["--nonet", "--noout", "--schema", schema, dir.appendingPathComponent("g.graphml").path])
        #expect(r.status == 0, "\(r.stderr)")
        let gexf = Repo.shared.appendingPathComponent("schemas/gexf/1.3/gexf.rng").path
        let g = run("xmllint", ["--nonet", "--noout", "--relaxng", gexf, dir.appendingPathComponent("g.gexf").path])
        #expect(g.status == 0, "\(g.stderr)")
    }

    @Test("dot renders the DOT of examples/ and the seeds to SVG and PNG", .enabled(if: Repo.tool("dot") != nil))
    func dotRenders() throws {
        var inputs = [Repo.examples]
        if Repo.hasShared { inputs.append(Repo.seeds) }
        for input in inputs {
            let dir = try buildAll(input)
            let dotFile = dir.appendingPathComponent("g.dot").path
            for format in ["svg", "png"] {
                let out = dir.appendingPathComponent("g.\(format)").path
                let r = run("dot", ["-T\(format)", dotFile, "-o", out])
                #expect(r.status == 0, "dot -T\(format) failed on \(input): \(r.stderr)")
                let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
                #expect(size > 1000)
            }
        }
    }

    @Test(
        "NetworkX and igraph read the GraphML with the declared attribute types",
        .enabled(if: Repo.python(has: "networkx", "igraph")))
    func networkxAndIgraphRead() throws {
        let dir = try buildAll(Repo.examples)
        let path = dir.appendingPathComponent("g.graphml").path
        let script = """
            import sys, networkx as nx, igraph as ig
            g = nx.read_graphml(sys.argv[1])
            assert g.number_of_nodes() > 10, g.number_of_nodes()
            assert g.number_of_edges() > 10, g.number_of_edges()
            for n, d in g.nodes(data=True):
                assert isinstance(d["label"], str) and d["label"], d
                assert isinstance(d["mentions"], int), d
                assert d["type"] in ("person", "country", "organization", "place"), d
            for a, b, d in g.edges(data=True):
                assert isinstance(d["weight"], float) and d["weight"] > 0, d
                assert isinstance(d["cooccurrences"], int) and isinstance(d["meetings"], int), d
            h = ig.Graph.Read_GraphML(sys.argv[1])
            assert h.vcount() == g.number_of_nodes() and h.ecount() == g.number_of_edges()
            assert all(isinstance(x, float) for x in h.es["weight"])
            assert all(isinstance(x, str) for x in h.vs["label"])
            print(g.number_of_nodes(), g.number_of_edges())
            """
        let r = run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test("graphs/ is what `make run` writes from examples/, byte for byte")
    func graphsAreReproducible() throws {
        let graphs = Repo.root.appendingPathComponent("graphs")
        let committed = try FileManager.default.contentsOfDirectory(atPath: graphs.path)
            .filter { ["graphml", "gexf", "dot", "json", "csv"].contains(($0 as NSString).pathExtension) }.sorted()
        #expect(!committed.isEmpty, "graphs/ holds no generated graph")
        let dir = Repo.temporaryFolder()
        let r = run(
            "bash", [Repo.root.appendingPathComponent("scripts/make-graphs.sh").path, Repo.executable, dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        for name in committed {
            let a = FileManager.default.contents(atPath: graphs.appendingPathComponent(name).path)
            let b = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path)
            #expect(a != nil && a == b, "graphs/\(name) differs from a fresh build (run `make run` and commit)")
        }
    }

    @Test("building twice gives the same bytes in every format")
    func sameInputSameBytes() throws {
        let a = try buildAll(Repo.examples)
        let b = try buildAll(Repo.examples)
        for f in ["g.graphml", "g.gexf", "g.dot", "g.json"] {
            let x = FileManager.default.contents(atPath: a.appendingPathComponent(f).path)
            let y = FileManager.default.contents(atPath: b.appendingPathComponent(f).path)
            #expect(x != nil && x == y, "\(f) differs between two runs")
        }
    }

    @Test(
        "--cluster-by affiliation groups the DOT into clusters that dot renders", .enabled(if: Repo.tool("dot") != nil))
    func clusterByAffiliation() throws {
        let dir = Repo.temporaryFolder()
        let dotFile = dir.appendingPathComponent("c.dot").path
        let r = diplograph("build", Repo.examples, "--cluster-by", "affiliation", "-o", dotFile)
        #expect(r.status == 0, "\(r.stderr)")
        let text = String(decoding: FileManager.default.contents(atPath: dotFile) ?? Data(), as: UTF8.self)
        #expect(text.contains("subgraph \"cluster_"))
        #expect(text.contains("label=\"South Korea\""))
        #expect(run("dot", ["-Tsvg", dotFile, "-o", dir.appendingPathComponent("c.svg").path]).status == 0)
    }

    @Test("--csv-flavor neo4j writes neo4j-admin import headers")
    func neo4jCSV() throws {
        let dir = Repo.temporaryFolder()
        let r = diplograph(
            "build", Repo.examples, "--csv-flavor", "neo4j", "-o", dir.appendingPathComponent("g.csv").path)
        #expect(r.status == 0, "\(r.stderr)")
        let nodes = String(
            decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("g.nodes.csv").path) ?? Data(),
            as: UTF8.self)
        let edges = String(
            decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("g.edges.csv").path) ?? Data(),
            as: UTF8.self)
        #expect(nodes.hasPrefix("id:ID,label,:LABEL"))
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE"))
    }
}
