/// The scalar attribute types every export format can declare (GraphML's `attr.type` names).
public enum AttributeType: String, Sendable, Hashable, CaseIterable {
    case boolean, int, long, float, double, string
}

/// One column of attribute values, one optional value per node or per edge.
///
/// Graphs keep attributes column by column: a million edges with ten attributes are ten arrays,
/// not a million small dictionaries.
public enum AttributeColumn: Sendable, Hashable {
    case bool([Bool?])
    case int([Int?])
    case double([Double?])
    case string([String?])

    /// The number of rows (nodes or edges).
    public var count: Int {
        switch self {
        case .bool(let v): v.count
        case .int(let v): v.count
        case .double(let v): v.count
        case .string(let v): v.count
        }
    }

    /// True when row `i` has a value.
    public func isPresent(_ i: Int) -> Bool {
        switch self {
        case .bool(let v): v[i] != nil
        case .int(let v): v[i] != nil
        case .double(let v): v[i] != nil
        case .string(let v): v[i] != nil
        }
    }

    /// The value of row `i` as its declared type prints it (`12`, `3.5`, `true`), or nil.
    public func text(_ i: Int) -> String? {
        switch self {
        case .bool(let v): v[i].map { $0 ? "true" : "false" }
        case .int(let v): v[i].map { String($0) }
        case .double(let v): v[i].map { AttributeColumn.text($0) }
        case .string(let v): v[i]
        }
    }

    /// The string value of row `i` (nil for other types or no value).
    public func string(_ i: Int) -> String? {
        if case .string(let v) = self { return v[i] }
        return nil
    }
    /// The integer value of row `i` (nil for other types or no value).
    public func int(_ i: Int) -> Int? {
        if case .int(let v) = self { return v[i] }
        return nil
    }
    /// The number value of row `i`, integers included (nil for other types or no value).
    public func double(_ i: Int) -> Double? {
        switch self {
        case .double(let v): v[i]
        case .int(let v): v[i].map(Double.init)
        default: nil
        }
    }
}

/// A declared attribute: name, type and values.
public struct Attribute: Sendable, Hashable {
    /// The key name (`type`, `mentions`, `kind` …).
    public var name: String
    /// The declared type of the values.
    public var type: AttributeType
    /// One optional value per node or per edge.
    public var values: AttributeColumn

    /// An attribute named `name` of `type` with its column of values.
    public init(name: String, type: AttributeType, values: AttributeColumn) {
        self.name = name
        self.type = type
        self.values = values
    }
}

/// An undirected graph with typed, column-stored node and edge attributes.
///
/// This is what every exporter writes and what the GraphML reader returns. Node `i`'s label is
/// `labels[i]`; edges connect node indices. Writers generate ids (`n0`, `e0`) themselves.
public struct AttributedGraph: Sendable, Hashable {
    /// Free text for the file's description (generator, inputs, graph kind).
    public var description: String
    /// Each node's label (its display name).
    public var labels: [String]
    /// Node attributes, one column each.
    public var nodeAttributes: [Attribute]
    /// Each edge's first node index.
    public var sources: [Int]
    /// Each edge's second node index.
    public var targets: [Int]
    /// Edge weights (the `weight` key); 1 when a file declares none.
    public var weights: [Double]
    /// Edge attributes, one column each.
    public var edgeAttributes: [Attribute]
    /// The address of each source article that has one, by article id (the ids of the
    /// `sources` edge attribute). Only the HTML viewer writes it (as links); graph files do not
    /// carry it, so a graph read back from a file has none.
    public var articleURLs: [String: String] = [:]

    /// A graph from its columns (all edge columns as long as `sources`).
    public init(
        description: String = "", labels: [String] = [], nodeAttributes: [Attribute] = [],
        sources: [Int] = [], targets: [Int] = [], weights: [Double] = [], edgeAttributes: [Attribute] = []
    ) {
        self.description = description
        self.labels = labels
        self.nodeAttributes = nodeAttributes
        self.sources = sources
        self.targets = targets
        self.weights = weights
        self.edgeAttributes = edgeAttributes
    }

    /// The number of nodes.
    public var nodeCount: Int { labels.count }
    /// The number of edges.
    public var edgeCount: Int { sources.count }

    /// The node attribute called `name`, if any.
    public func nodeAttribute(_ name: String) -> Attribute? { nodeAttributes.first { $0.name == name } }
    /// The edge attribute called `name`, if any.
    public func edgeAttribute(_ name: String) -> Attribute? { edgeAttributes.first { $0.name == name } }
}

extension AttributeColumn {
    /// Prints a double the way every consumer parses it: shortest round-trip form, integral values
    /// without a fraction (`3`, `3.5`, `0.125`), never a locale's comma.
    public static func text(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "INF" : "-INF" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// The separator of list values stored in one string attribute (aliases, sources, places).
    public static let listSeparator = "; "
}
