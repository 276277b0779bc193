import Foundation

@testable import DiplographCore

/// One hand-made edge: meetings, co-occurrences, meeting dates and the evidence attributes.
struct TestEdge {
    var a: Int
    var b: Int
    var meetings = 0
    var co = 0
    var dates: [String] = []
    var places: [String] = []
    var sources: [String] = []
    var evidence: String?
}

/// Builds an AttributedGraph with the attributes GraphBuilder writes (weight = co-occurrences + meetings).
func makeGraph(
    _ labels: [String], aliases: [String?]? = nil, types: [String]? = nil, ids: [String]? = nil,
    edges: [TestEdge]
) -> AttributedGraph {
    var g = AttributedGraph()
    g.labels = labels
    g.nodeAttributes = [
        Attribute(
            name: GraphKeys.entityID, type: .string,
            values: .string(ids ?? labels.map { $0.lowercased().replacingOccurrences(of: " ", with: "-") })),
        Attribute(name: GraphKeys.type, type: .string, values: .string(types ?? labels.map { _ in "person" })),
        Attribute(name: GraphKeys.aliases, type: .string, values: .string(aliases ?? labels.map { _ in nil })),
    ]
    g.sources = edges.map(\.a)
    g.targets = edges.map(\.b)
    g.weights = edges.map { Double($0.co + $0.meetings) }
    func joined(_ xs: [String]) -> String? { xs.isEmpty ? nil : xs.joined(separator: AttributeColumn.listSeparator) }
    g.edgeAttributes = [
        Attribute(
            name: GraphKeys.kind, type: .string,
            values: .string(
                edges.map {
                    $0.meetings > 0 ? ($0.co > 0 ? "both" : "meeting") : "cooccurrence"
                })),
        Attribute(name: GraphKeys.cooccurrences, type: .int, values: .int(edges.map(\.co))),
        Attribute(name: GraphKeys.meetings, type: .int, values: .int(edges.map(\.meetings))),
        Attribute(name: GraphKeys.meetingDates, type: .string, values: .string(edges.map { joined($0.dates) })),
        Attribute(name: GraphKeys.places, type: .string, values: .string(edges.map { joined($0.places) })),
        Attribute(name: GraphKeys.sources, type: .string, values: .string(edges.map { joined($0.sources) })),
        Attribute(name: GraphKeys.evidence, type: .string, values: .string(edges.map(\.evidence))),
    ]
    return g
}

/// Node labels "n0" … of a graph whose nodes are only numbers.
func numbered(_ n: Int) -> [String] { (0..<n).map { "n\($0)" } }

/// A small deterministic generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random simple graph: each pair joined with probability `p`, 1–4 meetings, 0–5 co-occurrences,
/// meetings dated on random days of September 2025.
func randomGraph(nodes n: Int, p: Double, seed: UInt64) -> AttributedGraph {
    var rng = SplitMix(seed: seed)
    var edges: [TestEdge] = []
    for a in 0..<n {
        for b in (a + 1)..<n where Double.random(in: 0..<1, using: &rng) < p {
            let m = Int.random(in: 1...4, using: &rng)
            let dates = Set((0..<m).map { _ in String(format: "2025-09-%02d", Int.random(in: 1...30, using: &rng)) })
            edges.append(
                TestEdge(a: a, b: b, meetings: m, co: Int.random(in: 0...5, using: &rng), dates: dates.sorted()))
        }
    }
    return makeGraph(numbered(n), edges: edges)
}

/// Every simple path from `s` to `t` over the edges `usable` accepts, by brute force.
func allSimplePaths(_ g: AttributedGraph, from s: Int, to t: Int, usable: (Int) -> Bool) -> [(
    nodes: [Int], edges: [Int]
)] {
    var adj = [[(Int, Int)]](repeating: [], count: g.nodeCount)
    for e in 0..<g.edgeCount where usable(e) && g.sources[e] != g.targets[e] {
        adj[g.sources[e]].append((g.targets[e], e))
        adj[g.targets[e]].append((g.sources[e], e))
    }
    var out: [([Int], [Int])] = []
    var onPath = [Bool](repeating: false, count: g.nodeCount)
    func dfs(_ v: Int, _ nodes: [Int], _ edges: [Int]) {
        if v == t {
            out.append((nodes, edges))
            return
        }
        for (w, e) in adj[v] where !onPath[w] {
            onPath[w] = true
            dfs(w, nodes + [w], edges + [e])
            onPath[w] = false
        }
    }
    onPath[s] = true
    dfs(s, [s], [])
    return out.map { (nodes: $0.0, edges: $0.1) }
}

func approxEqual(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

/// Runs a query on an in-memory graph with the graph's own attributes as evidence.
func query(
    _ g: AttributedGraph, _ from: String, _ to: String, exclude: [String] = [],
    configure: (inout PathOptions) -> Void = { _ in }
) throws -> PathAnswer {
    var o = PathOptions()
    configure(&o)
    return try PathQuery.run(
        graph: g, from: from, to: to, exclude: exclude, options: o, evidence: GraphHopEvidence(graph: g))
}
