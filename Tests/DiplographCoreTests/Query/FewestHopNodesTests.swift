import Testing

@testable import DiplographCore

@Suite("Path search confined to fewest-hop nodes")
struct FewestHopNodesTests {
    /// A random graph whose hops have few distinct weights (many exact and near ties).
    func tiedGraph(nodes n: Int, p: Double, seed: UInt64, weights: ClosedRange<Int>) -> AttributedGraph {
        var rng = SplitMix(seed: seed)
        var edges: [TestEdge] = []
        for a in 0..<n {
            for b in (a + 1)..<n where Double.random(in: 0..<1, using: &rng) < p {
                edges.append(
                    TestEdge(
                        a: a, b: b, meetings: Int.random(in: weights, using: &rng) - 1,
                        co: Int.random(in: weights, using: &rng)))
                // Now and then a parallel edge.
                if Double.random(in: 0..<1, using: &rng) < 0.05 {
                    edges.append(TestEdge(a: b, b: a, meetings: 1, co: Int.random(in: weights, using: &rng)))
                }
            }
        }
        return makeGraph(numbered(n), edges: edges)
    }

    @Test("every pair: the same paths as the search over the whole graph", arguments: 1...12)
    func samePathsAsWholeSearch(seed: Int) {
        let g = tiedGraph(
            nodes: 18 + seed * 3, p: seed % 2 == 0 ? 0.08 : 0.2, seed: UInt64(seed), weights: 1...(seed % 3 + 1))
        for via in PathRelation.allCases {
            var o = PathOptions()
            o.via = via
            if seed % 4 == 0 { o.excluded = [3] }
            let net = PathNetwork(graph: g, options: o)
            for s in 0..<g.nodeCount {
                for t in 0..<g.nodeCount {
                    for k in [1, 3] {
                        let whole = PathSearch.kShortest(net, from: s, to: t, k: k, confineFirstSearch: false)
                        let confined = PathSearch.kShortest(net, from: s, to: t, k: k)
                        #expect(confined == whole, "seed \(seed) via \(via) \(s) → \(t) k \(k)")
                    }
                }
            }
        }
    }

    @Test("the nodes off every fewest-hop path, and an unreachable end")
    func nodesOffThePaths() throws {
        // 0 – 1 – 3 and 0 – 2 – 3 (two 2-hop paths), 3 – 4, a spur 1 – 5, and 6 alone.
        let g = makeGraph(
            numbered(7),
            edges: [
                TestEdge(a: 0, b: 1, meetings: 1), TestEdge(a: 1, b: 3, meetings: 1), TestEdge(a: 0, b: 2, meetings: 1),
                TestEdge(a: 2, b: 3, meetings: 1), TestEdge(a: 3, b: 4, meetings: 1), TestEdge(a: 1, b: 5, meetings: 1),
            ])
        let net = PathNetwork(graph: g, options: PathOptions())
        let off = try #require(FewestHopNodes.outside(net, from: 0, to: 4))
        #expect(off == [false, false, false, false, false, true, true])
        #expect(FewestHopNodes.outside(net, from: 5, to: 2) == [false, false, false, false, true, false, true])
        #expect(FewestHopNodes.outside(net, from: 0, to: 6) == nil)
        #expect(PathSearch.kShortest(net, from: 0, to: 6, k: 2).isEmpty)
    }
}
