/// Which relation a graph shows.
public enum GraphKind: String, Sendable, CaseIterable {
    /// One edge per pair that co-occurs or meets; weight = co-occurrence weight (the measure;
    /// by default the number of windows) + number of meetings.
    case combined
    /// Weight = number of windows (sentences, paragraphs or articles) mentioning both.
    case cooccurrence
    /// Only entities that met; weight = number of distinct meetings (held or by phone; planned
    /// meetings never count). Nodes: the entities with at least one such edge.
    case meetings
}

/// Association measure used as the co-occurrence weight, from n = windows mentioning both,
/// na, nb = windows mentioning each, N = all windows; rounded to six decimals:
///
/// - `count`: n
/// - `npmi`: ln(p(a,b) / (p(a)·p(b))) / −ln p(a,b) with p = count / N, in −1…1 (1 when p(a,b) = 1)
/// - `jaccard`: n / (na + nb − n)
/// - `dice`: 2n / (na + nb)
public enum AssociationMeasure: String, Sendable, CaseIterable {
    case count, npmi, jaccard, dice
}

/// What to keep when turning a corpus into a graph.
public struct GraphOptions: Sendable {
    public var kind: GraphKind = .combined
    public var measure: AssociationMeasure = .count
    /// Drop edges lighter than this. Setting it (or `top`) also drops the nodes left without edges.
    public var minWeight: Double?
    /// Keep only the N strongest edges (ties broken by the entity ids of the pair, ascending).
    public var top: Int?
    /// Keep only nodes of these types (nil: all).
    public var types: Set<EntityType>?
    /// Keep only meetings on or after / on or before these dates (undated meetings are dropped
    /// when either is set). Dates compare as periods: `until 2025-09` includes 2025-09-30, and a
    /// meeting dated only "2025-09" passes `since 2025-09-15`. Co-occurrences carry no date and
    /// are not filtered.
    public var since: PartialDate?
    public var until: PartialDate?
    public var window: CooccurrenceWindow = .sentence

    public init() {}
}

/// The node and edge attribute names every export uses. `label` and `weight` are the names
/// Gephi, NetworkX and igraph look for.
public enum GraphKeys {
    public static let entityID = "entity_id", type = "type", mentions = "mentions", articles = "articles"
    public static let aliases = "aliases", affiliation = "affiliation", roles = "roles", externalID = "external_id"
    public static let kind = "kind", cooccurrences = "cooccurrences", meetings = "meetings"
    public static let firstMeeting = "first_meeting", lastMeeting = "last_meeting", meetingDates = "meeting_dates"
    public static let places = "places", sources = "sources", evidence = "evidence"

    /// The edge attributes of a Diplograph graph, in the order every export writes them.
    public static func edgeAttributes(
        kind: [String?], cooccurrences: [Int?], articles: [Int?], meetings: [Int?], firstMeeting: [String?],
        lastMeeting: [String?], meetingDates: [String?], places: [String?], sources: [String?], evidence: [String?]
    ) -> [Attribute] {
        [
            Attribute(name: Self.kind, type: .string, values: .string(kind)),
            Attribute(name: Self.cooccurrences, type: .int, values: .int(cooccurrences)),
            Attribute(name: Self.articles, type: .int, values: .int(articles)),
            Attribute(name: Self.meetings, type: .int, values: .int(meetings)),
            Attribute(name: Self.firstMeeting, type: .string, values: .string(firstMeeting)),
            Attribute(name: Self.lastMeeting, type: .string, values: .string(lastMeeting)),
            Attribute(name: Self.meetingDates, type: .string, values: .string(meetingDates)),
            Attribute(name: Self.places, type: .string, values: .string(places)),
            Attribute(name: Self.sources, type: .string, values: .string(sources)),
            Attribute(name: Self.evidence, type: .string, values: .string(evidence)),
        ]
    }
}

/// Builds the exported graph from a corpus: stable node order (by entity id), stable edge order
/// (by the node indices of the pair), one edge per pair.
public enum GraphBuilder {
    public static func build(_ corpus: CorpusResult, options: GraphOptions = GraphOptions()) -> AttributedGraph {
        var corpus = corpus
        return build(&corpus, options: options, consuming: false)
    }

    /// The same graph as `build(_:options:)`, built from a corpus that is released as it goes:
    /// its meetings, co-occurrence statistics and evidence sentences are freed once their edge
    /// is written into the graph's columns, so the corpus and the graph are not held at once.
    /// `corpus` is left with its entities, counts and inputs only.
    public static func build(consuming corpus: inout CorpusResult, options: GraphOptions = GraphOptions()) -> AttributedGraph {
        build(&corpus, options: options, consuming: true)
    }

    /// `consuming`: whether `corpus` may be emptied (otherwise it is only read: a shared copy
    /// must not be mutated, which would copy it whole).
    static func build(_ corpus: inout CorpusResult, options: GraphOptions, consuming: Bool) -> AttributedGraph {
        let entities = corpus.entities
        // Meetings within the date filter, held or by phone, by pair.
        let dated = options.since != nil || options.until != nil
        var meetingPairs: [EntityPair: [Meeting]] = [:]
        for m in corpus.meetings {
            guard m.status != .planned else { continue }
            if dated {
                guard let d = m.date, inDateRange(d, since: options.since, until: options.until) else { continue }
            }
            let ids = Array(Set(m.participants.map(entities.canonicalID))).sorted()
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    meetingPairs[EntityPair(ids[i], ids[j]), default: []].append(m)
                }
            }
        }
        if consuming { corpus.meetings = [] }
        var pairKeys = Set<EntityPair>()
        if options.kind != .meetings { pairKeys.formUnion(corpus.cooccurrence.keys) }
        if options.kind != .cooccurrence { pairKeys.formUnion(meetingPairs.keys) }

        // Whether an id names a kept entity, decided once per id.
        var kept: [String: Bool] = [:]
        func keep(_ id: String) -> Bool {
            if let k = kept[id] { return k }
            let k = entities[id: id].map { options.types?.contains($0.type) ?? true } ?? false
            kept[id] = k
            return k
        }
        struct Row { var pair: EntityPair; var weight: Double }
        var rows: [Row] = []
        for pair in pairKeys where pair.a != pair.b && keep(pair.a) && keep(pair.b) {
            let mc = meetingPairs[pair]?.count ?? 0
            let w: Double
            switch options.kind {
            case .meetings: w = Double(mc)
            case .cooccurrence: w = cooccurrenceWeight(pair, corpus: corpus, measure: options.measure)
            case .combined: w = cooccurrenceWeight(pair, corpus: corpus, measure: options.measure) + Double(mc)
            }
            if let mw = options.minWeight, w < mw { continue }
            rows.append(Row(pair: pair, weight: w))
        }
        pairKeys = []
        if let top = options.top, rows.count > max(top, 0) {
            rows.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.pair < $1.pair }
            rows = Array(rows.prefix(max(top, 0)))
        }
        // Nodes: every kept entity for co-occurrence/combined graphs; only connected ones for meetings.
        var nodeIDs: [String]
        if options.kind == .meetings || options.top != nil || options.minWeight != nil {
            nodeIDs = Array(Set(rows.flatMap { [$0.pair.a, $0.pair.b] })).sorted()
        } else {
            nodeIDs = entities.entities.map(\.id).filter(keep)
        }
        nodeIDs.sort()
        var index: [String: Int] = [:]
        for (i, id) in nodeIDs.enumerated() { index[id] = i }
        // Edge order: by the node indices of the pair, looked up once per row.
        var ends: [(a: Int, b: Int, row: Row)] = rows.compactMap { r in
            guard let a = index[r.pair.a], let b = index[r.pair.b] else { return nil }
            return (a, b, r)
        }
        ends.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        rows = []

        let nodes = nodeIDs.map { entities[id: $0]! }
        var g = AttributedGraph()
        g.description = "Diplograph \(options.kind.rawValue) graph of \(corpus.articleCount) articles"
            + " (window: \(options.window.rawValue), measure: \(options.measure.rawValue))"
        g.labels = nodes.map(\.name)
        g.articleURLs = corpus.articleURLs
        g.nodeAttributes = [
            Attribute(name: GraphKeys.entityID, type: .string, values: .string(nodes.map(\.id))),
            Attribute(name: GraphKeys.type, type: .string, values: .string(nodes.map(\.type.rawValue))),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int(nodes.map(\.mentions))),
            Attribute(name: GraphKeys.articles, type: .int, values: .int(nodes.map(\.articles.count))),
            Attribute(name: GraphKeys.aliases, type: .string, values: .string(nodes.map { $0.aliases.joined(separator: listSeparator) })),
            Attribute(name: GraphKeys.affiliation, type: .string, values: .string(nodes.map { $0.affiliation.flatMap { entities[id: $0]?.name ?? $0 } })),
            Attribute(name: GraphKeys.roles, type: .string, values: .string(nodes.map { $0.roles.isEmpty ? nil : $0.roles.joined(separator: listSeparator) })),
            Attribute(name: GraphKeys.externalID, type: .string, values: .string(nodes.map(\.externalID))),
        ]
        g.sources = ends.map(\.a)
        g.targets = ends.map(\.b)
        g.weights = ends.map(\.row.weight)
        var kind: [String?] = [], co: [Int?] = [], arts: [Int?] = [], mcount: [Int?] = []
        var first: [String?] = [], last: [String?] = [], dates: [String?] = [], places: [String?] = []
        var sources: [String?] = [], evidence: [String?] = []
        if consuming { corpus.entityWindows = [:] }
        kind.reserveCapacity(ends.count); co.reserveCapacity(ends.count); arts.reserveCapacity(ends.count)
        mcount.reserveCapacity(ends.count); first.reserveCapacity(ends.count); last.reserveCapacity(ends.count)
        dates.reserveCapacity(ends.count); places.reserveCapacity(ends.count)
        sources.reserveCapacity(ends.count); evidence.reserveCapacity(ends.count)
        for end in ends {
            let row = end.row
            // Each pair is one row: when consuming, its statistics and meetings go once used.
            let stats = options.kind == .meetings ? nil
                : (consuming ? corpus.cooccurrence.removeValue(forKey: row.pair) : corpus.cooccurrence[row.pair])
            let ms = options.kind == .cooccurrence ? []
                : ((consuming ? meetingPairs.removeValue(forKey: row.pair) : meetingPairs[row.pair]) ?? [])
            let c = stats?.windows ?? 0
            kind.append(c > 0 && !ms.isEmpty ? "both" : (ms.isEmpty ? "cooccurrence" : "meeting"))
            co.append(c)
            // The pair's articles: the co-occurrence list (sorted and distinct) unless meetings add some.
            let articleList: [String]
            if ms.isEmpty, let a = stats?.articles, isSortedDistinct(a) {
                articleList = a
            } else {
                var articleSet = Set(stats?.articles ?? [])
                for m in ms { articleSet.formUnion(m.articles) }
                articleList = articleSet.sorted()
            }
            arts.append(articleList.count)
            mcount.append(ms.count)
            let ds = Array(Set(ms.compactMap { $0.date?.iso })).sorted()
            first.append(ds.first)
            last.append(ds.last)
            dates.append(ds.isEmpty ? nil : ds.joined(separator: listSeparator))
            let ps = Array(Set(ms.compactMap { $0.place.map { entities[id: $0]?.name ?? $0 } })).sorted()
            places.append(ps.isEmpty ? nil : ps.joined(separator: listSeparator))
            sources.append(articleList.isEmpty ? nil : articleList.joined(separator: listSeparator))
            // The earliest source of the pair's meetings (each meeting's sources are sorted).
            var ev: Evidence? = nil
            for m in ms {
                for e in m.sources where ev.map({ e < $0 }) ?? true { ev = e }
            }
            if ev == nil { ev = stats?.evidence }
            evidence.append(ev.map { "\($0.article): \($0.sentence)" })
        }
        if consuming { corpus.cooccurrence = [:] }
        g.edgeAttributes = GraphKeys.edgeAttributes(
            kind: kind, cooccurrences: co, articles: arts, meetings: mcount, firstMeeting: first,
            lastMeeting: last, meetingDates: dates, places: places, sources: sources, evidence: evidence)
        return g
    }

    static func isSortedDistinct(_ a: [String]) -> Bool {
        zip(a, a.dropFirst()).allSatisfy { $0 < $1 }
    }

    static func cooccurrenceWeight(_ pair: EntityPair, corpus: CorpusResult, measure: AssociationMeasure) -> Double {
        let n = Double(corpus.cooccurrence[pair]?.windows ?? 0)
        guard n > 0 else { return 0 }
        let na = Double(corpus.entityWindows[pair.a] ?? 0), nb = Double(corpus.entityWindows[pair.b] ?? 0)
        let total = Double(max(corpus.totalWindows, 1))
        switch measure {
        case .count: return n
        case .jaccard: return rounded(n / max(na + nb - n, n))
        case .dice: return rounded(2 * n / max(na + nb, 2 * n))
        case .npmi:
            let pxy = n / total, px = na / total, py = nb / total
            guard pxy < 1, px > 0, py > 0 else { return 1 }
            return rounded(log(pxy / (px * py)) / -log(pxy))
        }
    }

    /// Whether a meeting date may lie within `since`…`until` (both inclusive). Dates are
    /// compared as the periods they name: `--until 2025-09` keeps a meeting on 2025-09-28, and a
    /// meeting known only as "2025-09" is kept by `--since 2025-09-15` (it may have been after).
    static func inDateRange(_ d: PartialDate, since: PartialDate?, until: PartialDate?) -> Bool {
        if let s = since, lastDay(d) < firstDay(s) { return false }
        if let u = until, lastDay(u) < firstDay(d) { return false }
        return true
    }

    static func firstDay(_ d: PartialDate) -> (Int, Int, Int) { (d.year, d.month ?? 1, d.day ?? 1) }

    static func lastDay(_ d: PartialDate) -> (Int, Int, Int) {
        let m = d.month ?? 12
        return (d.year, m, d.day ?? PartialDate.daysIn(month: m, year: d.year))
    }

    /// Six significant decimals, so that measures print the same on every machine.
    static func rounded(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
