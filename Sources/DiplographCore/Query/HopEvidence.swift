import Foundation

/// One meeting behind a hop.
public struct HopMeeting: Sendable, Hashable {
    /// The date (a day, month or year), or nil when unknown.
    public var date: PartialDate?
    /// Place name, or nil when unknown.
    public var place: String?
    /// A meeting on `date` in `place`.
    public init(date: PartialDate?, place: String?) {
        self.date = date
        self.place = place
    }
}

/// A sentence that supports a hop.
public struct HopEvidence: Sendable, Hashable {
    /// The article id (empty when the graph file did not say).
    public var article: String
    /// The sentence.
    public var sentence: String
    /// `sentence` of `article`.
    public init(article: String, sentence: String) {
        self.article = article
        self.sentence = sentence
    }
}

/// What is known about the relation behind one edge.
public struct HopDetail: Sendable, Hashable {
    /// Meetings (held or by phone) kept by the date window, by date.
    public var meetings: [HopMeeting] = []
    /// Distinct meeting dates kept by the date window, sorted by their ISO form.
    public var dates: [PartialDate] = []
    /// Distinct meeting places (names, sorted); empty when unknown.
    public var places: [String] = []
    /// Supporting sentences, strongest first: meeting reports (by article, then offset), then
    /// the first sentence that mentions both.
    public var evidence: [HopEvidence] = []
    /// Number of source articles (meetings and co-occurrences).
    public var sources = 0
    /// Number of windows mentioning both.
    public var cooccurrences = 0
    /// Number of meetings (all dates).
    public var meetingCount = 0

    /// No meetings, no evidence, no counts.
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
    /// The graph's edge facts.
    public let facts: GraphCodec.EdgeFacts

    /// Hop details of `graph`; `deferred` holds string edge columns a reader kept as bytes.
    public init(graph: AttributedGraph, deferred: DeferredStrings = DeferredStrings()) {
        facts = GraphCodec.EdgeFacts(graph: graph, deferred: deferred)
    }

    /// Hop details from a graph's edge facts.
    public init(facts: GraphCodec.EdgeFacts) { self.facts = facts }

    /// The details of edge `e`, its meetings limited to `network`'s date window.
    public func detail(edge e: Int, network: PathNetwork) -> HopDetail {
        var d = HopDetail()
        let kind = facts.kind(e)
        let weights = facts.graph.weights
        let w = weights.indices.contains(e) ? weights[e] : 1
        d.meetingCount = facts.meetings(e).map { Int($0) } ?? (kind?.includesMeeting == true ? Int(w) : 0)
        d.cooccurrences = facts.cooccurrences(e).map { Int($0) } ?? (kind?.includesCooccurrence == true ? Int(w) : 0)
        let allDates = facts.meetingDates(e)
        let windowed = network.options.window != nil
        d.dates = windowed ? network.meetingDates[e] : allDates.sorted { $0.iso < $1.iso }
        let places = facts.places(e).sorted()
        d.places = windowed && d.dates.count < Set(allDates).count ? [] : places
        let single = d.meetingCount == 1 && d.places.count == 1 ? d.places[0] : nil
        if d.dates.isEmpty {
            if !windowed { d.meetings = Array(repeating: HopMeeting(date: nil, place: single), count: d.meetingCount) }
        } else {
            d.meetings = d.dates.map { HopMeeting(date: $0, place: d.dates.count == 1 ? single : nil) }
        }
        d.sources = facts.sources(e).count
        if let ev = facts.evidence(e) { d.evidence = [HopEvidence(article: ev.article, sentence: ev.sentence)] }
        return d
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

    /// Hop details for the edges of `graph` (built from `corpus` by `GraphBuilder`).
    ///
    /// - Complexity: O(meetings × participants²) to index the corpus's meetings by pair.
    public init(corpus: CorpusResult, graph: AttributedGraph) {
        self.graph = graph
        let col = graph.nodeAttribute(GraphKeys.entityID)?.values
        ids = (0..<graph.nodeCount).map { col?.string($0) ?? graph.labels[$0] }
        var names: [String: String] = [:]
        for m in corpus.meetings where m.status != .planned {
            if let p = m.place { names[p] = corpus.entities.name(of: p) }
        }
        meetings = GraphBuilder.meetingsByPair(corpus, options: GraphOptions())
        cooccurrence = corpus.cooccurrence
        placeNames = names
    }

    /// Every meeting of edge `e`'s pair in `network`'s date window, by date, then place, then id; the reports of those meetings, then the co-occurrence evidence.
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
                return iv.overlaps(win)
            }
        }
        kept.sort { a, b in
            let x = (a.date?.iso ?? "~", a.place.flatMap { placeNames[$0] } ?? "", a.id)
            let y = (b.date?.iso ?? "~", b.place.flatMap { placeNames[$0] } ?? "", b.id)
            return x < y
        }
        d.meetings = kept.map { HopMeeting(date: $0.date, place: $0.place.flatMap { placeNames[$0] }) }
        d.dates = Array(Set(kept.compactMap(\.date))).sorted { $0.iso < $1.iso }
        d.places = Array(Set(kept.compactMap { $0.place.flatMap { placeNames[$0] } })).sorted()
        var ev = kept.flatMap(\.sources).sorted()
        if let c = stats?.evidence, !ev.contains(c) { ev.append(c) }
        var seen = Set<String>()
        d.evidence = ev.compactMap { x in
            seen.insert(x.article + "\u{0}" + x.sentence).inserted
                ? HopEvidence(article: x.article, sentence: x.sentence) : nil
        }
        return d
    }
}
