/// The nodes that lie on some fewest-hop path between two nodes of a `PathNetwork`, found by a
/// breadth-first search from both ends that stops where the two meet.
///
/// A fewest-hops search (neither weighted nor timed) may be confined to these nodes without
/// changing its answer: every label it keeps at such a node has the node's hop distance, and
/// every neighbour offering a label with that many hops is itself on a fewest-hop path (a
/// neighbour `u` of `v` with `ds(u) = ds(v) - 1` has `dt(u) ≤ dt(v) + 1`). So the labels of these
/// nodes, the order in which they are inserted and popped (the heap pops in increasing key
/// order and label numbers keep their relative order) and every tie between them are those of
/// the whole search; the other nodes only cost time.
///
/// ```swift
/// if let off = FewestHopNodes.outside(net, from: s, to: t) { /* off[v]: not on any such path */ }
/// ```
///
/// - Complexity: O(sum of the degrees of the nodes reached), which for far-apart nodes of a
///   large graph is a small part of the whole graph: each step extends the side whose frontier
///   has the fewer adjacency slots.
enum FewestHopNodes {
    /// Per node, true when it is on no fewest-hop path from `s` to `t` (`s != t`); nil when
    /// `t` cannot be reached from `s`.
    static func outside(_ net: PathNetwork, from s: Int, to t: Int) -> [Bool]? {
        let n = net.nodeCount
        var forward = Side(start: s, net: net)
        var backward = Side(start: t, net: net)
        var meet: [Int32] = []
        while meet.isEmpty {
            let grown: Bool
            if forward.volume <= backward.volume {
                grown = forward.grow(net, other: backward.distance, meet: &meet)
            } else {
                grown = backward.grow(net, other: forward.distance, meet: &meet)
            }
            if !grown { return nil }
        }
        // The meeting nodes are the path nodes at the forward side's last level (and at the
        // backward side's last level); a node one level nearer either end is on a path when a
        // neighbour one level farther is.
        var off = [Bool](repeating: true, count: n)
        for v in meet { off[Int(v)] = false }
        for side in [forward, backward] {
            var level = meet
            var d = Int32(side.levels - 1)
            while d > 0 {
                d -= 1
                var nearer: [Int32] = []
                for w in level {
                    for slot in Int(net.offsets[Int(w)])..<Int(net.offsets[Int(w) + 1]) {
                        let u = Int(net.neighbors[slot])
                        if side.distance[u] == d && off[u] {
                            off[u] = false
                            nearer.append(Int32(u))
                        }
                    }
                }
                level = nearer
            }
        }
        return off
    }

    /// One end's breadth-first search: hop distances (-1: not reached) and its last level.
    struct Side {
        var distance: [Int32]
        var frontier: [Int32]
        /// Adjacency slots of the frontier (the cost of growing it).
        var volume: Int
        /// Number of levels reached (the last one is `levels - 1` hops away).
        var levels = 1

        init(start: Int, net: PathNetwork) {
            distance = [Int32](repeating: -1, count: net.nodeCount)
            distance[start] = 0
            frontier = [Int32(start)]
            volume = Int(net.offsets[start + 1] - net.offsets[start])
        }

        /// Adds the next level; the new nodes the other side has reached go to `meet`. False
        /// when there is no next level.
        mutating func grow(_ net: PathNetwork, other: [Int32], meet: inout [Int32]) -> Bool {
            let d = Int32(levels)
            var next: [Int32] = []
            var vol = 0
            for v in frontier {
                for slot in Int(net.offsets[Int(v)])..<Int(net.offsets[Int(v) + 1]) {
                    let w = Int(net.neighbors[slot])
                    if distance[w] >= 0 { continue }
                    distance[w] = d
                    next.append(Int32(w))
                    vol += Int(net.offsets[w + 1] - net.offsets[w])
                    if other[w] >= 0 { meet.append(Int32(w)) }
                }
            }
            guard !next.isEmpty else { return false }
            frontier = next
            volume = vol
            levels += 1
            return true
        }
    }
}
