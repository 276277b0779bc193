import Foundation

/// One meeting behind a hop.
public struct HopMeeting: Sendable, Hashable {
    public var date: String?
    public var place: String?
    public init(date: String?, place: String?) { self.date = date; self.place = place }
}

/// A sentence that supports a hop.
public struct HopEvidence: Sendable, Hashable {
    public var article: String
    public var sentence: String
    public init(article: String, sentence: String) { self.article = article; self.sentence = sentence }
}

/// What is known about the relation behind one edge.
public struct HopDetail: Sendable, Hashable {
    /// Meetings (held or by phone) kept by the date window, by date.
    public var meetings: [HopMeeting] = []
    /// Distinct meeting dates kept by the date window (ISO, sorted).
    public var dates: [String] = []
    /// Distinct meeting places (names, sorted); empty when unknown.
    public var places: [String] = []
    /// Supporting sentences, strongest first: meeting reports (by article, then offset), then
    /// the first sentence that mentions both.
    public var evidence: [HopEvidence] = []
    /// Number of source articles (meetings and co-occurrences).
    public var sources = 0
    public var cooccurrences = 0
    /// Number of meetings (all dates).
    public var meetingCount = 0

    public init() {}
}

/// Where hop details come from: the edge attributes of a graph file, or the articles themselves.
public protocol HopEvidenceSource: Sendable {
    func detail(edge: Int, network: PathNetwork) -> HopDetail
}

/// Hop details read from the edge attributes a Diplograph graph carries (`meetings`,
/// `cooccurrences`, `meeting_dates`, `places`, `sources`, `evidence`); a graph without them
/// (from NetworkX or Gephi) gives hops without details.
///
/// A graph file keeps only the distinct dates and places of a pair, not which place goes with
/// which date: a meeting's place is given only when the pair met once in one place, and with a
/// date window that drops some of the pair's dates no place is given.
public struct GraphHopEvidence: HopEvidenceSource {
    public let graph: AttributedGraph
    /// String edge columns the reader kept as bytes (looked up before `graph`'s columns).
    public let deferred: DeferredStrings

    public init(graph: AttributedGraph, deferred: DeferredStrings = DeferredStrings()) {
        self.graph = graph
        self.deferred = deferred
    }

    /// The string value of edge `e` in column `name`: a deferred column first, else the graph's.
    func string(_ name: String, _ e: Int) -> String? {
        if let c = deferred.column(name) { return deferred.string(column: c, row: e) }
        return graph.edgeAttribute(name)?.values.string(e)
    }

    static func list(_ s: String?) -> [String] {
        guard let s, !s.isEmpty else { return [] }
        return s.components(separatedBy: listSeparator).filter { !$0.isEmpty }
    }

    public func detail(edge e: Int, network: PathNetwork) -> HopDetail {
        var d = HopDetail()
        let kind = graph.edgeAttribute(GraphKeys.kind)?.values.string(e)
        let w = graph.weights.indices.contains(e) ? graph.weights[e] : 1
        d.meetingCount = graph.edgeAttribute(GraphKeys.meetings)?.values.double(e).map { Int($0) }
            ?? (kind == "meeting" || kind == "both" ? Int(w) : 0)
        d.cooccurrences = graph.edgeAttribute(GraphKeys.cooccurrences)?.values.double(e).map { Int($0) }
            ?? (kind == "cooccurrence" || kind == "both" ? Int(w) : 0)
        let allDates = Self.list(string(GraphKeys.meetingDates, e))
        let windowed = network.options.window != nil
        d.dates = windowed ? network.meetingDates[e] : allDates.sorted()
        let places = Self.list(string(GraphKeys.places, e)).sorted()
        d.places = windowed && d.dates.count < Set(allDates).count ? [] : places
        let single = d.meetingCount == 1 && d.places.count == 1 ? d.places[0] : nil
        if d.dates.isEmpty {
            if !windowed { d.meetings = Array(repeating: HopMeeting(date: nil, place: single), count: d.meetingCount) }
        } else {
            d.meetings = d.dates.map { HopMeeting(date: $0, place: d.dates.count == 1 ? single : nil) }
        }
        d.sources = Self.list(string(GraphKeys.sources, e)).count
        if let ev = string(GraphKeys.evidence, e), !ev.isEmpty {
            if let r = ev.range(of: ": ") {
                d.evidence = [HopEvidence(article: String(ev[..<r.lowerBound]), sentence: String(ev[r.upperBound...]))]
            } else {
                d.evidence = [HopEvidence(article: "", sentence: ev)]
            }
        }
        return d
    }
}

/// String columns kept as UTF-8 bytes in one buffer instead of one `String` per row: a reader
/// fills them for columns only a few rows of which are ever read (a path's hop evidence), and
/// `string(column:row:)` makes the `String` of one row on demand.
///
/// ```swift
/// var d = DeferredStrings()
/// let c = d.addColumn(name: "evidence")
/// d.set(column: c, row: 0, Array("a1: Text.".utf8))
/// d.string(column: d.column("evidence")!, row: 0)   // "a1: Text."
/// ```
public struct DeferredStrings: Sendable {
    struct Column: Sendable {
        var name: String
        /// Per row: chunk << 32 | offset in the chunk (-1: no value), and byte count.
        var places: [Int] = []
        var lengths: [Int32] = []
        var defaultValue: String?
        /// False for a column the graph leaves out (a `for="all"` key no edge uses).
        var listed = true
    }

    /// The bytes, in chunks of at least `chunkSize` that never grow past their capacity (no
    /// reallocation copies a large buffer, so memory stays near the bytes stored).
    var chunks: [[UInt8]] = []
    var columns: [Column] = []
    static let chunkSize = 1 << 22

    public init() {}

    /// Adds a column; returns its index for `set`.
    public mutating func addColumn(name: String) -> Int {
        columns.append(Column(name: name))
        return columns.count - 1
    }

    /// Sets row `row` of column `c` to the UTF-8 text `value` (later sets replace earlier ones).
    public mutating func set(column c: Int, row: Int, _ value: [UInt8]) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + value.count > chunks[chunks.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.chunkSize, value.count))
            chunks.append(chunk)
        }
        let k = chunks.count - 1
        let place = k << 32 | chunks[k].count
        chunks[k].append(contentsOf: value)
        let length = Int32(truncatingIfNeeded: value.count)
        if row >= columns[c].places.count {
            let missing = row - columns[c].places.count
            if missing > 0 {
                columns[c].places.append(contentsOf: repeatElement(-1, count: missing))
                columns[c].lengths.append(contentsOf: repeatElement(0, count: missing))
            }
            columns[c].places.append(place)
            columns[c].lengths.append(length)
        } else {
            columns[c].places[row] = place
            columns[c].lengths[row] = length
        }
    }

    /// Reserves room for `rows` rows in every column.
    public mutating func reserveCapacity(rows: Int) {
        for c in columns.indices {
            columns[c].places.reserveCapacity(rows)
            columns[c].lengths.reserveCapacity(rows)
        }
    }

    /// The value of rows without one (a key's `<default>`).
    public mutating func setDefault(column c: Int, _ value: String) { columns[c].defaultValue = value }

    /// Leaves column `c` out of `column(_:)` lookups.
    public mutating func unlist(column c: Int) { columns[c].listed = false }

    /// The first listed column named `name`.
    public func column(_ name: String) -> Int? { columns.firstIndex { $0.listed && $0.name == name } }

    /// Row `row` of column `c`, or the column's default, or nil.
    public func string(column c: Int, row: Int) -> String? {
        let col = columns[c]
        guard row >= 0, row < col.places.count, col.places[row] >= 0 else { return col.defaultValue }
        let place = col.places[row]
        let start = place & 0xFFFF_FFFF
        return chunks[place >> 32].withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(col.lengths[row]))]), as: UTF8.self)
        }
    }
}

/// Hop details from the articles: every meeting record of the pair (date, place and every
/// report of it) and the pair's co-occurrence evidence. Node `i` of `graph` is the entity whose
/// id is the graph's `entity_id` attribute (as `GraphBuilder` writes it).
///
/// The first evidence sentence is the one `GraphBuilder` stores in the `evidence` attribute, so
/// a graph file and its articles give the same strongest evidence.
public struct CorpusHopEvidence: HopEvidenceSource {
    let ids: [String]
    let graph: AttributedGraph
    let meetings: [EntityPair: [Meeting]]
    let cooccurrence: [EntityPair: CooccurrenceStats]
    let placeNames: [String: String]

    public init(corpus: CorpusResult, graph: AttributedGraph) {
        self.graph = graph
        let col = graph.nodeAttribute(GraphKeys.entityID)?.values
        ids = (0..<graph.nodeCount).map { col?.string($0) ?? graph.labels[$0] }
        var pairs: [EntityPair: [Meeting]] = [:]
        var names: [String: String] = [:]
        for m in corpus.meetings where m.status != .planned {
            for i in 0..<m.participants.count {
                for j in (i + 1)..<m.participants.count {
                    pairs[EntityPair(m.participants[i], m.participants[j]), default: []].append(m)
                }
            }
            if let p = m.place { names[p] = corpus.entities[id: p]?.name ?? p }
        }
        meetings = pairs
        cooccurrence = corpus.cooccurrence
        placeNames = names
    }

    public func detail(edge e: Int, network: PathNetwork) -> HopDetail {
        var d = HopDetail()
        let pair = EntityPair(ids[graph.sources[e]], ids[graph.targets[e]])
        let all = meetings[pair] ?? []
        let stats = cooccurrence[pair]
        d.meetingCount = all.count
        d.cooccurrences = stats?.windows ?? 0
        var articles = Set(stats?.articles ?? [])
        for m in all { articles.formUnion(m.articles) }
        d.sources = articles.count
        var kept = all
        if let win = network.options.window {
            kept = all.filter { m in
                guard let date = m.date, let iv = DayInterval(date) else { return false }
                return !(iv.last < win.first || iv.first > win.last)
            }
        }
        kept.sort { a, b in
            let x = (a.date?.iso ?? "~", a.place.flatMap { placeNames[$0] } ?? "", a.id)
            let y = (b.date?.iso ?? "~", b.place.flatMap { placeNames[$0] } ?? "", b.id)
            return x < y
        }
        d.meetings = kept.map { HopMeeting(date: $0.date?.iso, place: $0.place.flatMap { placeNames[$0] }) }
        d.dates = Array(Set(kept.compactMap { $0.date?.iso })).sorted()
        d.places = Array(Set(kept.compactMap { $0.place.flatMap { placeNames[$0] } })).sorted()
        var ev = kept.flatMap(\.sources).sorted()
        if let c = stats?.evidence, !ev.contains(c) { ev.append(c) }
        var seen = Set<String>()
        d.evidence = ev.compactMap { x in
            seen.insert(x.article + "\u{0}" + x.sentence).inserted ? HopEvidence(article: x.article, sentence: x.sentence) : nil
        }
        return d
    }
}
