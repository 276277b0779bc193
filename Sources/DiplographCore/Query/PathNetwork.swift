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
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) { self.first = first; self.last = last }

    public init?(_ d: PartialDate) {
        let m0 = d.month ?? 1, m1 = d.month ?? 12
        guard let a = PartialDate(year: d.year, month: m0, day: d.day ?? 1).dayNumber,
              let b = PartialDate(year: d.year, month: m1, day: d.day ?? PartialDate.daysIn(month: m1, year: d.year)).dayNumber
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
    public var via: PathRelation = .meetings
    /// Minimise the sum of 1/weight instead of the number of hops.
    public var weighted = false
    /// Number of loopless paths wanted (best first).
    public var k = 1
    public var after: PartialDate?
    public var before: PartialDate?
    public var timeRespecting = false
    public var allowUndated = false
    /// Node indices the search must not go through.
    public var excluded: Set<Int> = []

    public init() {}

    var window: DayInterval? {
        guard after != nil || before != nil else { return nil }
        return DayInterval(first: after.flatMap { DayInterval($0)?.first } ?? Int.min,
                           last: before.flatMap { DayInterval($0)?.last } ?? Int.max)
    }
}

/// The searchable graph: integer node ids, CSR adjacency, one cost per usable edge.
///
/// Built once per query from an `AttributedGraph` and `PathOptions`: edges the options rule out
/// (wrong relation, no meeting in the date window, undated under `timeRespecting`, a self-loop,
/// an excluded endpoint, a weight that is not a positive finite number) are left out.
///
/// - Complexity: O(V + E) time and memory to build (plus parsing `meeting_dates` when a date
///   window or time order is asked for).
public struct PathNetwork: Sendable {
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
    /// Per original edge, the distinct meeting dates kept by the window (ISO, sorted).
    public let meetingDates: [[String]]
    public let options: PathOptions
    /// Whether the graph says which edges are meetings and which co-occurrences (a `kind`,
    /// `meetings` or `cooccurrences` edge attribute). A graph written by another tool (NetworkX,
    /// Gephi) often has none: then every edge is usable whatever `via`, with its `weight`.
    public let hasEdgeKinds: Bool

    public init(graph: AttributedGraph, options: PathOptions) {
        self.options = options
        nodeCount = graph.nodeCount
        let m = graph.edgeCount
        // Only the columns the relation needs are read; `meeting_dates` only for a date window
        // or time order. Numeric columns are read in place (no converted copy).
        let meetingsCol = NumberColumn(graph.edgeAttribute(GraphKeys.meetings)?.values, count: m)
        let coCol = NumberColumn(graph.edgeAttribute(GraphKeys.cooccurrences)?.values, count: m)
        let kindCol = options.via == .any ? nil : Self.strings(graph.edgeAttribute(GraphKeys.kind)?.values).flatMap { $0.count == m ? $0 : nil }
        let hasKind = Self.strings(graph.edgeAttribute(GraphKeys.kind)?.values).map { $0.count == m } ?? false
        let hasEdgeKinds = hasKind || meetingsCol.present || coCol.present
        self.hasEdgeKinds = hasEdgeKinds
        let window = options.window
        let needDates = window != nil || options.timeRespecting
        let datesCol = needDates ? Self.strings(graph.edgeAttribute(GraphKeys.meetingDates)?.values).flatMap { $0.count == m ? $0 : nil } : nil
        var excluded = [Bool](repeating: false, count: options.excluded.isEmpty ? 0 : nodeCount)
        for x in options.excluded where x >= 0 && x < nodeCount { excluded[x] = true }
        let hasWeights = graph.weights.count == m
        var weight = [Double](repeating: 0, count: m)
        var inverse = [Double](repeating: 0, count: m)
        var dates = [[String]](repeating: [], count: m)
        var intervalStart = [Int32](repeating: 0, count: options.timeRespecting ? m + 1 : 1)
        var intervals: [DayInterval] = []
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for e in 0..<m {
            if options.timeRespecting { intervalStart[e] = Int32(intervals.count) }
            let a = graph.sources[e], b = graph.targets[e]
            guard a != b, a >= 0, b >= 0, a < nodeCount, b < nodeCount else { continue }
            if !excluded.isEmpty && (excluded[a] || excluded[b]) { continue }
            let w0 = hasWeights ? graph.weights[e] : (graph.weights.indices.contains(e) ? graph.weights[e] : 1)
            var w: Double
            switch hasEdgeKinds ? options.via : .any {
            case .meetings:
                w = meetingsCol[e] ?? (kindCol?[e].map { $0 == "meeting" || $0 == "both" ? w0 : 0 } ?? 0)
            case .cooccurrence:
                w = coCol[e] ?? (!meetingsCol.present && !hasKind ? w0
                                 : (kindCol?[e].map { $0 == "cooccurrence" || $0 == "both" ? w0 : 0 } ?? 0))
            case .any: w = w0
            }
            guard w > 0, w.isFinite else { continue }
            if needDates {
                var kept: [(String, DayInterval)] = []
                if let text = datesCol?[e] {
                    for part in text.components(separatedBy: listSeparator) {
                        guard let d = PartialDate(iso: part.trimmingCharacters(in: .whitespaces)),
                              let iv = DayInterval(d) else { continue }
                        if let win = window, iv.last < win.first || iv.first > win.last { continue }
                        kept.append((d.iso, iv))
                    }
                }
                kept.sort { ($0.1.first, $0.1.last, $0.0) < ($1.1.first, $1.1.last, $1.0) }
                if window != nil {
                    if kept.isEmpty { continue }
                    if options.via == .meetings { w = Double(Set(kept.map(\.0)).count) }
                }
                if options.timeRespecting {
                    if kept.isEmpty && !options.allowUndated { continue }
                    intervals += kept.map(\.1)
                }
                dates[e] = Array(Set(kept.map(\.0))).sorted()
            }
            weight[e] = w
            inverse[e] = 1 / w
            degree[a] += 1
            degree[b] += 1
        }
        if options.timeRespecting { intervalStart[m] = Int32(intervals.count) }
        // CSR: prefix sums, then fill; sort each row by neighbour (then edge) for a stable order.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + degree[v] }
        var fill = offsets
        var nbr = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        var slot = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        for e in 0..<m where weight[e] > 0 {
            let a = graph.sources[e], b = graph.targets[e]
            nbr[Int(fill[a])] = Int32(b); slot[Int(fill[a])] = Int32(e); fill[a] += 1
            nbr[Int(fill[b])] = Int32(a); slot[Int(fill[b])] = Int32(e); fill[b] += 1
        }
        for v in 0..<nodeCount {
            let r = Int(offsets[v])..<Int(offsets[v + 1])
            guard r.count > 1 else { continue }
            var sorted = true
            for i in r.dropFirst() where (nbr[i - 1], slot[i - 1]) > (nbr[i], slot[i]) { sorted = false; break }
            if sorted { continue }
            var pairs = zip(nbr[r], slot[r]).map { ($0, $1) }
            pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            for (i, p) in pairs.enumerated() { nbr[r.lowerBound + i] = p.0; slot[r.lowerBound + i] = p.1 }
        }
        self.offsets = offsets
        self.neighbors = nbr
        self.slotEdge = slot
        self.weight = weight
        self.inverse = inverse
        self.intervalStart = intervalStart
        self.intervals = intervals
        self.meetingDates = dates
    }

    /// A numeric column as doubles (nil when absent, not numeric, or of the wrong length).
    static func numbers(_ c: AttributeColumn?) -> [Double?]? {
        switch c {
        case .int(let v)?: return v.map { $0.map(Double.init) }
        case .double(let v)?: return v
        default: return nil
        }
    }

    /// A numeric edge column read in place (`int` or `double`; absent otherwise).
    struct NumberColumn {
        let ints: [Int?]?
        let doubles: [Double?]?
        var present: Bool { ints != nil || doubles != nil }

        init(_ c: AttributeColumn?, count: Int) {
            switch c {
            case .int(let v)? where v.count == count: ints = v; doubles = nil
            case .double(let v)? where v.count == count: ints = nil; doubles = v
            default: ints = nil; doubles = nil
            }
        }

        @inline(__always) subscript(_ e: Int) -> Double? {
            if let ints { return ints[e].map(Double.init) }
            return doubles?[e] ?? nil
        }
    }

    static func strings(_ c: AttributeColumn?) -> [String?]? {
        if case .string(let v)? = c { return v }
        return nil
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

import Foundation
