import Foundation

/// Builds the graph of a corpus: stable node order (by entity id), stable edge order (by the
/// node indices of the pair), one edge per pair.
///
/// ```swift
/// var options = GraphOptions()
/// options.kind = .meetings
/// let typed = GraphBuilder.graph(corpus, options: options)    // EntityGraph
/// let file = GraphBuilder.build(corpus, options: options)     // AttributedGraph, for a writer
/// ```
public enum GraphBuilder {
    /// The typed graph of `corpus`.
    ///
    /// - Complexity: O(P log P) for P pairs (co-occurring or meeting), plus the meetings'
    ///   participants squared.
    public static func graph(_ corpus: CorpusResult, options: GraphOptions = GraphOptions()) -> EntityGraph {
        var corpus = corpus
        return graph(&corpus, options: options, consuming: false)
    }

    /// The graph of `corpus` as the writers take it: `GraphCodec.attributed(graph(corpus))`.
    public static func build(_ corpus: CorpusResult, options: GraphOptions = GraphOptions()) -> AttributedGraph {
        GraphCodec.attributed(graph(corpus, options: options))
    }

    /// The same graph as `build(_:options:)`, built from a corpus that is released as it goes:
    /// its meetings, co-occurrence statistics and evidence sentences are freed once their edge
    /// is made, so the corpus and the graph are not held at once. `corpus` is left with its
    /// entities, counts and inputs only.
    ///
    /// Each edge is lowered to its attribute values as soon as it is made (`GraphCodec.EdgeColumns`):
    /// the typed edges, with their article lists, are never all held beside the columns.
    /// With more than one thread, the edges of a block of rows are made and lowered on `threads`
    /// threads and appended in row order: the graph is the same.
    public static func build(
        consuming corpus: inout CorpusResult, options: GraphOptions = GraphOptions(),
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> AttributedGraph {
        var columns = GraphCodec.EdgeColumns()
        let g = graph(&corpus, options: options, consuming: true, edges: &columns, threads: threads)
        return GraphCodec.attributed(g, edges: columns)
    }

    /// `consuming`: whether `corpus` may be emptied (otherwise it is only read: a shared copy
    /// must not be mutated, which would copy it whole).
    static func graph(_ corpus: inout CorpusResult, options: GraphOptions, consuming: Bool) -> EntityGraph {
        var edges: [GraphEdge] = []
        var g = graph(&corpus, options: options, consuming: consuming, edges: &edges)
        g.edges = edges
        return g
    }

    /// The graph with its edges given to `sink`, in order, rather than kept in `edges`, a block
    /// of `blockRows` rows at a time; with more than one thread, each block is made on
    /// `threads` threads, in pieces of `pieceRows` rows appended in order.
    static func graph<Sink: GraphEdgeSink>(
        _ corpus: inout CorpusResult, options: GraphOptions, consuming: Bool, edges sink: inout Sink,
        threads: Int = 1, blockRows: Int = 4096, pieceRows: Int = 256
    ) -> EntityGraph {
        var meetingPairs = meetingPositionsByPair(corpus, options: options)
        // When consuming, a meeting goes once every pair of it has had its row: its pairs left.
        var pairsLeft: [Int32] = []
        if consuming {
            pairsLeft = [Int32](repeating: 0, count: corpus.meetings.count)
            for list in meetingPairs.values { for m in list { pairsLeft[Int(m)] += 1 } }
        }
        let rows = weightedPairs(corpus, meetingPairs: meetingPairs, options: options)
        let nodeIDs = nodeIDs(corpus.entities, rows: rows, options: options)
        var index: [String: Int] = [:]
        for (i, id) in nodeIDs.enumerated() { index[id] = i }
        // Edge order: by the node indices of the pair, looked up once per row.
        var ends: [(a: Int, b: Int, row: WeightedPair)] = rows.compactMap { r in
            guard let a = index[r.pair.a], let b = index[r.pair.b] else { return nil }
            return (a, b, r)
        }
        ends.sort { ($0.a, $0.b) < ($1.a, $1.b) }

        // When consuming, the meetings are kept as the facts an edge reads (`MeetingFacts`), not
        // as an array of meetings held to the end of the build.
        var facts = MeetingFacts()
        if consuming { facts = MeetingFacts(taking: &corpus.meetings) }
        var g = EntityGraph()
        g.description =
            "Diplograph \(options.kind.rawValue) graph of \(corpus.articleCount) articles"
            + " (window: \(options.window.rawValue), measure: \(options.measure.rawValue))"
        g.nodes = nodeIDs.map { node(corpus.entities[id: $0]!, entities: corpus.entities) }
        g.articleURLs = corpus.articleURLs
        if consuming { corpus.entityWindows = [:] }
        sink.reserveCapacity(ends.count)
        let entities = corpus.entities
        // Rows a block at a time: what each row needs is taken out of the tables in order (when
        // consuming, its statistics and meetings go once its edge is made), then the block's
        // edges are made (on several threads) and appended in row order.
        let block = max(1, blockRows)
        var released = 0
        for blockStart in stride(from: 0, to: ends.count, by: block) {
            let rows = blockStart..<min(blockStart + block, ends.count)
            var inputs: [EdgeInput] = []
            inputs.reserveCapacity(rows.count)
            var positionsOf: [[Int32]] = []
            for end in ends[rows] {
                let pair = end.row.pair
                // Each pair is one row.
                let stats =
                    options.kind == .meetings
                    ? nil
                    : (consuming ? corpus.cooccurrence.removeValue(forKey: pair) : corpus.cooccurrence[pair])
                let positions =
                    options.kind == .cooccurrence
                    ? []
                    : ((consuming ? meetingPairs.removeValue(forKey: pair) : meetingPairs[pair]) ?? [])
                inputs.append(
                    EdgeInput(
                        a: end.a, b: end.b, weight: end.row.weight, stats: stats,
                        meetings: positions.map { consuming ? facts.meeting(Int($0)) : corpus.meetings[Int($0)] }))
                if consuming { positionsOf.append(positions) }
            }
            if threads <= 1 || rows.count == 1 {
                for i in inputs {
                    sink.append(
                        edge(i.a, i.b, weight: i.weight, stats: i.stats, meetings: i.meetings, entities: entities))
                }
                inputs = []
            } else {
                // Each piece is taken by the thread that makes its edges: its inputs are let go there.
                let piece = max(1, pieceRows)
                let slots = Pieces(
                    stride(from: 0, to: inputs.count, by: piece).map {
                        Array(inputs[$0..<min($0 + piece, inputs.count)])
                    })
                inputs = []
                let lowered = ParallelMap.map(Array(0..<slots.buffer.count), threads: threads) { k -> Sink in
                    let taken = slots.take(k)
                    var part = Sink()
                    for i in taken {
                        part.append(
                            edge(
                                i.a, i.b, weight: i.weight, stats: i.stats, meetings: i.meetings,
                                entities: entities))
                    }
                    return part
                }
                slots.free()
                for part in lowered { sink.appendEdges(of: part) }
            }
            guard consuming else { continue }
            for positions in positionsOf {
                for m in positions.lazy.map(Int.init) {
                    pairsLeft[m] -= 1
                    if pairsLeft[m] == 0 { facts.release(m) }
                }
            }
            // The tables emptied as rows are taken go to smaller ones now and then.
            Dictionary.refitIfSparse(&corpus.cooccurrence)
            Dictionary.refitIfSparse(&meetingPairs)
            // What the rows freed was made on other threads: its pages go back now and then.
            if rows.upperBound >> 14 > released {
                released = rows.upperBound >> 14
                FreedMemory.release()
            }
        }
        if consuming {
            corpus.cooccurrence = [:]
            facts = MeetingFacts()
        }
        return g
    }

    /// What one row's edge is made from.
    struct EdgeInput: Sendable {
        var a: Int
        var b: Int
        var weight: Double
        var stats: CooccurrenceStats?
        var meetings: [Meeting]
    }

    /// The pieces of a block's rows, each taken once by the thread that makes its edges (the
    /// slots are written by that thread only, and freed after every thread is done).
    struct Pieces: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[EdgeInput]>

        init(_ pieces: [[EdgeInput]]) {
            buffer = .allocate(capacity: pieces.count)
            _ = buffer.initialize(from: pieces)
        }

        /// Piece `k`, moved out of its slot.
        func take(_ k: Int) -> [EdgeInput] {
            let piece = buffer[k]
            buffer[k] = []
            return piece
        }

        func free() {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }

    /// Meetings within the date filter, held or by phone, by pair of participants.
    static func meetingsByPair(_ corpus: CorpusResult, options: GraphOptions) -> [EntityPair: [Meeting]] {
        meetingPositionsByPair(corpus, options: options).mapValues { $0.map { corpus.meetings[Int($0)] } }
    }

    /// `meetingsByPair` as positions in `corpus.meetings` (a pair's list is not a copy of its meetings).
    static func meetingPositionsByPair(_ corpus: CorpusResult, options: GraphOptions) -> [EntityPair: [Int32]] {
        let dated = options.since != nil || options.until != nil
        var pairs: [EntityPair: [Int32]] = [:]
        for (k, m) in corpus.meetings.enumerated() {
            guard m.status != .planned else { continue }
            if dated {
                guard let d = m.date, inDateRange(d, since: options.since, until: options.until) else { continue }
            }
            let ids = corpus.entities.canonicalIDs(m.participants)
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    pairs[EntityPair(ids[i], ids[j]), default: []].append(Int32(k))
                }
            }
        }
        return pairs
    }

    struct WeightedPair {
        var pair: EntityPair
        var weight: Double
    }

    /// The pairs the graph keeps (both ends kept, weight not below `minWeight`, the `top`
    /// strongest), with their weights; unordered unless `top` sorted them.
    static func weightedPairs(
        _ corpus: CorpusResult, meetingPairs: [EntityPair: [Int32]],
        options: GraphOptions
    ) -> [WeightedPair] {
        var keep = KeptEntities(entities: corpus.entities, types: options.types)
        var rows: [WeightedPair] = []
        // Each pair once, read where it is stored (no set of all pairs, no second look-up of its
        // statistics): the co-occurring pairs, then the pairs that only met.
        func add(_ pair: EntityPair, windows: Int) {
            guard pair.a != pair.b, keep(pair.a), keep(pair.b) else { return }
            let mc = options.kind == .cooccurrence ? 0 : Double(meetingPairs[pair]?.count ?? 0)
            let w: Double
            switch options.kind {
            case .meetings: w = mc
            case .cooccurrence: w = cooccurrenceWeight(pair, windows: windows, corpus: corpus, measure: options.measure)
            case .combined:
                w = cooccurrenceWeight(pair, windows: windows, corpus: corpus, measure: options.measure) + mc
            }
            if let mw = options.minWeight, w < mw { return }
            rows.append(WeightedPair(pair: pair, weight: w))
        }
        if options.kind != .meetings {
            for (pair, stats) in corpus.cooccurrence { add(pair, windows: stats.windows) }
        }
        if options.kind != .cooccurrence {
            for pair in meetingPairs.keys where options.kind == .meetings || corpus.cooccurrence[pair] == nil {
                add(pair, windows: 0)
            }
        }
        if let top = options.top, rows.count > max(top, 0) {
            rows.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.pair < $1.pair }
            rows = Array(rows.prefix(max(top, 0)))
        }
        return rows
    }

    /// Node ids, sorted: every kept entity for co-occurrence and combined graphs; only the ends
    /// of kept pairs for meeting graphs or when `top` or `minWeight` dropped edges.
    static func nodeIDs(_ entities: EntityIndex, rows: [WeightedPair], options: GraphOptions) -> [String] {
        if options.kind == .meetings || options.top != nil || options.minWeight != nil {
            return Array(Set(rows.flatMap { [$0.pair.a, $0.pair.b] })).sorted()
        }
        var keep = KeptEntities(entities: entities, types: options.types)
        return entities.entities.map(\.id).filter { keep($0) }.sorted()
    }

    /// Whether an id names a kept entity, decided once per id.
    struct KeptEntities {
        let entities: EntityIndex
        let types: Set<EntityType>?
        var known: [String: Bool] = [:]

        init(entities: EntityIndex, types: Set<EntityType>?) {
            self.entities = entities
            self.types = types
        }

        mutating func callAsFunction(_ id: String) -> Bool {
            if let k = known[id] { return k }
            let k = entities[id: id].map { types?.contains($0.type) ?? true } ?? false
            known[id] = k
            return k
        }
    }
}

/// Where `GraphBuilder` puts the edges it makes, in order: an array, or attribute columns.
protocol GraphEdgeSink: Sendable {
    init()
    mutating func reserveCapacity(_ n: Int)
    mutating func append(_ edge: GraphEdge)
    /// Appends the edges `other` was given, in order.
    mutating func appendEdges(of other: consuming Self)
}

extension Array: GraphEdgeSink where Element == GraphEdge {
    mutating func appendEdges(of other: consuming [GraphEdge]) { append(contentsOf: other) }
}
