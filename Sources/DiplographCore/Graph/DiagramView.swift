/// Which part of the graph `build` exports.
public enum GraphView: String, Sendable, CaseIterable {
    /// Every node and edge the graph options keep.
    case full
    /// A small drawing for a report: see `DiagramView`.
    case diagram
}

/// The limits of a diagram.
public struct DiagramOptions: Sendable, Hashable {
    /// At most this many nodes.
    public var maxNodes = 40
    /// At most this many edges.
    public var maxEdges = 80
    /// Co-occurrence edges need at least this many shared windows: a pair seen together once has
    /// the highest npmi whenever both are rare, which is chance, not association.
    public var minCooccurrences = 2

    /// The default limits.
    public init() {}

    /// The entity types a diagram shows unless `--types` says otherwise.
    public static let defaultTypes: Set<EntityType> = [.person, .country]
}

/// Picks the few nodes and edges worth drawing from a graph built with the npmi measure.
///
/// Selection rule (also written into the graph's description, which DOT shows as its label):
/// 1. Meeting edges (`meetings` > 0), most meetings first, then by weight, take up to three
///    quarters of the node and edge budget.
/// 2. Co-occurrence edges without a meeting, with at least `minCooccurrences` shared windows and
///    a positive weight (npmi > 0: seen together more often than chance), strongest weight
///    first, fill the budget.
/// 3. Meeting edges left out by step 1 fill what step 2 did not use.
/// An edge is taken only while it keeps the diagram within `maxNodes` nodes and `maxEdges`
/// edges; ties go to the larger number of co-occurrences, then to the edge order. Only nodes
/// with a selected edge are kept, in their original order; edges keep their original order.
///
/// Nodes get a `group` attribute for clustering: a country's own name, or a person's (or
/// organisation's) affiliation; groups with one selected node get none.
public enum DiagramView {
    /// The node attribute holding each node's group (for `DOTWriter.clusterBy`).
    public static let groupKey = "group"

    /// `graph`: the options `g` was built with (for the rule's wording: types, measure, window).
    public static func select(
        _ g: AttributedGraph, options: DiagramOptions = DiagramOptions(),
        graph: GraphOptions
    ) -> AttributedGraph {
        let m = g.edgeCount
        let meetings = g.edgeAttribute(GraphKeys.meetings)?.values
        let cooc = g.edgeAttribute(GraphKeys.cooccurrences)?.values
        func weight(_ e: Int) -> Double { e < g.weights.count && g.weights[e].isFinite ? g.weights[e] : 0 }
        func mc(_ e: Int) -> Int { meetings?.int(e) ?? 0 }
        func cc(_ e: Int) -> Int { cooc?.int(e) ?? 0 }
        let met = (0..<m).filter { mc($0) > 0 && g.sources[$0] != g.targets[$0] }
            .sorted { (mc($0), weight($0), cc($0), -$0) > (mc($1), weight($1), cc($1), -$1) }
        let cooccurring = (0..<m).filter {
            mc($0) == 0 && cc($0) >= options.minCooccurrences && weight($0) > 0 && g.sources[$0] != g.targets[$0]
        }.sorted { (weight($0), cc($0), -$0) > (weight($1), cc($1), -$1) }

        var inNodes = [Bool](repeating: false, count: g.nodeCount)
        var nodeCount = 0
        var chosen = [Bool](repeating: false, count: m)
        var edgeCount = 0
        func take(_ order: [Int], nodeCap: Int, edgeCap: Int) {
            for e in order where !chosen[e] {
                if edgeCount >= edgeCap { return }
                let a = g.sources[e]
                let b = g.targets[e]
                let added = (inNodes[a] ? 0 : 1) + (inNodes[b] ? 0 : 1)
                if nodeCount + added > nodeCap { continue }
                chosen[e] = true
                edgeCount += 1
                nodeCount += added
                inNodes[a] = true
                inNodes[b] = true
            }
        }
        take(met, nodeCap: options.maxNodes * 3 / 4, edgeCap: options.maxEdges * 3 / 4)
        take(cooccurring, nodeCap: options.maxNodes, edgeCap: options.maxEdges)
        take(met, nodeCap: options.maxNodes, edgeCap: options.maxEdges)

        var out = g.subgraph(nodes: (0..<g.nodeCount).filter { inNodes[$0] }, edges: (0..<m).filter { chosen[$0] })
        out.description = description(g, options: options, graph: graph, nodes: out.nodeCount, edges: out.edgeCount)
        out.nodeAttributes.append(Attribute(name: groupKey, type: .string, values: .string(groups(out))))
        return out
    }

    /// The clustering group of each node; nil for groups of one.
    static func groups(_ g: AttributedGraph) -> [String?] {
        let types = g.nodeAttribute(GraphKeys.type)?.values
        let affiliations = g.nodeAttribute(GraphKeys.affiliation)?.values
        let group: [String?] = (0..<g.nodeCount).map { i in
            types?.string(i) == EntityType.country.rawValue ? g.labels[i] : affiliations?.string(i)
        }
        var size: [String: Int] = [:]
        for case let x? in group { size[x, default: 0] += 1 }
        return group.map { x in x.flatMap { size[$0]! > 1 ? $0 : nil } }
    }

    /// The graph label: what the source graph was and the selection rule, in short lines.
    static func description(
        _ g: AttributedGraph, options: DiagramOptions, graph: GraphOptions,
        nodes: Int, edges: Int
    ) -> String {
        let names: [EntityType: String] = [
            .person: "people", .country: "countries", .organization: "organizations",
            .place: "places",
        ]
        let typeNames = (graph.types ?? Set(EntityType.allCases)).sorted().map { names[$0]! }
        let listed =
            typeNames.count > 1
            ? typeNames.dropLast().joined(separator: ", ") + " and " + typeNames.last!
            : typeNames.first ?? "entities"
        return g.description + "\n"
            + "Diagram: \(nodes) \(listed), \(edges) edges (at most \(options.maxNodes) nodes and \(options.maxEdges) edges)\n"
            + "red: meetings, labelled with their dates, most meetings first\n"
            + "grey: pairs that did not meet, seen together in \(options.minCooccurrences)+ \(graph.window.rawValue)s, "
            + "highest \(graph.measure.rawValue) first"
    }
}

extension AttributedGraph {
    /// The graph restricted to `nodes` and `edges` (both ascending indices; every edge's ends
    /// must be among `nodes`), attributes kept, nodes renumbered.
    public func subgraph(nodes: [Int], edges: [Int]) -> AttributedGraph {
        var index = [Int](repeating: -1, count: nodeCount)
        for (i, n) in nodes.enumerated() { index[n] = i }
        func pick(_ c: AttributeColumn, _ rows: [Int]) -> AttributeColumn {
            switch c {
            case .bool(let v): .bool(rows.map { v[$0] })
            case .int(let v): .int(rows.map { v[$0] })
            case .double(let v): .double(rows.map { v[$0] })
            case .string(let v): .string(rows.map { v[$0] })
            }
        }
        var g = AttributedGraph(
            description: description,
            labels: nodes.map { labels[$0] },
            nodeAttributes: nodeAttributes.map {
                Attribute(name: $0.name, type: $0.type, values: pick($0.values, nodes))
            },
            sources: edges.map { index[sources[$0]] },
            targets: edges.map { index[targets[$0]] },
            weights: edges.map { $0 < weights.count ? weights[$0] : 1 },
            edgeAttributes: edgeAttributes.map {
                Attribute(name: $0.name, type: $0.type, values: pick($0.values, edges))
            })
        g.articleURLs = articleURLs
        return g
    }
}
