import DiplographCore
import DiplographXML
import Foundation

/// Random node pairs of a GraphML file searched twice, the first search confined to the nodes
/// on a fewest-hop path (what `diplograph path` does) and over every node it reaches (the search
/// before that change): the paths must be the same, pair by pair. Prints the two searches' total
/// times and the pairs that differ.
enum PathPairsBench {
    static func run(path: String, pairs: Int, seed: UInt64) throws {
        var columns = GraphMLColumns()
        columns.nodeColumns = ["label"]
        columns.edgeColumns = [GraphKeys.kind, GraphKeys.meetings, GraphKeys.cooccurrences]
        columns.deferredEdgeStrings = [GraphKeys.meetingDates, GraphKeys.places, GraphKeys.sources, GraphKeys.evidence]
        let facts = try GraphMLReader(columns: columns).readEdgeFacts(path: path)
        let n = facts.graph.nodeCount
        guard n > 0 else { fail("path-pairs: the graph has no nodes") }
        var networks: [PathNetwork] = []
        for via in PathRelation.allCases {
            var o = PathOptions()
            o.via = via
            networks.append(PathNetwork(facts: facts, options: o))
        }
        var rng = SplitMix64(seed: seed)
        var same = 0
        var withPath = 0
        var whole = 0.0
        var confined = 0.0
        for i in 0..<pairs {
            let s = Int(rng.next() % UInt64(n))
            let t = Int(rng.next() % UInt64(n))
            let via = i % networks.count
            let k = i % 10 == 9 ? 2 : 1
            var t0 = Date()
            let a = PathSearch.kShortest(networks[via], from: s, to: t, k: k, confineFirstSearch: false)
            whole += Date().timeIntervalSince(t0)
            t0 = Date()
            let b = PathSearch.kShortest(networks[via], from: s, to: t, k: k)
            confined += Date().timeIntervalSince(t0)
            if a == b {
                same += 1
            } else {
                note("path-pairs: pair \(i) \(s) → \(t) via \(PathRelation.allCases[via]) k \(k) DIFFERS")
            }
            if !a.isEmpty { withPath += 1 }
            let name = PathRelation.allCases[via].rawValue
            print("\(i)\t\(s)\t\(t)\t\(name)\t\(k)\t\(a.map(\.nodes))\t\(a == b ? "same" : "DIFFERS")")
        }
        fflush(nil)  // the pair lines before the results
        result("path.pairs.same", Double(same), "pairs")
        result("path.pairs.total", Double(pairs), "pairs")
        result("path.search.whole", whole, "s")
        result("path.search.confined", confined, "s")
        note(
            "path-pairs: \(same)/\(pairs) the same (\(withPath) with a path); searches \(String(format: "%.3f", whole)) s "
                + "over every node, \(String(format: "%.3f", confined)) s confined")
    }
}
