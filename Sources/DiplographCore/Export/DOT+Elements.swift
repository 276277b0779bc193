extension DOTWriter {
    /// ", 3 meetings" in a tooltip: the count and its noun, singular for exactly one.
    static func count(_ n: Double, _ one: StaticString, _ many: StaticString, to out: ByteSink) {
        out.append(", ")
        out.append(double: n)
        out.append(n == 1 ? one : many)
    }

    /// Writes node statements: shape and colour by entity type, font size by mentions, a
    /// tooltip with the counts, then every node attribute as data.
    struct NodeWriter {
        let graph: AttributedGraph
        let data: [([UInt8], AttributeColumn)]
        let types: AttributeColumn?
        let mentions: AttributeColumn?
        let articles: AttributeColumn?
        let maxMentions: Double
        /// `, shape=…, fillcolor=…` per entity type, and for nodes of no known type.
        let styles: [EntityType: [UInt8]]
        let untyped: [UInt8]

        init(graph g: AttributedGraph) {
            graph = g
            data = DOTWriter.dataKeys(g.nodeAttributes)
            types = g.nodeAttribute(GraphKeys.type)?.values
            mentions = g.nodeAttribute(GraphKeys.mentions)?.values
            articles = g.nodeAttribute(GraphKeys.articles)?.values
            var most = 0.0
            if let m = mentions { for i in 0..<g.nodeCount { most = max(most, m.double(i) ?? 0) } }
            maxMentions = most
            func style(_ t: EntityType?) -> [UInt8] {
                let st = DOTWriter.style(forType: t)
                return Array(", shape=\"\(st.shape)\", fillcolor=\"\(st.fillcolor)\"".utf8)
            }
            var s: [EntityType: [UInt8]] = [:]
            for t in EntityType.allCases { s[t] = style(t) }
            styles = s
            untyped = style(nil)
        }

        func write(_ i: Int, indent: StaticString, to out: ByteSink) {
            out.append(indent)
            out.append("\"n")
            out.append(int: i)
            out.append("\" [label=")
            DOTWriter.quote(graph.labels[i], to: out)
            let type = types?.string(i)
            out.append(type.flatMap(EntityType.init(rawValue:)).flatMap { styles[$0] } ?? untyped)
            let m = mentions?.double(i)
            if let m, maxMentions > 0 {
                out.append(", fontsize=\"")
                out.append(fixed: 10 + 8 * log1p(max(m, 0)) / log1p(maxMentions), decimals: 1)
                out.append("\"")
            }
            out.append(", tooltip=\"")
            DOTWriter.escape(type ?? "entity", to: out)
            if let m { DOTWriter.count(m, " mention", " mentions", to: out) }
            if let a = articles?.double(i) { DOTWriter.count(a, " article", " articles", to: out) }
            out.append("\"")
            for (key, column) in data where column.isPresent(i) {
                out.append(key)
                DOTWriter.quotedValue(column, i, to: out)
            }
            out.append("];\n")
        }
    }

    /// Writes edge statements: pen width by weight, meeting edges bold red and labelled with
    /// their dates, a tooltip with the counts, then every edge attribute as data.
    struct EdgeWriter {
        let graph: AttributedGraph
        let facts: GraphCodec.EdgeFacts
        let data: [([UInt8], AttributeColumn)]
        let meetings: AttributeColumn?
        let cooccurrences: AttributeColumn?
        let first: AttributeColumn?
        let last: AttributeColumn?
        let logMax: Double
        let meetingStyle = Array(
            ", color=\"\(DOTWriter.meetingColor)\", fontcolor=\"\(DOTWriter.meetingColor)\", style=\"bold\"".utf8)

        init(graph g: AttributedGraph) {
            graph = g
            facts = GraphCodec.EdgeFacts(graph: g)
            data = DOTWriter.dataKeys(g.edgeAttributes)
            meetings = g.edgeAttribute(GraphKeys.meetings)?.values
            cooccurrences = g.edgeAttribute(GraphKeys.cooccurrences)?.values
            first = g.edgeAttribute(GraphKeys.firstMeeting)?.values
            last = g.edgeAttribute(GraphKeys.lastMeeting)?.values
            var maxWeight = 0.0
            for w in g.weights where w.isFinite { maxWeight = max(maxWeight, w) }
            logMax = log1p(maxWeight)
        }

        func write(_ e: Int, to out: ByteSink) {
            let s = graph.sources[e]
            let t = graph.targets[e]
            let w = e < graph.weights.count ? graph.weights[e] : 1
            out.append("  \"n")
            out.append(int: s)
            out.append("\" -- \"n")
            out.append(int: t)
            out.append("\" [penwidth=\"")
            let pw = logMax > 0 && w.isFinite && w > 0 ? 1 + 4 * log1p(w) / logMax : 1
            out.append(fixed: pw, decimals: 2)
            out.append("\"")
            let mc = meetings?.int(e) ?? 0
            var dates: [String] = []
            if mc > 0 || facts.kind(e)?.includesMeeting == true {
                out.append(meetingStyle)
                dates = GraphCodec.dateItems(facts.string(GraphKeys.meetingDates, e))
                out.append(", label=")
                DOTWriter.quote(label(e, dates: dates, meetings: mc), to: out)
            }
            // Tooltip: "A – B: weight 5, 3 co-occurrences, 2 meetings (dates)".
            out.append(", tooltip=\"")
            DOTWriter.escape(graph.labels[s], to: out)
            out.append(" – ")
            DOTWriter.escape(graph.labels[t], to: out)
            out.append(": weight ")
            out.append(double: w)
            if let c = cooccurrences?.int(e) {
                DOTWriter.count(Double(c), " co-occurrence", " co-occurrences", to: out)
            }
            if let m = meetings?.int(e) { DOTWriter.count(Double(m), " meeting", " meetings", to: out) }
            if !dates.isEmpty {
                out.append(" (")
                DOTWriter.escape(GraphCodec.list(dates) ?? "", to: out)
                out.append(")")
            }
            out.append("\"")
            for (key, column) in data where column.isPresent(e) {
                out.append(key)
                DOTWriter.quotedValue(column, e, to: out)
            }
            out.append("];\n")
        }

        /// A meeting edge's label: up to three dates, else first … last and the count; the
        /// first and last meeting without a list; "date unknown" without any.
        func label(_ e: Int, dates list: [String], meetings mc: Int) -> String {
            if !list.isEmpty {
                let more = mc > list.count ? ", \(mc) meetings" : ""
                return list.count <= 3
                    ? list.joined(separator: "\n") + (more.isEmpty ? "" : "\n(\(mc) meetings)")
                    : "\(list.first!) … \(list.last!)\n(\(list.count) dates\(more))"
            }
            if let f = first?.string(e) {
                let l = last?.string(e)
                return l == nil || l == f ? f : f + " … " + l!
            }
            return mc > 1 ? "\(mc) meetings,\ndates unknown" : "date unknown"
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
