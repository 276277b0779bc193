import DiplographCore
import DiplographXML
import Foundation
import Testing

/// The HTML viewer (`build -o graph.html`): what it embeds, checked on the bytes, and the page
/// itself, opened in headless Chromium through scripts/browser-check.py (DevTools protocol over
/// a pipe) and driven through its own search and path forms.
@Suite("HTML viewer", .serialized)
struct HTMLViewerTests {
    static let hostile = "</script><img src=x onerror=alert(1)>"
    static let quoted = "Ann \"Nan\" O'Neil & <b>Co</b>"
    static let cjk = "王毅"
    static let rtl = "عبد الله بن زايد"

    /// A small graph whose names and evidence try to break out of the page.
    static func hostileGraph() -> AttributedGraph {
        var g = AttributedGraph(description: "hostile </script> <!-- test")
        g.labels = [hostile, quoted, cjk, rtl]
        g.nodeAttributes = [
            Attribute(name: GraphKeys.type, type: .string, values: .string(["person", "person", "person", "person"])),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int([3, 1, 2, 1])),
            Attribute(
                name: GraphKeys.aliases, type: .string,
                values: .string(["<svg onload=alert(2)>; " + hostile, nil, "Wang Yi; " + cjk, nil])),
        ]
        g.sources = [0, 0, 1, 2]
        g.targets = [2, 1, 3, 3]
        g.weights = [2, 1, 1, 1]
        g.edgeAttributes = [
            Attribute(
                name: GraphKeys.kind, type: .string,
                values: .string(["meeting", "cooccurrence", "cooccurrence", "both"])),
            Attribute(name: GraphKeys.meetings, type: .int, values: .int([1, 0, 0, 1])),
            Attribute(
                name: GraphKeys.meetingDates, type: .string, values: .string(["2026-01-05", nil, nil, "2026-02"])),
            Attribute(
                name: GraphKeys.sources, type: .string,
                values: .string(["a1", "https://example.org/a?x=1&y=<2>", "a2", "a3"])),
            Attribute(
                name: GraphKeys.evidence, type: .string,
                values: .string([
                    "a1: \(hostile) met \(cjk)\u{2028}in <Paris> & \"Rome\".", nil, nil,
                    "a3: \(rtl) and \(cjk) talked.",
                ])),
        ]
        return g
    }

    /// The JSON block of a page, parsed.
    static func embeddedData(_ html: String) throws -> [String: Any] {
        let open = "<script id=\"graph-data\" type=\"application/json\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test("names and sentences stay inside the JSON block and read back unchanged")
    func escapesEverything() throws {
        let g = Self.hostileGraph()
        let html = HTMLViewerWriter().render(g)
        // Three script blocks (data, vis-network, viewer), so three closing tags: no name closes one.
        #expect(html.components(separatedBy: "</script>").count - 1 == 3)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg"))
        #expect(!html.contains("\u{2028}"))
        #expect(html.contains("<title>hostile &lt;/script&gt; &lt;!-- test</title>"))
        let data = try Self.embeddedData(html)
        #expect(data["labels"] as? [String] == g.labels)
        #expect(data["nodes"] as? Int == 4 && data["edges"] as? Int == 4)
        let edges = try #require(data["edgeAttributes"] as? [[String: Any]])
        let evidence = try #require(edges.first { $0["name"] as? String == "evidence" }?["values"] as? [Any])
        #expect(evidence[0] as? String == "a1: \(Self.hostile) met \(Self.cjk)\u{2028}in <Paris> & \"Rome\".")
        #expect(evidence[1] is NSNull)
        // Names normalised as `path` matches them: label first, then aliases.
        let names = try #require(data["names"] as? [[[String]]])
        #expect(names[2] == [["王毅"], ["wang yi"]])
        #expect(names[1][0] == [ViewerSearchKey.normalize(Self.quoted)])
    }

    @Test("the embedded vis-network and viewer are data/viewer/ as scripts/embed-viewer.sh writes them")
    func assetsAreUpToDate() throws {
        let r = run("sh", [Repo.root.appendingPathComponent("scripts/embed-viewer.sh").path, "--check"])
        #expect(r.status == 0, "\(r.stderr)")
        let vendored = try #require(
            FileManager.default.contents(
                atPath: Repo.root.appendingPathComponent("data/viewer/vis-network.min.js").path))
        let html = HTMLViewerWriter().render(AttributedGraph())
        #expect(html.contains(String(decoding: vendored, as: UTF8.self)))
        #expect(html.contains("@version 9.1.2"))
    }

    // MARK: - In a browser

    static var browserReady: Bool { Repo.tool("chromium") != nil && Repo.tool("python3") != nil }

    /// Where screenshots go: .build/test-output/html-viewer/.
    static let screenshots: URL = {
        let u = Repo.root.appendingPathComponent(".build/test-output/html-viewer")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }()

    /// Opens `page` in headless Chromium, optionally searching and finding a path through the
    /// page's forms; returns browser-check.py's report.
    func browse(
        _ page: String, search: String? = nil, path: (String, String)? = nil, script: String? = nil,
        screenshot: String
    ) throws -> [String: Any] {
        var args = [
            Repo.root.appendingPathComponent("scripts/browser-check.py").path, page, "--timeout", "240",
            "--screenshot", Self.screenshots.appendingPathComponent(screenshot).path,
        ]
        if let search { args += ["--search", search] }
        if let path { args += ["--path", path.0, path.1] }
        if let script { args += ["--eval", script] }
        let r = run("python3", args)
        #expect(r.status == 0, "browser-check failed: \(r.stdout) \(r.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout) \(r.stderr)")
        #expect(report["errors"] as? [String] == [], "script errors: \(report["errors"] ?? "-")")
        #expect(report["dialogs"] as? [String] == [], "dialogs opened: \(report["dialogs"] ?? "-")")
        #expect(report["images"] as? Int == 0)
        #expect(report["scripts"] as? Int == 3)
        let shot =
            FileManager.default.contents(atPath: Self.screenshots.appendingPathComponent(screenshot).path) ?? Data()
        #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47]) && shot.count > 5000, "no screenshot")
        return report
    }

    /// Builds the page and the GraphML of `input`, opens the page, and checks the counts drawn,
    /// a search and a path against the GraphML and `diplograph path`.
    func checkCorpus(_ input: [String], search: String, expectTitle: String, screenshot: String) throws {
        let dir = Repo.temporaryFolder()
        let page = dir.appendingPathComponent("g.html").path
        let graphml = dir.appendingPathComponent("g.graphml").path
        let b = diplograph(["build"] + input + ["-o", page, "-o", graphml])
        try #require(b.status == 0, "\(b.stderr)")
        let g = try GraphMLReader().read(path: graphml)
        // A path between the ends of the first and the last edge (through the graph when they differ).
        let from = g.labels[g.sources[0]]
        let to = g.labels[g.targets[g.edgeCount - 1]]
        let report = try browse(page, search: search, path: (from, to), screenshot: screenshot)
        #expect(report["nodes"] as? Int == g.nodeCount)
        #expect(report["edges"] as? Int == g.edgeCount)
        let found = try #require(report["search"] as? [String: Any])
        #expect(found["title"] as? String == expectTitle)
        let cli = diplograph("path", from, to, "--graph", graphml, "--via", "any", "--json")
        let pageHops = (report["path"] as? [String: Any])?["hops"] as? String
        if cli.status == 0 {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
            let nodes = try #require(((json["paths"] as? [[String: Any]])?.first)?["nodes"] as? [String])
            #expect(pageHops == String(nodes.count - 1), "page: \(report["path"] ?? "-"), cli: \(nodes)")
            #expect((report["path"] as? [String: Any])?["path"] as? String == nodes.joined(separator: " → "))
        } else {
            #expect(cli.status == 1, "\(cli.stderr)")
            #expect(pageHops == "none")
        }
    }

    /// Two articles of JSON Lines with an address each: an http(s) one and one of another scheme.
    func addressedArticles() throws -> (page: String, dir: URL) {
        let dir = Repo.temporaryFolder()
        let input = dir.appendingPathComponent("news.jsonl").path
        let lines = [
            #"{"id": "a1", "title": "Talks in Oslo", "text": "Minister Tomas Varga met Foreign Minister Hana Ortiz in Oslo on Monday to discuss trade.", "url": "https://example.org/news/a1"}"#,
            #"{"id": "a2", "title": "More talks", "text": "Minister Tomas Varga met Foreign Minister Hana Ortiz again in Bergen on Tuesday.", "url": "javascript:alert(1)"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let page = dir.appendingPathComponent("g.html").path
        let b = diplograph(["build", input, "-o", page])
        try #require(b.status == 0, "\(b.stderr)")
        return (page, dir)
    }

    @Test("the articles' addresses are in the page, by article id")
    func articleAddressesEmbedded() throws {
        let (page, dir) = try addressedArticles()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains(#""articleURLs": {"a1": "https://example.org/news/a1", "a2": "javascript:alert(1)"}"#))
        // A corpus without addresses (examples/, plain text) has no such key: its page is unchanged.
        let plain =
            FileManager.default.contents(atPath: Repo.root.appendingPathComponent("graphs/diplomacy.html").path)
            ?? Data()
        #expect(!plain.isEmpty && !String(decoding: plain, as: UTF8.self).contains(#""articleURLs": {"#))
    }

    @Test("an article id links to its http(s) address; another scheme stays text", .enabled(if: browserReady))
    func articleAddressesLink() throws {
        let (page, dir) = try addressedArticles()
        defer { try? FileManager.default.removeItem(at: dir) }
        let links =
            "(function(){var i=document.getElementById('info');"
            + "return Array.from(i.querySelectorAll('a[href]')).filter(function(a){return !a.classList.contains('node-link');})"
            + ".map(function(a){return a.textContent+' '+a.getAttribute('href');});})()"
        let report = try browse(page, search: "Tomas Varga", script: links, screenshot: "addresses.png")
        #expect(report["eval"] as? [String] == ["a1 https://example.org/news/a1"], "\(report["eval"] ?? "-")")
        // (The articles give no year, so the graph has no dated meeting: the page says so in the
        // timeline's place, which once made the filters fail on a missing date label.)
    }

    @Test("the page for examples/ draws every node and edge, finds names and paths", .enabled(if: browserReady))
    func examplesInBrowser() throws {
        try checkCorpus(
            [Repo.examples, "--aliases", Repo.examples + "/aliases.tsv"], search: "lavrov",
            expectTitle: "Sergei Lavrov", screenshot: "examples.png")
    }

    @Test("the filters and the timeline show what the GraphML says", .enabled(if: browserReady))
    func filtersInBrowser() throws {
        let dir = Repo.temporaryFolder()
        let page = dir.appendingPathComponent("g.html").path
        let graphml = dir.appendingPathComponent("g.graphml").path
        try #require(
            diplograph("build", Repo.examples, "--aliases", Repo.examples + "/aliases.tsv", "-o", page, "-o", graphml)
                .status == 0)
        let g = try GraphMLReader().read(path: graphml)
        let meetings = try #require(g.edgeAttribute(GraphKeys.meetings)?.values)
        let dates = try #require(g.edgeAttribute(GraphKeys.meetingDates)?.values)
        let met = (0..<g.edgeCount).filter { (meetings.int($0) ?? 0) > 0 }
        let first = try #require(
            met.flatMap { (dates.string($0) ?? "").components(separatedBy: "; ") }.filter { !$0.isEmpty }.min())
        let onFirst = met.filter { (dates.string($0) ?? "").components(separatedBy: "; ").contains(first) }
        let touched = Set(onFirst.flatMap { [g.sources[$0], g.targets[$0]] })
        #expect(!onFirst.isEmpty && onFirst.count < met.count)
        // Through the page's controls: meetings only, then only nodes with a shown edge, then the
        // timeline's end slider moved to its first date.
        func click(_ id: String) -> String { "document.getElementById('\(id)').click();" }
        let meetingsOnly = try browse(page, script: click("meetings-only"), screenshot: "filters-meetings.png")
        #expect(meetingsOnly["after_eval"] as? [Int] == [g.nodeCount, met.count])
        let firstDate = try browse(
            page,
            script: click("meetings-only") + click("hide-isolated") + """
                var to = document.getElementById('date-to'); to.value = '0'; to.dispatchEvent(new Event('input'));
                """, screenshot: "filters-first-date.png")
        #expect(firstDate["after_eval"] as? [Int] == [touched.count, onFirst.count])
    }

    @Test(
        "the page for the seeds draws every node and edge, finds names and paths",
        .enabled(if: browserReady && Repo.hasShared))
    func seedsInBrowser() throws {
        let dir = Repo.temporaryFolder()
        let graphml = dir.appendingPathComponent("g.graphml").path
        #expect(diplograph("build", Repo.seeds, "-o", graphml).status == 0)
        // Search for the most mentioned entity by one of its aliases, typed in another case.
        let g = try GraphMLReader().read(path: graphml)
        let mentions = try #require(g.nodeAttribute(GraphKeys.mentions)?.values)
        let top = (0..<g.nodeCount).max { (mentions.int($0) ?? 0, $1) < (mentions.int($1) ?? 0, $0) }!
        try checkCorpus(
            [Repo.seeds], search: g.labels[top].uppercased(), expectTitle: g.labels[top], screenshot: "seeds.png")
    }

    @Test("hostile, quoted, CJK and right-to-left names show as text and run nothing", .enabled(if: browserReady))
    func hostileNamesInBrowser() throws {
        let page = Repo.temporaryFolder().appendingPathComponent("hostile.html").path
        try HTMLViewerWriter().writeAtomically(Self.hostileGraph(), to: page)
        let report = try browse(page, search: Self.hostile, path: (Self.quoted, Self.cjk), screenshot: "hostile.png")
        #expect(report["nodes"] as? Int == 4 && report["edges"] as? Int == 4)
        #expect(report["title"] as? String == "hostile </script> <!-- test")
        let found = try #require(report["search"] as? [String: Any])
        #expect(found["title"] as? String == Self.hostile)
        #expect((found["text"] as? String)?.contains("<svg onload=alert(2)>") == true)
        let path = try #require(report["path"] as? [String: Any])
        // Two hops either way; through the hostile node the chain is stronger (1/1 + 1/2 < 1/1 + 1/1).
        #expect(path["path"] as? String == [Self.quoted, Self.hostile, Self.cjk].joined(separator: " → "))
        // The alias "Wang Yi" finds the CJK-named node.
        let byAlias = try browse(page, search: "wang  YI", screenshot: "hostile-alias.png")
        #expect((byAlias["search"] as? [String: Any])?["title"] as? String == Self.cjk)
    }
}
