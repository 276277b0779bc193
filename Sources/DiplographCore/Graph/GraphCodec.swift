import Foundation

/// The one translation between the typed graph and the attribute strings of graph files.
///
/// Writers get an `AttributedGraph` lowered from an `EntityGraph` by `attributed(_:)`; a path
/// query reads a graph file's edge facts back through `EdgeFacts`. Lists are stored as one
/// string joined by `"; "`, evidence as `"article: sentence"`, dates in ISO form. Nothing else
/// joins or splits these strings.
public enum GraphCodec {
    /// The attribute graph every writer takes: node and edge columns named by `GraphKeys`, in
    /// the order every export writes them. `graph` is released as its columns are made.
    ///
    /// - Complexity: O(V + E) plus the length of the lists.
    public static func attributed(_ graph: consuming EntityGraph) -> AttributedGraph {
        var columns = EdgeColumns()
        columns.reserveCapacity(graph.edges.count)
        for i in graph.edges.indices {
            columns.append(graph.edges[i])
            // The edge's lists go once lowered.
            graph.edges[i] = GraphEdge(source: 0, target: 0, weight: 0, kind: .cooccurrence)
        }
        graph.edges = []
        return attributed(graph, edges: columns)
    }

    /// The attribute graph of `graph`'s nodes and the edges lowered into `edges` (`graph.edges`
    /// is not read).
    static func attributed(_ graph: consuming EntityGraph, edges: consuming EdgeColumns) -> AttributedGraph {
        var g = AttributedGraph()
        g.description = graph.description
        g.articleURLs = graph.articleURLs
        g.labels = graph.nodes.map(\.name)
        g.nodeAttributes = nodeAttributes(graph.nodes)
        graph.nodes = []
        g.sources = edges.sources
        g.targets = edges.targets
        g.weights = edges.weights
        edges.sources = []
        edges.targets = []
        edges.weights = []
        g.edgeAttributes = edges.attributes()
        return g
    }

    static func nodeAttributes(_ nodes: [GraphNode]) -> [Attribute] {
        [
            Attribute(name: GraphKeys.entityID, type: .string, values: .string(nodes.map(\.id))),
            Attribute(name: GraphKeys.type, type: .string, values: .string(nodes.map(\.type.rawValue))),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int(nodes.map(\.mentions))),
            Attribute(name: GraphKeys.articles, type: .int, values: .int(nodes.map(\.articles))),
            // Aliases are always present (empty when none); roles are missing when none.
            Attribute(name: GraphKeys.aliases, type: .string, values: .string(nodes.map { list($0.aliases) ?? "" })),
            Attribute(name: GraphKeys.affiliation, type: .string, values: .string(nodes.map(\.affiliation))),
            Attribute(name: GraphKeys.roles, type: .string, values: .string(nodes.map { list($0.roles) })),
            Attribute(name: GraphKeys.externalID, type: .string, values: .string(nodes.map(\.externalID))),
        ]
    }

    /// The edge columns of an attribute graph, filled one typed edge at a time: the one place an
    /// edge becomes attribute values.
    struct EdgeColumns: GraphEdgeSink {
        var sources: [Int] = []
        var targets: [Int] = []
        var weights: [Double] = []
        var kind: [String?] = []
        var cooccurrences: [Int?] = []
        var articles: [Int?] = []
        var meetings: [Int?] = []
        var firstMeeting: [String?] = []
        var lastMeeting: [String?] = []
        var meetingDates: [String?] = []
        var places: [String?] = []
        var sourceArticles: [String?] = []
        var evidence: [String?] = []

        mutating func reserveCapacity(_ n: Int) {
            sources.reserveCapacity(n)
            targets.reserveCapacity(n)
            weights.reserveCapacity(n)
            kind.reserveCapacity(n)
            cooccurrences.reserveCapacity(n)
            articles.reserveCapacity(n)
            meetings.reserveCapacity(n)
            firstMeeting.reserveCapacity(n)
            lastMeeting.reserveCapacity(n)
            meetingDates.reserveCapacity(n)
            places.reserveCapacity(n)
            sourceArticles.reserveCapacity(n)
            evidence.reserveCapacity(n)
        }

        mutating func append(_ e: GraphEdge) {
            sources.append(e.source)
            targets.append(e.target)
            weights.append(e.weight)
            kind.append(e.kind.rawValue)
            cooccurrences.append(e.cooccurrences)
            articles.append(e.articles)
            meetings.append(e.meetings)
            firstMeeting.append(e.meetingDates.first?.iso)
            lastMeeting.append(e.meetingDates.last?.iso)
            meetingDates.append(GraphCodec.dates(e.meetingDates))
            places.append(GraphCodec.list(e.places))
            sourceArticles.append(GraphCodec.list(e.sources))
            evidence.append(e.evidence.map(GraphCodec.evidence))
        }

        mutating func appendEdges(of other: consuming EdgeColumns) {
            sources += other.sources
            targets += other.targets
            weights += other.weights
            kind += other.kind
            cooccurrences += other.cooccurrences
            articles += other.articles
            meetings += other.meetings
            firstMeeting += other.firstMeeting
            lastMeeting += other.lastMeeting
            meetingDates += other.meetingDates
            places += other.places
            sourceArticles += other.sourceArticles
            evidence += other.evidence
        }

        /// The edge attributes (`GraphKeys.edgeAttributes`), the columns handed over.
        consuming func attributes() -> [Attribute] {
            GraphKeys.edgeAttributes(
                kind: kind, cooccurrences: cooccurrences, articles: articles, meetings: meetings,
                firstMeeting: firstMeeting, lastMeeting: lastMeeting, meetingDates: meetingDates, places: places,
                sources: sourceArticles, evidence: evidence)
        }
    }

    // MARK: Values

    /// A list as one attribute value (`"a; b"`), or nil for an empty list.
    public static func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.joined(separator: AttributeColumn.listSeparator)
    }

    /// The items of a list value, empty items left out.
    public static func items(_ value: String?) -> [String] {
        var out: [String] = []
        forEachItem(value) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Calls `body` with the UTF-8 bytes of each non-empty item of a list value, in order,
    /// without making a `String` per item.
    public static func forEachItem(_ value: String?, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard var value, !value.isEmpty else { return }
        value.withUTF8 { buf in
            // Split on "; ".
            var lo = 0
            var i = 0
            while i <= buf.count {
                if i == buf.count || (buf[i] == 0x3B && i + 1 < buf.count && buf[i + 1] == 0x20) {
                    if i > lo { body(UnsafeBufferPointer(rebasing: buf[lo..<i])) }
                    i += 2
                    lo = i
                    continue
                }
                i += 1
            }
        }
    }

    /// Evidence as one attribute value: `"article: sentence"`.
    public static func evidence(_ e: Evidence) -> String { "\(e.article): \(e.sentence)" }

    /// The article id and sentence of an evidence value (no article when it has no `": "`).
    public static func evidence(parsing value: String) -> (article: String, sentence: String) {
        guard let r = value.range(of: ": ") else { return ("", value) }
        return (String(value[..<r.lowerBound]), String(value[r.upperBound...]))
    }

    /// Meeting dates as one attribute value (ISO forms joined by `"; "`), or nil for none.
    public static func dates(_ ds: [PartialDate]) -> String? { list(ds.map(\.iso)) }

    /// The dates of a `meeting_dates` value; items that are not ISO dates are left out.
    public static func dates(parsing value: String?) -> [PartialDate] {
        dateItems(value).compactMap { PartialDate(iso: $0) }
    }

    /// The items of a `meeting_dates` value as written. Dates never hold a `;`, so the list is
    /// cut at every `;` and the items trimmed: lists other tools wrote as `a;b` read too.
    public static func dateItems(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
