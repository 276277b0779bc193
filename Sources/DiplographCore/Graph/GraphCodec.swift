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
        var g = AttributedGraph()
        g.description = graph.description
        g.articleURLs = graph.articleURLs
        g.labels = graph.nodes.map(\.name)
        g.nodeAttributes = nodeAttributes(graph.nodes)
        graph.nodes = []
        g.sources = graph.edges.map(\.source)
        g.targets = graph.edges.map(\.target)
        g.weights = graph.edges.map(\.weight)
        g.edgeAttributes = edgeAttributes(graph.edges)
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

    static func edgeAttributes(_ edges: [GraphEdge]) -> [Attribute] {
        GraphKeys.edgeAttributes(
            kind: edges.map(\.kind.rawValue), cooccurrences: edges.map(\.cooccurrences),
            articles: edges.map(\.articles),
            meetings: edges.map(\.meetings), firstMeeting: edges.map { $0.meetingDates.first?.iso },
            lastMeeting: edges.map { $0.meetingDates.last?.iso }, meetingDates: edges.map { dates($0.meetingDates) },
            places: edges.map { list($0.places) }, sources: edges.map { list($0.sources) },
            evidence: edges.map { $0.evidence.map(evidence) })
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
