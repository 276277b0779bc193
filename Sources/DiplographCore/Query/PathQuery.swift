/// Why a path query could not be asked.
public enum PathQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No node has this name; the closest known names.
    case unknownName(String, suggestions: [String])
    /// Several nodes have this name.
    case ambiguousName(String, candidates: [String])
    /// FROM or TO is also in `--exclude`.
    case excludedEndpoint(String)

    /// The message printed on standard error.
    public var description: String {
        func quoted(_ xs: [String]) -> String { xs.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") }
        switch self {
        case .unknownName(let q, let s):
            return "unknown entity '\(q)'" + (s.isEmpty ? "" : "; did you mean \(quoted(s))?")
        case .ambiguousName(let q, let c):
            let more = c.count > 3 ? " (and \(c.count - 3) more)" : ""
            return "'\(q)' is ambiguous; did you mean \(quoted(c))\(more)?"
        case .excludedEndpoint(let q):
            return "'\(q)' is both an end of the path and excluded"
        }
    }
}

/// One hop of an answer.
public struct PathHop: Sendable, Hashable {
    /// The label of the hop's first node.
    public var from: String
    /// The label of the hop's second node.
    public var to: String
    /// The edge's kind; nil in a graph without edge kinds (written as "edge").
    public var kind: EdgeKind?
    /// The relation weight the search used (meetings, co-occurrences or the edge weight).
    public var weight: Double
    /// Meetings, dates, places, evidence and counts of the edge.
    public var detail: HopDetail
    /// "met on 2025-09-28 in Beijing", "co-mentioned in 3 sentences", …
    public var relation: String
}

/// One path of an answer.
public struct AnswerPath: Sendable, Hashable {
    /// Node labels from start to end.
    public var nodes: [String]
    /// The path as the search found it (node and edge indices).
    public var found: FoundPath
    /// The path's cost (hops, or the sum of 1/weight when weighted).
    public var cost: Double
    /// One hop per edge.
    public var hops: [PathHop]
}

/// The answer to `diplograph path`.
public struct PathAnswer: Sendable, Hashable {
    /// The label of the start node.
    public var from: String
    /// The label of the end node.
    public var to: String
    /// Which edges were followed.
    public var via: PathRelation
    /// Whether the cost was the sum of 1/weight.
    public var weighted: Bool
    /// The paths found, best first (empty: no path).
    public var paths: [AnswerPath]
    /// Filters in force, for the no-path message ("after 2025-09-01", "time-respecting", …).
    public var filters: [String]
    /// False when the graph has no edge kinds (see `PathNetwork.hasEdgeKinds`): `via` was not applied.
    public var edgeKinds = true

    /// What the answer says about a graph without edge kinds.
    public static let noEdgeKindsNote =
        "the graph has no edge kinds (no kind, meetings or cooccurrences "
        + "edge attribute), so every edge was followed whatever --via"

    /// The message for standard error when `paths` is empty.
    public var noPathMessage: String {
        var s = "no path from \(from) to \(to) via \(via.rawValue)"
        if !filters.isEmpty { s += " (" + filters.joined(separator: ", ") + ")" }
        if via != .any && edgeKinds { s += "; try --via any" }
        if !edgeKinds { s += "\nnote: " + Self.noEdgeKindsNote }
        return s
    }

    /// `{"from", "to", "via", "weighted", "paths": [{"nodes", "cost", "length", "hops": [{"from", "to",
    /// "kind", "weight", "relation", "sources", "meetings": [{"date", "place"}], "evidence": [{"article", "sentence"}]}]}]}`
    /// Without edge kinds, `"edge_kinds": false` and a `"note"` follow `weighted`.
    public func json() -> JSONValue {
        .object(
            [
                ("from", .string(from)), ("to", .string(to)), ("via", .string(via.rawValue)),
                ("weighted", .bool(weighted)),
            ] + (edgeKinds ? [] : [("edge_kinds", .bool(false)), ("note", .string(Self.noEdgeKindsNote))]) + [
                (
                    "paths",
                    .array(
                        paths.map { p in
                            .object([
                                ("nodes", .array(p.nodes.map(JSONValue.string))),
                                ("cost", .double(Self.round(p.cost))),
                                ("length", .int(p.found.hops)),
                                (
                                    "hops",
                                    .array(
                                        p.hops.map { h in
                                            .object([
                                                ("from", .string(h.from)), ("to", .string(h.to)),
                                                ("kind", .string(h.kind?.rawValue ?? "edge")),
                                                ("weight", .double(h.weight)), ("relation", .string(h.relation)),
                                                ("sources", .int(h.detail.sources)),
                                                (
                                                    "meetings",
                                                    .array(
                                                        h.detail.meetings.map { m in
                                                            .object([
                                                                ("date", .optional(m.date?.iso)),
                                                                ("place", .optional(m.place)),
                                                            ])
                                                        })
                                                ),
                                                (
                                                    "evidence",
                                                    .array(
                                                        h.detail.evidence.map { e in
                                                            .object([
                                                                ("article", .string(e.article)),
                                                                ("sentence", .string(e.sentence)),
                                                            ])
                                                        })
                                                ),
                                            ])
                                        })
                                ),
                            ])
                        })
                )
            ])
    }

    /// The readable answer: the chain, then per hop the relation, the number of sources and the
    /// strongest evidence sentence with its article id.
    ///
    /// ```
    /// Li Qiang → Choe Son Hui → Sergei Lavrov
    ///   Li Qiang – Choe Son Hui: met on 2025-09-28 in Beijing; 2 sources
    ///     "…" (000_b925a35221685710)
    /// ```
    public func text() -> String {
        var out = edgeKinds ? "" : "note: " + Self.noEdgeKindsNote + "\n"
        for (n, p) in paths.enumerated() {
            if paths.count > 1 {
                if n > 0 { out += "\n" }
                out += "\(n + 1). "
            }
            out += p.nodes.joined(separator: " → ")
            if paths.count > 1 || weighted {
                out += "  (\(p.found.hops) hop\(p.found.hops == 1 ? "" : "s")"
                if weighted { out += ", cost \(AttributeColumn.text(Self.round(p.cost)))" }
                out += ")"
            }
            out += "\n"
            for h in p.hops {
                out +=
                    "  \(h.from) – \(h.to): \(h.relation); \(h.detail.sources) source\(h.detail.sources == 1 ? "" : "s")\n"
                if let e = h.detail.evidence.first {
                    out += "    \"\(Self.oneLine(e.sentence))\"" + (e.article.isEmpty ? "" : " (\(e.article))") + "\n"
                }
            }
        }
        return out
    }

    static func round(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }
}

/// Answers "how is A connected to B?" on a graph.
///
/// ```swift
/// var options = PathOptions()
/// options.via = .any
/// let answer = try PathQuery.run(graph: g, from: "choe son-hui", to: "Lavrov", options: options,
///                                evidence: GraphHopEvidence(graph: g))
/// print(answer.text())
/// ```
public enum PathQuery {
    /// Resolves a name to a node index, or throws `unknownName`/`ambiguousName`.
    public static func resolve(_ name: String, in index: NameIndex) throws(PathQueryError) -> Int {
        switch index.match(name) {
        case .found(let n): return n
        case .ambiguous(let ns): throw .ambiguousName(name, candidates: ns.map { display(index, $0, among: ns) })
        case .unknown(let s): throw .unknownName(name, suggestions: s.map { display(index, $0, among: s) })
        }
    }

    /// A node's label, with its index when another listed node has the same label.
    static func display(_ index: NameIndex, _ n: Int, among: [Int]) -> String {
        let l = index.labels[n]
        return among.contains { $0 != n && index.labels[$0] == l } ? "\(l) (node \(n))" : l
    }

    /// Runs a query. `exclude` names are matched like `from` and `to`; `options.excluded` is
    /// filled from them.
    public static func run(
        graph: AttributedGraph, from: String, to: String, exclude: [String] = [],
        options: PathOptions, evidence: any HopEvidenceSource
    ) throws(PathQueryError) -> PathAnswer {
        try run(
            facts: GraphCodec.EdgeFacts(graph: graph), from: from, to: to, exclude: exclude, options: options,
            evidence: evidence)
    }

    /// Runs a query on a graph's edge facts (as `GraphMLReader.readEdgeFacts` reads them).
    public static func run(
        facts: GraphCodec.EdgeFacts, from: String, to: String, exclude: [String] = [],
        options: PathOptions, evidence: any HopEvidenceSource
    ) throws(PathQueryError) -> PathAnswer {
        let graph = facts.graph
        // The network depends on the names only through `exclude`: without it, the two are
        // built at the same time.
        // The two names are looked up on the index's thread too.
        let index: NameIndex
        var prebuilt: PathNetwork?
        let ends: Result<(Int, Int), PathQueryError>
        if exclude.isEmpty {
            ((index, ends), prebuilt) = Concurrently.both(
                {
                    let index = NameIndex(graph: graph)
                    return (
                        index,
                        Result { () throws(PathQueryError) in try (resolve(from, in: index), resolve(to, in: index)) }
                    )
                }, { PathNetwork(facts: facts, options: options) })
        } else {
            index = NameIndex(graph: graph)
            ends = Result { () throws(PathQueryError) in try (resolve(from, in: index), resolve(to, in: index)) }
        }
        let (s, t) = try ends.get()
        var options = options
        for name in exclude {
            let x = try resolve(name, in: index)
            if x == s || x == t { throw .excludedEndpoint(name) }
            options.excluded.insert(x)
        }
        let net = prebuilt ?? PathNetwork(facts: facts, options: options)
        let found = PathSearch.kShortest(net, from: s, to: t, k: max(1, options.k))
        return answer(graph: graph, network: net, from: s, to: t, found: found, evidence: evidence)
    }

    /// Turns found paths into an answer with hop details.
    public static func answer(
        graph: AttributedGraph, network net: PathNetwork, from s: Int, to t: Int,
        found: [FoundPath], evidence: any HopEvidenceSource
    ) -> PathAnswer {
        let options = net.options
        let unit = windowUnit(graph.description)
        var filters: [String] = []
        if let a = options.after { filters.append("after \(a.iso)") }
        if let b = options.before { filters.append("before \(b.iso)") }
        if options.timeRespecting {
            filters.append(options.allowUndated ? "time-respecting, undated allowed" : "time-respecting")
        }
        if !options.excluded.isEmpty {
            filters.append("excluding " + options.excluded.sorted().map { graph.labels[$0] }.joined(separator: ", "))
        }
        let paths = found.map { p -> AnswerPath in
            var hops: [PathHop] = []
            for (i, e) in p.edges.enumerated() {
                let d = evidence.detail(edge: e, network: net)
                let kind =
                    net.facts.kind(e)
                    ?? (!net.hasEdgeKinds
                        ? nil
                        : EdgeKind(meetings: d.meetingCount, cooccurrences: d.cooccurrences) ?? .cooccurrence)
                hops.append(
                    PathHop(
                        from: graph.labels[p.nodes[i]], to: graph.labels[p.nodes[i + 1]], kind: kind,
                        weight: net.weight[e], detail: d,
                        relation: relation(
                            d, weight: net.weight[e], via: options.via,
                            windowed: options.window != nil, unit: unit)))
            }
            return AnswerPath(
                nodes: p.nodes.map { graph.labels[$0] }, found: p, cost: p.cost(weighted: options.weighted),
                hops: hops)
        }
        var answer = PathAnswer(
            from: graph.labels[s], to: graph.labels[t], via: options.via, weighted: options.weighted,
            paths: paths, filters: filters)
        answer.edgeKinds = net.hasEdgeKinds
        return answer
    }

    /// "sentence", "paragraph" or "article", from the graph description GraphBuilder writes.
    static func windowUnit(_ description: String) -> String {
        if description.contains("window: paragraph") { return "paragraph" }
        if description.contains("window: article") { return "article" }
        return "sentence"
    }

    /// The words for one hop: "met on 2025-09-28 in Beijing", "met (date unknown)",
    /// "met 3 times (2025-09-01, 2025-09-28, 2025-10-02) in Beijing, Moscow",
    /// "co-mentioned in 3 sentences".
    public static func relation(_ d: HopDetail, weight: Double, via: PathRelation, windowed: Bool, unit: String)
        -> String
    {
        var parts: [String] = []
        let count = windowed && via == .meetings ? Int(weight) : max(d.meetingCount, windowed ? d.dates.count : 0)
        if via != .cooccurrence && count > 0 {
            let place = d.places.isEmpty ? "" : " in " + d.places.joined(separator: ", ")
            if d.dates.isEmpty {
                parts.append((count == 1 ? "met (date unknown)" : "met \(count) times (dates unknown)") + place)
            } else if count == 1 && d.dates.count == 1 {
                parts.append("met on \(d.dates[0].iso)" + place)
            } else {
                let n = max(count, d.dates.count)
                parts.append("met \(n) times (\(d.dates.map(\.iso).joined(separator: ", ")))" + place)
            }
        }
        if d.cooccurrences > 0 && (via != .meetings || parts.isEmpty) {
            parts.append("co-mentioned in \(d.cooccurrences) \(unit)\(d.cooccurrences == 1 ? "" : "s")")
        }
        if parts.isEmpty {
            parts.append(weight == 1 ? "linked (weight 1)" : "linked (weight \(AttributeColumn.text(weight)))")
        }
        return parts.joined(separator: "; ")
    }
}
