import DiplographCore
import DiplographXML
import Foundation
import Testing

@testable import DiplographCLI

/// `diplograph path` through the built executable, on hand-made graphs and on the seeds (which
/// need ../shared and are skipped without it).
@Suite("path command", .serialized)
struct PathCommandTests {
    @Test(
        "usage errors exit 64",
        arguments: [
            ["path", "A", "B"],
            ["path", "A", "B", "x.txt", "--graph", "g.graphml"],
            ["path", "A", "B", "x.txt", "-k", "0"],
            ["path", "A", "B", "x.txt", "--after", "2025-13"],
            ["path", "A", "B", "x.txt", "--via", "letters"],
            ["path", "A", "B", "x.txt", "--allow-undated"],
        ])
    func usage(args: [String]) {
        let r = diplograph(args)
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("an unreadable or malformed graph file exits 2")
    func badGraphFile() throws {
        let missing = diplograph("path", "A", "B", "--graph", "/no/such/graph.graphml")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/graph.graphml"))
        let dir = Repo.temporaryFolder()
        let bad = dir.appendingPathComponent("bad.graphml")
        try Data("<graphml><graph><node id=".utf8).write(to: bad)
        let r = diplograph("path", "A", "B", "--graph", bad.path)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
    }

    @Test("a GraphML file gives paths, JSON and name suggestions")
    func graphFile() throws {
        var g = AttributedGraph()
        g.labels = ["Alpha One", "Bravo Two", "Charlie Three"]
        g.nodeAttributes = [Attribute(name: "type", type: .string, values: .string(["person", "person", "person"]))]
        g.sources = [0, 1]
        g.targets = [1, 2]
        g.weights = [2, 4]
        g.edgeAttributes = [
            Attribute(name: "kind", type: .string, values: .string(["meeting", "cooccurrence"])),
            Attribute(name: "meetings", type: .int, values: .int([2, 0])),
            Attribute(name: "cooccurrences", type: .int, values: .int([0, 4])),
        ]
        let file = Repo.temporaryFolder().appendingPathComponent("g.graphml").path
        try GraphMLWriter().write(g, toTemporaryFile: file)
        let meetings = diplograph("path", "alpha one", "Three", "--graph", file)
        #expect(meetings.status == 1)
        #expect(meetings.stderr.contains("no path from Alpha One to Charlie Three via meetings; try --via any"))
        let any = diplograph("path", "alpha one", "Three", "--graph", file, "--via", "any")
        #expect(any.status == 0, "\(any.stderr)")
        #expect(any.stdout.hasPrefix("Alpha One → Bravo Two → Charlie Three\n"))
        let json = diplograph("path", "Alpha", "Three", "--graph", file, "--via", "any", "--json", "--weighted")
        let obj = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let paths = obj?["paths"] as? [[String: Any]]
        #expect(paths?.first?["nodes"] as? [String] == ["Alpha One", "Bravo Two", "Charlie Three"])
        #expect(paths?.first?["cost"] as? Double == 0.75)
        let excluded = diplograph("path", "Alpha", "Three", "--graph", file, "--via", "any", "--exclude", "bravo two")
        #expect(excluded.status == 1)
        #expect(excluded.stderr.contains("excluding Bravo Two"))
        #expect(diplograph("path", "Alpha", "Three", "--graph", file, "--exclude", "alpha one").status == 64)
        let unknown = diplograph("path", "Alpha Onw", "Three", "--graph", file)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean \"Alpha One\""))
    }

    // MARK: Seeds (run once the resolver is merged; need the meeting extractor too)

    @Test("seeds: Li Qiang to Sergei Lavrov goes through Choe Son Hui", .enabled(if: Repo.hasShared))
    func seedsLiToLavrov() {
        let r = diplograph("path", "Li Qiang", "Sergei Lavrov", Repo.seeds)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").first == "Li Qiang → Choe Son Hui → Sergei Lavrov")
        #expect(r.stdout.contains("met"))
    }

    @Test("seeds: Xi Jinping and Wang Yi never met in a chain; --via any links them", .enabled(if: Repo.hasShared))
    func seedsXiToWang() {
        let r = diplograph("path", "Xi Jinping", "Wang Yi", Repo.seeds)
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("try --via any"))
        let any = diplograph("path", "Xi Jinping", "Wang Yi", Repo.seeds, "--via", "any")
        #expect(any.status == 0, "\(any.stderr)")
        let chain = any.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(chain.hasPrefix("Xi Jinping → ") && chain.hasSuffix(" → Wang Yi"))
    }

    @Test("seeds: no chain of meetings from Kim to Putin", .enabled(if: Repo.hasShared))
    func seedsKimToPutin() {
        let r = diplograph("path", "Kim", "Putin", Repo.seeds)
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("no path from Kim Jong Un to Vladimir Putin via meetings"))
    }

    @Test("seeds: an unknown name exits 2 with suggestions", .enabled(if: Repo.hasShared))
    func seedsUnknown() {
        let r = diplograph("path", "Lavrow", "Li Qiang", Repo.seeds)
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean \"Sergei Lavrov\""))
    }

    @Test(
        "seeds: the articles and their GraphML give identical answers",
        .enabled(if: Repo.hasShared))
    func seedsGraphMLAgreesWithArticles() throws {
        let file = Repo.temporaryFolder().appendingPathComponent("seeds.graphml").path
        let b = diplograph("build", Repo.seeds, "-o", file)
        #expect(b.status == 0, "\(b.stderr)")
        let queries: [[String]] = [
            ["Li Qiang", "Sergei Lavrov"], ["Xi Jinping", "Wang Yi", "--via", "any"], ["Kim", "Putin"],
            ["Choe", "Lavrov", "--via", "any", "-k", "3"],
            ["Li Qiang", "Lavrov", "--via", "any", "--weighted", "-k", "2"],
            ["Li Qiang", "Sergei Lavrov", "--time-respecting"],
        ]
        for q in queries {
            let fromArticles = diplograph(["path"] + q + [Repo.seeds])
            let fromGraph = diplograph(["path"] + q + ["--graph", file])
            #expect(fromArticles.status == fromGraph.status, "\(q)")
            #expect(fromArticles.stdout == fromGraph.stdout, "\(q)")
            let ja = diplograph(["path"] + q + [Repo.seeds, "--json"])
            let jg = diplograph(["path"] + q + ["--graph", file, "--json"])
            #expect(Self.skeleton(ja.stdout) == Self.skeleton(jg.stdout), "\(q)")
        }
    }

    /// The parts of a --json answer a graph file carries in full: nodes, cost, hop kinds and weights.
    static func skeleton(_ json: String) -> String {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let paths = obj["paths"] as? [[String: Any]]
        else { return "unparsable: \(json)" }
        return paths.map { p in
            let hops = (p["hops"] as? [[String: Any]] ?? []).map {
                "\($0["kind"] ?? "")/\($0["weight"] ?? "")/\($0["sources"] ?? "")"
            }
            return "\(p["nodes"] ?? "") \(p["cost"] ?? "") \(hops)"
        }.joined(separator: "\n")
    }
}
