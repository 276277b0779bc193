extension GraphCodec {
    /// The typed facts of the edges of an attribute graph (a graph file read back), parsed
    /// from the columns `attributed(_:)` writes: the one place a path query reads them.
    ///
    /// A graph written by another tool may lack any of them: its edges then have no kind, no
    /// counts, no dates and no evidence. String columns a reader kept as bytes
    /// (`DeferredStrings`) are looked up before the graph's own.
    public struct EdgeFacts: Sendable {
        /// The graph the facts are read from (labels, ends, weights and its other columns).
        public let graph: AttributedGraph
        let deferred: DeferredStrings
        /// The `kind` column (parsed per edge when asked: most searches never ask).
        let kinds: [String?]?
        let meetingCounts: NumberColumn
        let cooccurrenceCounts: NumberColumn

        /// Reads the `kind`, `meetings` and `cooccurrences` columns once; lists, dates and
        /// evidence are parsed per edge when asked for.
        ///
        /// - Complexity: O(E).
        public init(graph: AttributedGraph, deferred: DeferredStrings = DeferredStrings()) {
            self.graph = graph
            self.deferred = deferred
            let m = graph.edgeCount
            if case .string(let v)? = graph.edgeAttribute(GraphKeys.kind)?.values, v.count == m {
                kinds = v
            } else {
                kinds = nil
            }
            meetingCounts = NumberColumn(graph.edgeAttribute(GraphKeys.meetings)?.values, count: m)
            cooccurrenceCounts = NumberColumn(graph.edgeAttribute(GraphKeys.cooccurrences)?.values, count: m)
        }

        /// Whether the graph says which edges are meetings and which co-occurrences (a `kind`,
        /// `meetings` or `cooccurrences` column).
        public var hasKinds: Bool { hasKindColumn || meetingCounts.present || cooccurrenceCounts.present }

        /// Whether the graph has a `kind` column.
        public var hasKindColumn: Bool { kinds != nil }

        /// Whether the graph has a `meetings` column.
        public var hasMeetingCounts: Bool { meetingCounts.present }

        /// Edge `e`'s `kind`, or nil when the graph has none or an unknown one.
        public func kind(_ e: Int) -> EdgeKind? { kinds?[e].flatMap(EdgeKind.init(rawValue:)) }

        /// Edge `e`'s number of meetings, or nil when the graph does not say.
        public func meetings(_ e: Int) -> Double? { meetingCounts[e] }

        /// Edge `e`'s number of co-occurrence windows, or nil when the graph does not say.
        public func cooccurrences(_ e: Int) -> Double? { cooccurrenceCounts[e] }

        /// Edge `e`'s meeting dates, in file order (sorted by ISO form in Diplograph's files).
        public func meetingDates(_ e: Int) -> [PartialDate] {
            GraphCodec.dates(parsing: string(GraphKeys.meetingDates, e))
        }

        /// Edge `e`'s meeting places.
        public func places(_ e: Int) -> [String] { GraphCodec.items(string(GraphKeys.places, e)) }

        /// Edge `e`'s source article ids.
        public func sources(_ e: Int) -> [String] { GraphCodec.items(string(GraphKeys.sources, e)) }

        /// Edge `e`'s evidence sentence and its article id.
        public func evidence(_ e: Int) -> (article: String, sentence: String)? {
            guard let v = string(GraphKeys.evidence, e), !v.isEmpty else { return nil }
            return GraphCodec.evidence(parsing: v)
        }

        /// The string value of edge `e` in column `name`: a deferred column first, else the graph's.
        func string(_ name: String, _ e: Int) -> String? {
            if let c = deferred.column(name) { return deferred.string(column: c, row: e) }
            return graph.edgeAttribute(name)?.values.string(e)
        }
    }

    /// A numeric edge column read in place (`int` or `double`; absent otherwise or when its
    /// length is not the edge count).
    struct NumberColumn: Sendable {
        let ints: [Int?]?
        let doubles: [Double?]?
        var present: Bool { ints != nil || doubles != nil }

        init(_ c: AttributeColumn?, count: Int) {
            switch c {
            case .int(let v)? where v.count == count:
                ints = v
                doubles = nil
            case .double(let v)? where v.count == count:
                ints = nil
                doubles = v
            default:
                ints = nil
                doubles = nil
            }
        }

        @inline(__always) subscript(_ e: Int) -> Double? {
            if let ints { return ints[e].map(Double.init) }
            return doubles?[e] ?? nil
        }
    }
}
