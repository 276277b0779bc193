import Foundation

/// Which edges a path may follow.
public enum PathRelation: String, Sendable, CaseIterable {
    /// Edges with at least one meeting; hop weight = number of meetings.
    case meetings
    /// Edges with at least one co-occurrence; hop weight = number of co-occurrence windows.
    case cooccurrence
    /// Every edge with a positive weight; hop weight = the edge's `weight`.
    case any
}

/// A closed interval of days (day numbers since 1970-01-01): a day, or the whole month or year
/// of a date known only to the month or year.
public struct DayInterval: Sendable, Hashable {
    /// The first day.
    public var first: Int
    /// The last day (inclusive).
    public var last: Int

    /// The days `first...last`.
    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Whether the two intervals share a day.
    public func overlaps(_ other: DayInterval) -> Bool { !(last < other.first || first > other.last) }

    /// The days a date may be: one day, or its whole month or year; nil for an invalid date.
    public init?(_ d: PartialDate) {
        let m0 = d.month ?? 1
        let m1 = d.month ?? 12
        guard let a = PartialDate(year: d.year, month: m0, day: d.day ?? 1).dayNumber,
            let b = PartialDate(year: d.year, month: m1, day: d.day ?? PartialDate.daysIn(month: m1, year: d.year))
                .dayNumber
        else { return nil }
        first = a
        last = b
    }
}

/// What to search and how.
///
/// Date semantics (documented in `diplograph path --help`):
/// - `after`/`before` are inclusive (`--after 2025-09` = on or after 2025-09-01, `--before 2025-09`
///   = on or before 2025-09-30). A meeting known only to the month or year is in the window when
///   its month or year overlaps the window. With either bound, an edge is kept only when it has at
///   least one meeting date in the window (whatever `via`), and with `via: .meetings` its weight is
///   the number of distinct meeting dates in the window.
/// - `timeRespecting`: the hops' meeting dates must be choosable so that each hop is no earlier
///   than the previous one (a month- or year-precision date may be any day of it). Hops without
///   any dated meeting (co-occurrences, undated meetings) are not followed, unless `allowUndated`
///   is set: then they are followed and do not move the clock.
public struct PathOptions: Sendable {
    /// Which edges a path may follow.
    public var via: PathRelation = .meetings
    /// Minimise the sum of 1/weight instead of the number of hops.
    public var weighted = false
    /// Number of loopless paths wanted (best first).
    public var k = 1
    /// Keep only meetings on or after this date (inclusive, as a period).
    public var after: PartialDate?
    /// Keep only meetings on or before this date (inclusive, as a period).
    public var before: PartialDate?
    /// Follow only chains whose meeting dates can be in order.
    public var timeRespecting = false
    /// With `timeRespecting`, also follow hops without a dated meeting.
    public var allowUndated = false
    /// Node indices the search must not go through.
    public var excluded: Set<Int> = []

    /// Meetings only, fewest hops, one path, no dates, nothing excluded.
    public init() {}

    var window: DayInterval? {
        guard after != nil || before != nil else { return nil }
        return DayInterval(
            first: after.flatMap { DayInterval($0)?.first } ?? Int.min,
            last: before.flatMap { DayInterval($0)?.last } ?? Int.max)
    }
}

/// The searchable graph: integer node ids, CSR adjacency, one cost per usable edge.
///
/// Built once per query from a graph's `GraphCodec.EdgeFacts` and `PathOptions`: edges the options rule out
/// (wrong relation, no meeting in the date window, undated under `timeRespecting`, a self-loop,
/// an excluded endpoint, a weight that is not a positive finite number) are left out.
///
/// - Complexity: O(V + E) time and memory to build (plus parsing `meeting_dates` when a date
///   window or time order is asked for).
public struct PathNetwork: Sendable {
    /// Number of nodes (indices `0..<nodeCount`).
    public let nodeCount: Int
    /// Neighbours of node `v` are `neighbors[offsets[v]..<offsets[v+1]]`, sorted by node index.
    let offsets: [Int32]
    let neighbors: [Int32]
    /// The original edge index of each adjacency slot.
    let slotEdge: [Int32]
    /// Per original edge: the relation weight (0 when the edge is not usable).
    public let weight: [Double]
    /// Per original edge: 1/weight (the hop's cost in weighted mode and the tie-breaker otherwise).
    let inverse: [Double]
    /// Per original edge: its meeting intervals in the window, `intervals[intervalStart[e]..<intervalStart[e+1]]`,
    /// sorted by first day (only filled when `timeRespecting`).
    let intervalStart: [Int32]
    let intervals: [DayInterval]
    /// Per original edge, the distinct meeting dates kept by the window, sorted by ISO form
    /// (empty, no rows, when the options ask for no date window or time order).
    public let meetingDates: [[PartialDate]]
    /// The options the network was built for.
    public let options: PathOptions
    /// The facts of the graph's edges the network was built from.
    public let facts: GraphCodec.EdgeFacts
    /// Whether the graph says which edges are meetings and which co-occurrences (a `kind`,
    /// `meetings` or `cooccurrences` edge attribute). A graph written by another tool (NetworkX,
    /// Gephi) often has none: then every edge is usable whatever `via`, with its `weight`.
    public let hasEdgeKinds: Bool

    /// The network of a graph's edges (see `init(facts:options:)`).
    public init(graph: AttributedGraph, options: PathOptions) {
        self.init(facts: GraphCodec.EdgeFacts(graph: graph), options: options)
    }

    /// The network of the edges `facts` describes. Only the facts the relation needs are read;
    /// meeting dates only for a date window or time order.
    public init(facts: GraphCodec.EdgeFacts, options: PathOptions) {
        let graph = facts.graph
        self.options = options
        self.facts = facts
        nodeCount = graph.nodeCount
        let m = graph.edgeCount
        hasEdgeKinds = facts.hasKinds
        let needDates = options.window != nil || options.timeRespecting
        var excluded = [Bool](repeating: false, count: options.excluded.isEmpty ? 0 : nodeCount)
        for x in options.excluded where x >= 0 && x < nodeCount { excluded[x] = true }
        var weight = [Double](repeating: 0, count: m)
        var inverse = [Double](repeating: 0, count: m)
        var dates = [[PartialDate]](repeating: [], count: needDates ? m : 0)
        var intervalStart = [Int32](repeating: 0, count: options.timeRespecting ? m + 1 : 1)
        var intervals: [DayInterval] = []
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for e in 0..<m {
            if options.timeRespecting { intervalStart[e] = Int32(intervals.count) }
            let a = graph.sources[e]
            let b = graph.targets[e]
            guard a != b, a >= 0, b >= 0, a < nodeCount, b < nodeCount else { continue }
            if !excluded.isEmpty && (excluded[a] || excluded[b]) { continue }
            var w = Self.relationWeight(facts, e, via: options.via)
            guard w > 0, w.isFinite else { continue }
            if needDates {
                let kept = Self.meetingIntervals(facts.meetingDates(e), in: options.window)
                if options.window != nil {
                    if kept.isEmpty { continue }
                    if options.via == .meetings { w = Double(Set(kept.map(\.date)).count) }
                }
                if options.timeRespecting {
                    if kept.isEmpty && !options.allowUndated { continue }
                    intervals += kept.map(\.interval)
                }
                dates[e] = Array(Set(kept.map(\.date))).sorted { $0.iso < $1.iso }
            }
            weight[e] = w
            inverse[e] = 1 / w
            degree[a] += 1
            degree[b] += 1
        }
        if options.timeRespecting { intervalStart[m] = Int32(intervals.count) }
        (offsets, neighbors, slotEdge) = Self.adjacency(graph, weight: weight, degree: degree)
        self.weight = weight
        self.inverse = inverse
        self.intervalStart = intervalStart
        self.intervals = intervals
        self.meetingDates = dates
    }

    /// Edge `e`'s weight for `via`: its number of meetings or co-occurrences, or its `weight`
    /// (1 when the graph has none). A graph without edge kinds has only `weight`. Without a
    /// count, the `kind` says whether the edge has the relation (then its weight counts).
    static func relationWeight(_ facts: GraphCodec.EdgeFacts, _ e: Int, via: PathRelation) -> Double {
        let weights = facts.graph.weights
        let w0 = weights.indices.contains(e) ? weights[e] : 1
        switch facts.hasKinds ? via : .any {
        case .meetings:
            return facts.meetings(e) ?? (facts.kind(e).map { $0.includesMeeting ? w0 : 0 } ?? 0)
        case .cooccurrence:
            if let c = facts.cooccurrences(e) { return c }
            if !facts.hasMeetingCounts && !facts.hasKindColumn { return w0 }
            return facts.kind(e).map { $0.includesCooccurrence ? w0 : 0 } ?? 0
        case .any: return w0
        }
    }

    /// The dates in `window` (all without one) with their day intervals, sorted by first day,
    /// last day, then ISO form.
    static func meetingIntervals(_ dates: [PartialDate], in window: DayInterval?) -> [(
        date: PartialDate, interval: DayInterval
    )] {
        var kept: [(date: PartialDate, interval: DayInterval)] = []
        for d in dates {
            guard let iv = DayInterval(d) else { continue }
            if let win = window, !iv.overlaps(win) { continue }
            kept.append((d, iv))
        }
        kept.sort {
            ($0.interval.first, $0.interval.last, $0.date.iso) < ($1.interval.first, $1.interval.last, $1.date.iso)
        }
        return kept
    }

    /// CSR adjacency of the usable edges (weight > 0): each row sorted by neighbour, then edge,
    /// for a stable order.
    static func adjacency(_ graph: AttributedGraph, weight: [Double], degree: [Int32])
        -> (offsets: [Int32], neighbors: [Int32], slotEdge: [Int32])
    {
        let nodeCount = graph.nodeCount
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + degree[v] }
        var fill = offsets
        var nbr = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        var slot = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        for e in 0..<weight.count where weight[e] > 0 {
            let a = graph.sources[e]
            let b = graph.targets[e]
            nbr[Int(fill[a])] = Int32(b)
            slot[Int(fill[a])] = Int32(e)
            fill[a] += 1
            nbr[Int(fill[b])] = Int32(a)
            slot[Int(fill[b])] = Int32(e)
            fill[b] += 1
        }
        for v in 0..<nodeCount {
            let r = Int(offsets[v])..<Int(offsets[v + 1])
            guard r.count > 1 else { continue }
            var sorted = true
            for i in r.dropFirst() where (nbr[i - 1], slot[i - 1]) > (nbr[i], slot[i]) {
                sorted = false
                break
            }
            if sorted { continue }
            var pairs = zip(nbr[r], slot[r]).map { ($0, $1) }
            pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            for (i, p) in pairs.enumerated() {
                nbr[r.lowerBound + i] = p.0
                slot[r.lowerBound + i] = p.1
            }
        }
        return (offsets, nbr, slot)
    }

    /// Number of usable edges.
    public var usableEdgeCount: Int { neighbors.count / 2 }

    /// The clock after taking edge `e` at clock `t` under time order, or nil when no meeting of
    /// `e` can be on or after `t`. An undated edge (allowed only with `allowUndated`) keeps `t`.
    func advance(_ t: Int, along e: Int) -> Int? {
        let r = Int(intervalStart[e])..<Int(intervalStart[e + 1])
        if r.isEmpty { return t }
        var best: Int?
        for i in r where intervals[i].last >= t {
            let c = max(t, intervals[i].first)
            if best.map({ c < $0 }) ?? true { best = c }
        }
        return best
    }
}
