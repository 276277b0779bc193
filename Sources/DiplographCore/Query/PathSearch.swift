/// A path found in a `PathNetwork`: node indices, the original edge index of each hop, and its cost.
public struct FoundPath: Sendable, Hashable {
    /// Node indices from start to end.
    public var nodes: [Int]
    /// The original edge index of each hop.
    public var edges: [Int]
    /// Sum of 1/weight over the hops.
    public var inverseWeight: Double

    /// Number of hops.
    public var hops: Int { edges.count }

    /// A path; see the properties for the arguments.
    public init(nodes: [Int], edges: [Int], inverseWeight: Double) {
        self.nodes = nodes
        self.edges = edges
        self.inverseWeight = inverseWeight
    }

    /// The number the `--json` output calls `cost`: hops, or the sum of 1/weight when weighted.
    public func cost(weighted: Bool) -> Double { weighted ? inverseWeight : Double(hops) }
}

/// Shortest-path search on a `PathNetwork`.
///
/// Cost order (lexicographic): by default fewest hops, then the stronger chain — the smaller
/// sum of 1/weight (so between two 2-hop chains, the one whose meetings are more numerous wins);
/// with `weighted`, the smaller sum of 1/weight, then fewer hops. Remaining exact ties go to the
/// path whose node-index sequence is lexicographically smallest (node indices follow the graph's
/// node order, entity ids for graphs Diplograph builds), so answers are deterministic.
/// Sums of 1/weight closer than 1e-9 (relative) count as equal.
///
/// Under time order (`PathOptions.timeRespecting`) the search keeps, per node, the Pareto set of
/// (cost, clock) labels: a later arrival may still be needed when it is cheaper. Without time
/// order this is Dijkstra's algorithm with a binary heap, one label per node.
///
/// - Complexity: O(E log V) per search without time order; with it, O(L log L) for L labels
///   (at most V × distinct meeting dates).
public enum PathSearch {
    /// The best path, or nil when `to` cannot be reached.
    public static func shortest(_ net: PathNetwork, from: Int, to: Int) -> FoundPath? {
        kShortest(net, from: from, to: to, k: 1).first
    }

    /// The `k` best loopless paths, best first (Yen's algorithm); fewer when fewer exist.
    public static func kShortest(_ net: PathNetwork, from: Int, to: Int, k: Int) -> [FoundPath] {
        kShortest(net, from: from, to: to, k: k, confineFirstSearch: true)
    }

    /// `kShortest`; without `confineFirstSearch` the first search visits every node it reaches
    /// (for the tests and `diplograph-bench path-pairs`, which compare the two).
    package static func kShortest(
        _ net: PathNetwork, from: Int, to: Int, k: Int, confineFirstSearch: Bool
    ) -> [FoundPath] {
        guard k > 0, from >= 0, to >= 0, from < net.nodeCount, to < net.nodeCount,
            !net.options.excluded.contains(from), !net.options.excluded.contains(to)
        else { return [] }
        if from == to { return [FoundPath(nodes: [from], edges: [], inverseWeight: 0)] }
        var search = LabelSearch(net)
        let weighted = net.options.weighted
        // Fewest hops first: the first search needs only the nodes on a fewest-hop path
        // (`FewestHopNodes`: same labels, same ties, same answer).
        let confined = confineFirstSearch && !weighted && !net.options.timeRespecting
        if confined {
            guard let off = FewestHopNodes.outside(net, from: from, to: to) else { return [] }
            search.blocked = off
        }
        guard
            let first = search.run(
                from: from, to: to, hops: 0, inverse: 0, clock: Int.min,
                blockedNodes: [], blockedNext: [])
        else { return [] }
        if confined && k > 1 { search.blocked = [Bool](repeating: false, count: net.nodeCount) }
        var found = [first]
        var seen: Set<[Int]> = [first.nodes]
        var candidates: [FoundPath] = []
        while found.count < k {
            let prev = found[found.count - 1]
            var rootInverse = 0.0
            var rootClock = Int.min
            for i in 0..<(prev.nodes.count - 1) {
                let spur = prev.nodes[i]
                let root = Array(prev.nodes[0...i])
                // Yen: the spur may not leave by a hop an accepted path with the same root took,
                // nor go back through the root.
                var blockedNext = Set<Int>()
                for p in found where p.nodes.count > i + 1 && Array(p.nodes[0...i]) == root {
                    blockedNext.insert(p.nodes[i + 1])
                }
                if let spurPath = search.run(
                    from: spur, to: to, hops: i, inverse: rootInverse, clock: rootClock,
                    blockedNodes: root.dropLast(), blockedNext: blockedNext)
                {
                    let total = FoundPath(
                        nodes: root.dropLast() + spurPath.nodes,
                        edges: Array(prev.edges[0..<i]) + spurPath.edges,
                        inverseWeight: spurPath.inverseWeight)
                    if seen.insert(total.nodes).inserted { candidates.append(total) }
                }
                // Extend the root by one hop.
                let e = prev.edges[i]
                rootInverse += net.inverse[e]
                if net.options.timeRespecting { rootClock = net.advance(rootClock, along: e) ?? rootClock }
            }
            guard !candidates.isEmpty else { break }
            var best = 0
            for j in 1..<candidates.count where isBetter(candidates[j], than: candidates[best], weighted: weighted) {
                best = j
            }
            found.append(candidates.remove(at: best))
        }
        return found
    }

    /// Total order on paths: cost (see the type's documentation), then node sequence.
    public static func isBetter(_ a: FoundPath, than b: FoundPath, weighted: Bool) -> Bool {
        let c = compare(hops: a.hops, a.inverseWeight, b.hops, b.inverseWeight, weighted: weighted)
        if c != 0 { return c < 0 }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }

    static func compare(hops h1: Int, _ i1: Double, _ h2: Int, _ i2: Double, weighted: Bool) -> Int {
        func d(_ x: Double, _ y: Double) -> Int {
            if abs(x - y) <= 1e-9 * max(1, abs(x), abs(y)) { return 0 }
            return x < y ? -1 : 1
        }
        let hc = h1 == h2 ? 0 : (h1 < h2 ? -1 : 1)
        if weighted {
            let c = d(i1, i2)
            return c != 0 ? c : hc
        }
        return hc != 0 ? hc : d(i1, i2)
    }

}

/// One label-setting search (Dijkstra over (node, clock) labels), reusable across Yen's spurs.
struct LabelSearch {
    let net: PathNetwork
    // Labels, structure of arrays.
    var node: [Int32] = []
    var parent: [Int32] = []
    var edge: [Int32] = []
    var hops: [Int32] = []
    var inverse: [Double] = []
    var clock: [Int] = []
    var alive: [Bool] = []
    /// Without time order: the one alive label per node (-1: none), and its hop count (a copy
    /// of `hops[best[v]]`, read before the label's other fields).
    var best: [Int32]
    var bestHops: [Int32]
    /// With time order: the alive labels per node.
    var atNode: [[Int32]]
    var touched: [Int32] = []
    var blocked: [Bool]
    var heap = BinaryHeap()

    init(_ net: PathNetwork) {
        self.net = net
        best = [Int32](repeating: -1, count: net.nodeCount)
        bestHops = [Int32](repeating: 0, count: net.options.timeRespecting ? 0 : net.nodeCount)
        atNode = [[Int32]](repeating: [], count: net.options.timeRespecting ? net.nodeCount : 0)
        blocked = [Bool](repeating: false, count: net.nodeCount)
    }

    mutating func reset() {
        if atNode.isEmpty {
            for v in touched { best[Int(v)] = -1 }
        } else {
            for v in touched { atNode[Int(v)].removeAll(keepingCapacity: false) }
        }
        touched.removeAll(keepingCapacity: true)
        node.removeAll(keepingCapacity: true)
        parent.removeAll(keepingCapacity: true)
        edge.removeAll(keepingCapacity: true)
        hops.removeAll(keepingCapacity: true)
        inverse.removeAll(keepingCapacity: true)
        clock.removeAll(keepingCapacity: true)
        alive.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    /// The best path from `from` to `to`, whose cost and clock start at the given values (the
    /// root of a Yen spur), avoiding `blockedNodes` and, on the first hop, `blockedNext`.
    mutating func run(
        from: Int, to: Int, hops h0: Int, inverse i0: Double, clock c0: Int,
        blockedNodes: ArraySlice<Int>, blockedNext: Set<Int>
    ) -> FoundPath? {
        reset()
        for b in blockedNodes { blocked[b] = true }
        defer { for b in blockedNodes { blocked[b] = false } }
        let weighted = net.options.weighted
        let temporal = net.options.timeRespecting
        // Fewest hops first (neither weighted nor timed): a node that already has a label with
        // fewer hops keeps it whatever the weights, so such a hop is skipped before its edge
        // and costs are read (`insert` would refuse it the same way).
        let hopsFirst = !weighted && !temporal
        _ = insert(
            v: from, parent: -1, edge: -1, hops: h0, inverse: i0, clock: temporal && from != to ? c0 : Int.min,
            weighted: weighted)
        while let top = heap.pop() {
            let l = Int(top.label)
            guard alive[l] else { continue }
            let v = Int(node[l])
            if v == to { return path(to: l, inverseStart: i0) }
            let r = Int(net.offsets[v])..<Int(net.offsets[v + 1])
            let next = hops[l] + 1
            for s in r {
                let w = Int(net.neighbors[s])
                if blocked[w] { continue }
                if hopsFirst && best[w] >= 0 && bestHops[w] < next { continue }
                if v == from && !blockedNext.isEmpty && blockedNext.contains(w) { continue }
                let e = Int(net.slotEdge[s])
                var t = Int.min
                if temporal {
                    guard let nt = net.advance(clock[l], along: e) else { continue }
                    t = w == to ? Int.min : nt
                }
                _ = insert(
                    v: w, parent: l, edge: e, hops: Int(hops[l]) + 1, inverse: inverse[l] + net.inverse[e],
                    clock: t, weighted: weighted)
            }
        }
        return nil
    }

    /// Stores a new, alive label (its index is `node.count` before the call).
    @inline(__always)
    private mutating func appendLabel(v: Int, parent p: Int, edge e: Int, hops h: Int, inverse i: Double, clock t: Int)
    {
        node.append(Int32(v))
        parent.append(Int32(p))
        edge.append(Int32(e))
        hops.append(Int32(h))
        inverse.append(i)
        clock.append(t)
        alive.append(true)
    }

    /// Adds a label unless an alive label at `v` dominates it; kills the labels it dominates.
    mutating func insert(
        v: Int, parent p: Int, edge e: Int, hops h: Int, inverse i: Double, clock t: Int,
        weighted: Bool
    ) -> Bool {
        let new = node.count
        if atNode.isEmpty {
            // One label per node: a dominated label is never stored.
            let old = Int(best[v])
            if old < 0 {
                touched.append(Int32(v))
            } else {
                let c = PathSearch.compare(hops: Int(hops[old]), inverse[old], h, i, weighted: weighted)
                if c < 0 { return false }
                if c == 0 {
                    // Both sequences end with v: the one whose parent's sequence sorts first wins.
                    let q = Int(parent[old])
                    let newFirst = p >= 0 && q >= 0 ? precedes(p, q) : precedesSlow(parent: p, v, old)
                    if !newFirst { return false }
                }
                alive[old] = false
            }
            appendLabel(v: v, parent: p, edge: e, hops: h, inverse: i, clock: t)
            best[v] = Int32(new)
            bestHops[v] = Int32(h)
            heap.push(
                .init(
                    primary: weighted ? i : Double(h), secondary: weighted ? Double(h) : i, clock: t, label: Int32(new))
            )
            return true
        }
        appendLabel(v: v, parent: p, edge: e, hops: h, inverse: i, clock: t)
        if atNode[v].isEmpty { touched.append(Int32(v)) }
        var j = 0
        while j < atNode[v].count {
            let old = Int(atNode[v][j])
            let c = PathSearch.compare(hops: Int(hops[old]), inverse[old], h, i, weighted: weighted)
            if c <= 0 && clock[old] <= t {
                if c == 0 && clock[old] == t && precedes(new, old) {
                    alive[old] = false
                    atNode[v].remove(at: j)
                    continue
                }
                alive[new] = false
                return false
            }
            if c >= 0 && t <= clock[old] {
                alive[old] = false
                atNode[v].remove(at: j)
                continue
            }
            j += 1
        }
        atNode[v].append(Int32(new))
        heap.push(
            .init(primary: weighted ? i : Double(h), secondary: weighted ? Double(h) : i, clock: t, label: Int32(new)))
        return true
    }

    /// True when the node sequence of a label with parent `p` at node `v` sorts before label
    /// `b`'s (a start label has parent -1).
    func precedesSlow(parent p: Int, _ v: Int, _ b: Int) -> Bool {
        func sequence(_ l: Int) -> [Int32] {
            var out: [Int32] = []
            var x = l
            while x >= 0 {
                out.append(node[x])
                x = Int(parent[x])
            }
            return out.reversed()
        }
        return (sequence(p) + [Int32(v)]).lexicographicallyPrecedes(sequence(b))
    }

    /// True when label `a`'s node sequence from the search's start sorts before label `b`'s.
    ///
    /// Walks both parent chains at once (no array): labels of one run share the start label, so
    /// a label's depth is its hop count; the first difference from the start decides, and the
    /// walk stops where the chains meet (the same label: the same prefix).
    func precedes(_ a: Int, _ b: Int) -> Bool {
        var x = a
        var y = b
        let da = Int(hops[a])
        let db = Int(hops[b])
        var d = da
        while d > db {
            x = Int(parent[x])
            d -= 1
        }
        d = db
        while d > da {
            y = Int(parent[y])
            d -= 1
        }
        var decision: Bool?
        while x != y && x >= 0 && y >= 0 {
            if node[x] != node[y] { decision = node[x] < node[y] }
            x = Int(parent[x])
            y = Int(parent[y])
        }
        if let decision { return decision }
        return da < db
    }

    func path(to l: Int, inverseStart: Double) -> FoundPath {
        var nodes: [Int] = []
        var edges: [Int] = []
        var x = l
        while x >= 0 {
            nodes.append(Int(node[x]))
            if edge[x] >= 0 { edges.append(Int(edge[x])) }
            x = Int(parent[x])
        }
        return FoundPath(nodes: nodes.reversed(), edges: edges.reversed(), inverseWeight: inverse[l])
    }
}

/// A binary min-heap of search labels ordered by (primary, secondary, clock, label).
struct BinaryHeap {
    struct Entry {
        var primary: Double
        var secondary: Double
        var clock: Int
        var label: Int32

        @inline(__always) static func < (a: Entry, b: Entry) -> Bool {
            if a.primary != b.primary { return a.primary < b.primary }
            if a.secondary != b.secondary { return a.secondary < b.secondary }
            if a.clock != b.clock { return a.clock < b.clock }
            return a.label < b.label
        }
    }

    private var items: [Entry] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    mutating func push(_ x: Entry) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard items[i] < items[p] else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Entry? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            let n = items.count
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var m = i
                if l < n && items[l] < items[m] { m = l }
                if r < n && items[r] < items[m] { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
