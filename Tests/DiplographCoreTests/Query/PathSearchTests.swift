import Foundation
import Testing

@testable import DiplographCore

@Suite("Path search")
struct PathSearchTests {
    // A – D directly (1 meeting), and A – B – D, A – C – D (2 hops).
    func diamond(ab: Int, bd: Int, ac: Int, cd: Int, ad: Int? = 1, shuffled: Bool = false) -> AttributedGraph {
        var edges = [
            TestEdge(a: 0, b: 1, meetings: ab), TestEdge(a: 1, b: 3, meetings: bd),
            TestEdge(a: 0, b: 2, meetings: ac), TestEdge(a: 2, b: 3, meetings: cd),
        ]
        if let ad { edges.append(TestEdge(a: 0, b: 3, meetings: ad)) }
        if shuffled { edges.reverse() }
        return makeGraph(["Alpha", "Bravo", "Charlie", "Delta"], edges: edges)
    }

    @Test("fewest hops beats a stronger but longer chain; --weighted prefers the stronger chain")
    func fewestHopsVersusWeighted() throws {
        let g = diamond(ab: 5, bd: 5, ac: 1, cd: 1, ad: 1)
        #expect(try query(g, "Alpha", "Delta").paths.first?.nodes == ["Alpha", "Delta"])
        let w = try query(g, "Alpha", "Delta") { $0.weighted = true }
        #expect(w.paths.first?.nodes == ["Alpha", "Bravo", "Delta"])
        #expect(w.paths.first.map { approxEqual($0.cost, 0.4) } == true)
    }

    @Test("equal hop counts: the stronger chain wins, whatever the node or edge order")
    func strongerChainTieBreak() throws {
        for shuffled in [false, true] {
            let g = diamond(ab: 1, bd: 1, ac: 3, cd: 3, ad: nil, shuffled: shuffled)
            let a = try query(g, "Alpha", "Delta")
            #expect(a.paths.first?.nodes == ["Alpha", "Charlie", "Delta"])
            #expect(a.paths.first?.cost == 2)
        }
    }

    @Test("exact ties go to the smaller node order, deterministically")
    func exactTies() throws {
        for shuffled in [false, true] {
            let g = diamond(ab: 2, bd: 2, ac: 2, cd: 2, ad: nil, shuffled: shuffled)
            let a = try query(g, "Delta", "Alpha") { $0.k = 2 }
            #expect(a.paths.map(\.nodes) == [["Delta", "Bravo", "Alpha"], ["Delta", "Charlie", "Alpha"]])
        }
    }

    @Test("unreachable target: no path, and the message suggests --via any")
    func unreachable() throws {
        let g = makeGraph(
            ["Alpha", "Bravo", "Charlie", "Delta"],
            edges: [TestEdge(a: 0, b: 1, meetings: 1), TestEdge(a: 1, b: 2, co: 4), TestEdge(a: 2, b: 3, meetings: 2)])
        let a = try query(g, "Alpha", "Delta")
        #expect(a.paths.isEmpty)
        #expect(a.noPathMessage == "no path from Alpha to Delta via meetings; try --via any")
        let any = try query(g, "Alpha", "Delta") { $0.via = .any }
        #expect(any.paths.first?.nodes == ["Alpha", "Bravo", "Charlie", "Delta"])
        #expect(any.paths.first?.hops[1].relation == "co-mentioned in 4 sentences")
        let co = try query(g, "Alpha", "Delta") { $0.via = .cooccurrence }
        #expect(co.paths.isEmpty)
        // Isolated node.
        let lonely = makeGraph(["Alpha", "Bravo", "Zulu"], edges: [TestEdge(a: 0, b: 1, meetings: 1)])
        #expect(try query(lonely, "Alpha", "Zulu") { $0.via = .any }.paths.isEmpty)
    }

    @Test("weighted cost is the sum of 1/weight, never the raw weight")
    func weightedCost() throws {
        // Alpha–Bravo 2 meetings, Bravo–Delta 4 meetings: 1/2 + 1/4 = 0.75; Alpha–Delta 1 meeting: 1.
        let g = makeGraph(
            ["Alpha", "Bravo", "Delta"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 2), TestEdge(a: 1, b: 2, meetings: 4), TestEdge(a: 0, b: 2, meetings: 1),
            ])
        let a = try query(g, "Alpha", "Delta") {
            $0.weighted = true
            $0.k = 2
        }
        #expect(a.paths.map(\.nodes) == [["Alpha", "Bravo", "Delta"], ["Alpha", "Delta"]])
        #expect(a.paths.map(\.cost) == [0.75, 1])
        #expect(a.paths[0].hops.map(\.weight) == [2, 4])
        // With --via any the weight is the edge weight (co-occurrences + meetings).
        let g2 = makeGraph(
            ["Alpha", "Bravo", "Delta"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 0, co: 9), TestEdge(a: 1, b: 2, meetings: 1, co: 9),
                TestEdge(a: 0, b: 2, meetings: 1),
            ])
        let b = try query(g2, "Alpha", "Delta") {
            $0.weighted = true
            $0.via = .any
        }
        #expect(b.paths.first?.nodes == ["Alpha", "Bravo", "Delta"])
        #expect(b.paths.first.map { approxEqual($0.cost, 1.0 / 9 + 1.0 / 10) } == true)
    }

    @Test("k paths match brute-force enumeration of all simple paths", arguments: 1...24)
    func kPathsAgainstBruteForce(seed: Int) throws {
        let g = randomGraph(nodes: 7, p: 0.45, seed: UInt64(seed))
        for weighted in [false, true] {
            for via in [PathRelation.meetings, .cooccurrence] {
                var o = PathOptions()
                o.via = via
                o.weighted = weighted
                let net = PathNetwork(graph: g, options: o)
                let weightOf: (Int) -> Double = { e in
                    via == .meetings
                        ? Double(g.edgeAttribute(GraphKeys.meetings)!.values.int(e)!)
                        : Double(g.edgeAttribute(GraphKeys.cooccurrences)!.values.int(e)!)
                }
                let brute = allSimplePaths(g, from: 0, to: 6, usable: { weightOf($0) > 0 })
                    .map { p -> (Int, Double, [Int]) in
                        (p.edges.count, p.edges.reduce(0) { $0 + 1 / weightOf($1) }, p.nodes)
                    }
                    .sorted { a, b in
                        // The documented order, written out independently of PathSearch.compare.
                        let ka = weighted ? [a.1, Double(a.0)] : [Double(a.0), a.1]
                        let kb = weighted ? [b.1, Double(b.0)] : [Double(b.0), b.1]
                        for i in 0..<2 where !approxEqual(ka[i], kb[i]) { return ka[i] < kb[i] }
                        return a.2.lexicographicallyPrecedes(b.2)
                    }
                let k = 6
                let found = PathSearch.kShortest(net, from: 0, to: 6, k: k)
                #expect(found.count == min(k, brute.count))
                #expect(Set(found.map(\.nodes)).count == found.count)
                for (i, p) in found.enumerated() {
                    #expect(Set(p.nodes).count == p.nodes.count, "path \(p.nodes) has a loop")
                    for (j, e) in p.edges.enumerated() {
                        #expect(Set([g.sources[e], g.targets[e]]) == Set([p.nodes[j], p.nodes[j + 1]]))
                        #expect(weightOf(e) > 0)
                    }
                    #expect(
                        p.hops == brute[i].0 && approxEqual(p.inverseWeight, brute[i].1),
                        "seed \(seed) weighted \(weighted) via \(via): path \(i) \(p.nodes) vs \(brute[i].2)")
                }
                // Deterministic: the same answer twice.
                #expect(PathSearch.kShortest(net, from: 0, to: 6, k: k) == found)
            }
        }
    }

    @Test("time order: a chain that exists only ignoring dates is refused; direction matters")
    func timeRespecting() throws {
        // Alpha–Bravo on 09-10, Bravo–Charlie on 09-05; the long way Alpha–Delta–Echo–Charlie is in order.
        let g = makeGraph(
            ["Alpha", "Bravo", "Charlie", "Delta", "Echo"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-10"]),
                TestEdge(a: 1, b: 2, meetings: 1, dates: ["2025-09-05"]),
                TestEdge(a: 0, b: 3, meetings: 1, dates: ["2025-09-01"]),
                TestEdge(a: 3, b: 4, meetings: 1, dates: ["2025-09-02"]),
                TestEdge(a: 4, b: 2, meetings: 1, dates: ["2025-09-03"]),
            ])
        #expect(try query(g, "Alpha", "Charlie").paths.first?.nodes == ["Alpha", "Bravo", "Charlie"])
        let t = try query(g, "Alpha", "Charlie") { $0.timeRespecting = true }
        #expect(t.paths.first?.nodes == ["Alpha", "Delta", "Echo", "Charlie"])
        // The other way round, Charlie (09-05) then Alpha (09-10) is in order.
        let back = try query(g, "Charlie", "Alpha") { $0.timeRespecting = true }
        #expect(back.paths.first?.nodes == ["Charlie", "Bravo", "Alpha"])
        // Without the long way there is no chain in order.
        let short = makeGraph(
            ["Alpha", "Bravo", "Charlie"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-10"]),
                TestEdge(a: 1, b: 2, meetings: 1, dates: ["2025-09-05"]),
            ])
        #expect(try query(short, "Alpha", "Charlie") { $0.timeRespecting = true }.paths.isEmpty)
        // A pair that met twice can use its later meeting.
        let twice = makeGraph(
            ["Alpha", "Bravo", "Charlie"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-10"]),
                TestEdge(a: 1, b: 2, meetings: 2, dates: ["2025-09-05", "2025-09-12"]),
            ])
        #expect(
            try query(twice, "Alpha", "Charlie") { $0.timeRespecting = true }.paths.first?.nodes == [
                "Alpha", "Bravo", "Charlie",
            ])
    }

    @Test("time order keeps a later-found but earlier arrival (labels, not one distance per node)")
    func timeRespectingNeedsLabels() throws {
        // Alpha–X on 09-20 is the shortest way to X, but X–Target on 09-10 needs the earlier arrival
        // through Yankee (09-01, 09-02).
        let g = makeGraph(
            ["Alpha", "Xray", "Yankee", "Target"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-20"]),
                TestEdge(a: 0, b: 2, meetings: 1, dates: ["2025-09-01"]),
                TestEdge(a: 2, b: 1, meetings: 1, dates: ["2025-09-02"]),
                TestEdge(a: 1, b: 3, meetings: 1, dates: ["2025-09-10"]),
            ])
        let t = try query(g, "Alpha", "Target") { $0.timeRespecting = true }
        #expect(t.paths.first?.nodes == ["Alpha", "Yankee", "Xray", "Target"])
    }

    @Test("time order: month dates overlap, undated hops need --allow-undated")
    func timeRespectingPartialAndUndated() throws {
        let g = makeGraph(
            ["Alpha", "Bravo", "Charlie"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-10"]),
                TestEdge(a: 1, b: 2, meetings: 1, dates: ["2025-09"]),
            ])
        #expect(try query(g, "Alpha", "Charlie") { $0.timeRespecting = true }.paths.count == 1)
        let undated = makeGraph(
            ["Alpha", "Bravo", "Charlie"],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1, dates: ["2025-09-10"]), TestEdge(a: 1, b: 2, meetings: 1),
            ])
        let strict = try query(undated, "Alpha", "Charlie") { $0.timeRespecting = true }
        #expect(strict.paths.isEmpty)
        #expect(strict.noPathMessage.contains("time-respecting"))
        let loose = try query(undated, "Alpha", "Charlie") {
            $0.timeRespecting = true
            $0.allowUndated = true
        }
        #expect(loose.paths.first?.nodes == ["Alpha", "Bravo", "Charlie"])
        #expect(loose.paths.first?.hops[1].relation == "met (date unknown)")
    }

    @Test("time-respecting k paths match brute force on random graphs", arguments: 1...16)
    func timeRespectingAgainstBruteForce(seed: Int) throws {
        let g = randomGraph(nodes: 7, p: 0.5, seed: UInt64(1000 + seed))
        var o = PathOptions()
        o.timeRespecting = true
        let net = PathNetwork(graph: g, options: o)
        let dates = g.edgeAttribute(GraphKeys.meetingDates)!.values
        func days(_ e: Int) -> [Int] {
            (dates.string(e) ?? "").components(separatedBy: "; ").compactMap { PartialDate(iso: $0)?.dayNumber }
        }
        func inOrder(_ edges: [Int]) -> Bool {
            var clock = Int.min
            for e in edges {
                guard let next = days(e).filter({ $0 >= clock }).min() else { return false }
                clock = next
            }
            return true
        }
        let brute = allSimplePaths(g, from: 0, to: 6, usable: { _ in true })
            .filter { inOrder($0.edges) }
            .map { p -> (Int, Double) in
                (
                    p.edges.count,
                    p.edges.reduce(0) { $0 + 1 / Double(g.edgeAttribute(GraphKeys.meetings)!.values.int($1)!) }
                )
            }
            .sorted { PathSearch.compare(hops: $0.0, $0.1, $1.0, $1.1, weighted: false) < 0 }
        let found = PathSearch.kShortest(net, from: 0, to: 6, k: 5)
        #expect(found.count == min(5, brute.count))
        for (i, p) in found.enumerated() {
            #expect(inOrder(p.edges), "seed \(seed): \(p.nodes) is not in date order")
            #expect(PathSearch.compare(hops: p.hops, p.inverseWeight, brute[i].0, brute[i].1, weighted: false) == 0)
        }
    }

    @Test("date window: only edges with a meeting in the window; weight = meeting dates in it")
    func dateWindow() throws {
        let g = makeGraph(
            ["Alpha", "Bravo", "Charlie", "Delta"],
            edges: [
                TestEdge(a: 0, b: 3, meetings: 1, dates: ["2024-05-01"]),
                TestEdge(a: 0, b: 1, meetings: 3, dates: ["2024-01-01", "2025-09-02", "2025-09-20"]),
                TestEdge(a: 1, b: 3, meetings: 1, dates: ["2025-10"]),
                TestEdge(a: 0, b: 2, meetings: 1, dates: ["2025-09-15"]),
                TestEdge(a: 2, b: 3, meetings: 1, dates: ["2025-11-01"]),
            ])
        #expect(try query(g, "Alpha", "Delta").paths.first?.nodes == ["Alpha", "Delta"])
        let w = try query(g, "Alpha", "Delta") {
            $0.after = PartialDate(iso: "2025-09")
            $0.before = PartialDate(iso: "2025-10-05")
        }
        #expect(w.paths.first?.nodes == ["Alpha", "Bravo", "Delta"])
        #expect(w.paths.first?.hops[0].weight == 2)
        #expect(w.paths.first?.hops[0].relation == "met 2 times (2025-09-02, 2025-09-20)")
        #expect(w.paths.count == 1)
        let k = try query(g, "Alpha", "Delta") {
            $0.after = PartialDate(iso: "2025-09")
            $0.k = 3
        }
        #expect(k.paths.map(\.nodes) == [["Alpha", "Bravo", "Delta"], ["Alpha", "Charlie", "Delta"]])
        let none = try query(g, "Alpha", "Delta") { $0.before = PartialDate(iso: "2023") }
        #expect(none.paths.isEmpty)
        #expect(none.noPathMessage.contains("before 2023"))
    }

    @Test("--exclude removes entities, matched like FROM and TO")
    func exclusion() throws {
        let g = makeGraph(
            ["Alpha", "Bravo Smith", "Charlie", "Delta"], aliases: [nil, "Bravo; B. Smith", nil, nil],
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1), TestEdge(a: 1, b: 3, meetings: 1),
                TestEdge(a: 0, b: 2, meetings: 1), TestEdge(a: 2, b: 3, meetings: 1),
            ])
        #expect(try query(g, "Alpha", "Delta").paths.first?.nodes == ["Alpha", "Bravo Smith", "Delta"])
        #expect(try query(g, "Alpha", "Delta", exclude: ["smith"]).paths.first?.nodes == ["Alpha", "Charlie", "Delta"])
        #expect(try query(g, "Alpha", "Delta", exclude: ["B. Smith", "charlie"]).paths.isEmpty)
        #expect(throws: PathQueryError.excludedEndpoint("alpha")) { try query(g, "Alpha", "Delta", exclude: ["alpha"]) }
        #expect(throws: PathQueryError.self) { try query(g, "Alpha", "Delta", exclude: ["Nobody"]) }
    }

    @Test("a path from an entity to itself has no hops")
    func selfPath() throws {
        let g = makeGraph(["Alpha", "Bravo"], edges: [TestEdge(a: 0, b: 1, meetings: 1)])
        let a = try query(g, "Alpha", "alpha")
        #expect(a.paths.first?.nodes == ["Alpha"])
        #expect(a.paths.first?.hops.isEmpty == true)
    }

    @Test("hop counts and 1/weight sums agree with NetworkX", .enabled(if: PathSearchTests.hasNetworkX()))
    func networkXAgreement() throws {
        for seed in [7, 8, 9] {
            let n = 40
            let g = randomGraph(nodes: n, p: 0.08, seed: UInt64(seed))
            let meetings = g.edgeAttribute(GraphKeys.meetings)!.values
            var lines = ""
            for e in 0..<g.edgeCount { lines += "\(g.sources[e]) \(g.targets[e]) \(meetings.int(e)!)\n" }
            let script = """
                import sys, json, networkx as nx
                G = nx.Graph()
                G.add_nodes_from(range(\(n)))
                for line in sys.stdin:
                    a, b, w = line.split()
                    G.add_edge(int(a), int(b), cost=1.0 / int(w))
                hops = nx.single_source_shortest_path_length(G, 0)
                dist = nx.single_source_dijkstra_path_length(G, 0, weight="cost")
                print(json.dumps({"hops": {str(k): v for k, v in hops.items()}, "dist": {str(k): v for k, v in dist.items()}}))
                """
            let out = try Self.python(script, stdin: lines)
            let obj = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: [String: Double]]
            let plain = PathNetwork(graph: g, options: PathOptions())
            var wo = PathOptions()
            wo.weighted = true
            let weighted = PathNetwork(graph: g, options: wo)
            for t in 1..<n {
                let p = PathSearch.shortest(plain, from: 0, to: t)
                let q = PathSearch.shortest(weighted, from: 0, to: t)
                if let h = obj["hops"]![String(t)] {
                    #expect(p?.hops == Int(h), "seed \(seed) target \(t)")
                    #expect(
                        q.map { approxEqual($0.inverseWeight, obj["dist"]![String(t)]!) } == true,
                        "seed \(seed) target \(t)")
                } else {
                    #expect(p == nil && q == nil)
                }
            }
        }
    }

    static func hasNetworkX() -> Bool { (try? python("import networkx", stdin: "")) != nil }

    static func python(_ script: String, stdin: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}
