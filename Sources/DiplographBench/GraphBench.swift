import DiplographCore
import DiplographXML
import Foundation

/// Graph I/O: a deterministic random AttributedGraph with the attributes GraphBuilder gives the
/// real graphs, written in every format (median of `repeats` writes each) and read back from
/// GraphML. The GraphML file stays in OUT/bench.graphml for the path query and the peers
/// (igraph, NetworkX), and the labels of two connected nodes are printed for the path query.
enum GraphBench {
    static func run(nodes: Int, edges: Int, seed: UInt64, out: String, repeats: Int) throws {
        guard nodes >= 2 else { fail("graph: --nodes must be at least 2") }
        let maxEdges = nodes * (nodes - 1) / 2
        guard edges <= maxEdges / 2 else { fail("graph: too many edges for \(nodes) nodes") }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let (graph, tgen) = timed { make(nodes: nodes, edges: edges, seed: seed) }
        note("generated \(graph.nodeCount) nodes, \(graph.edgeCount) edges in \(String(format: "%.2f", tgen)) s")
        result("graph.nodes", Double(graph.nodeCount), "count")
        result("graph.edges", Double(graph.edgeCount), "count")

        for ext in ["graphml", "gexf", "dot", "json", "csv"] {
            guard let w = GraphWriters.writer(forExtension: ext) else {
                unavailable("graph.write.\(ext)", "no writer registered for .\(ext) in GraphWriters.all")
                continue
            }
            let path = out + "/bench." + ext
            let t = try medianTime(repeats) { try w.write(graph, toTemporaryFile: path) }
            result("graph.write.\(ext)", t, "s")
            result("graph.size.\(ext)", Double(fileSize(path)), "bytes")
            note("write .\(ext): \(String(format: "%.3f", t)) s, \(fileSize(path) / 1_000_000) MB")
            if ext != "graphml" { try? FileManager.default.removeItem(atPath: path) }
        }
        // The CSV writer may write a node file beside the edge file: clean up whatever it left.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        where name.hasPrefix("bench") && name != "bench.graphml" {
            try? FileManager.default.removeItem(atPath: out + "/" + name)
        }

        try GraphReadBench.run(path: out + "/bench.graphml", expecting: graph, repeats: repeats)

        // Two nodes joined by a path of several hops (node 0 and the node farthest from it in
        // hops within its component), found by breadth-first search on the generated edges.
        let (from, to, hops) = farPair(graph)
        say("LABEL from \(graph.labels[from])")
        say("LABEL to \(graph.labels[to])")
        say("INDEX from \(from)")
        say("INDEX to \(to)")
        result("graph.path_hops", Double(hops), "hops")
    }

    // MARK: - The generated graph

    static let firstNames = [
        "Amina", "Boris", "Chen", "Dara", "Elif", "Farid", "Goran", "Hana", "Ivan", "Jun",
        "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Sergei", "Tomas",
        "Umar", "Vera", "Wen", "Yusuf", "Zofia", "Akira", "Beatriz", "Camila", "Dmitri", "Eun",
    ]
    static let syllables = [
        "ka", "ro", "mi", "ta", "zu", "le", "no", "vi", "sa", "de", "ri", "mo",
        "ha", "ne", "ko", "la", "shi", "ven", "dor", "bar", "tel", "gan", "ul", "es",
    ]
    static let orgWords = ["Council", "Agency", "Union", "Organisation", "Forum", "Bank", "Alliance", "Commission"]
    static let roles = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Ambassador", "Envoy"]
    static let words = [
        "the", "minister", "met", "in", "talks", "on", "trade", "security", "and", "with", "said",
        "officials", "after", "a", "meeting", "delegation", "agreed", "to", "visit", "summit",
        "cooperation", "regional", "ceasefire", "on", "Tuesday", "during", "their", "call",
    ]

    static func surname(_ i: Int) -> String {
        var n = i
        var parts: [String] = []
        repeat {
            parts.append(syllables[n % syllables.count])
            n /= syllables.count
        } while n > 0 || parts.count < 3
        let s = parts.joined()
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    static func slug(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    static func date(_ r: inout SplitMix64) -> String {
        String(format: "20%02d-%02d-%02d", 20 + r.below(6), 1 + r.below(12), 1 + r.below(28))
    }

    static func sentence(_ r: inout SplitMix64) -> String {
        var s = ""
        let target = 50 + r.below(60)
        while s.utf8.count < target {
            if !s.isEmpty { s += " " }
            s += words[r.below(words.count)]
        }
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }

    static func make(nodes n: Int, edges m: Int, seed: UInt64) -> AttributedGraph {
        var r = SplitMix64(seed: seed)
        var labels: [String] = []
        var types: [String?] = []
        var mentions: [Int?] = []
        var articles: [Int?] = []
        var aliases: [String?] = []
        var affiliation: [String?] = []
        var roleCol: [String?] = []
        var external: [String?] = []
        labels.reserveCapacity(n)
        var countries: [String] = []
        for i in 0..<n {
            let u = r.below(100)
            let type: String
            let label: String
            var alias: String
            switch u {
            case 0..<60:
                type = "person"
                let last = surname(i)
                label = firstNames[r.below(firstNames.count)] + " " + last
                alias = label + AttributeColumn.listSeparator + last
            case 60..<80:
                type = "organization"
                label = surname(i) + " " + orgWords[r.below(orgWords.count)]
                alias = label
            case 80..<90:
                type = "country"
                label = "Republic of " + surname(i)
                alias = label + AttributeColumn.listSeparator + surname(i)
                countries.append(label)
            default:
                type = "place"
                label = surname(i) + " City"
                alias = label
            }
            if r.below(4) == 0 { alias += AttributeColumn.listSeparator + label.uppercased() }
            labels.append(label)
            types.append(type)
            let mc = 1 + Int(Double(r.below(1000)) * Double(r.below(1000)) / 2000)
            mentions.append(mc)
            articles.append(max(1, mc / (1 + r.below(4))))
            aliases.append(alias)
            affiliation.append(type == "person" && !countries.isEmpty ? countries[r.below(countries.count)] : nil)
            roleCol.append(type == "person" && r.below(3) == 0 ? roles[r.below(roles.count)] : nil)
            external.append(r.below(2) == 0 ? "Q\(100 + r.below(9_000_000))" : nil)
        }

        // Distinct pairs, then sorted by (source, target) as GraphBuilder orders them.
        var seen = Set<UInt64>(minimumCapacity: m)
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(m)
        while pairs.count < m {
            let a = r.below(n)
            let b = r.below(n)
            guard a != b else { continue }
            let (x, y) = a < b ? (a, b) : (b, a)
            if seen.insert(UInt64(x) * UInt64(n) + UInt64(y)).inserted { pairs.append((x, y)) }
        }
        pairs.sort { $0 < $1 }

        var kind: [String?] = []
        var co: [Int?] = []
        var arts: [Int?] = []
        var mcount: [Int?] = []
        var first: [String?] = []
        var last: [String?] = []
        var dates: [String?] = []
        var places: [String?] = []
        var sources: [String?] = []
        var evidence: [String?] = []
        var weights: [Double] = []
        for _ in pairs {
            let u = r.below(100)
            let k = u < 85 ? "cooccurrence" : (u < 90 ? "meeting" : "both")
            let c = k == "meeting" ? 0 : 1 + r.below(8) * r.below(4)
            let mc = k == "cooccurrence" ? 0 : 1 + r.below(3)
            var ds: [String] = []
            for _ in 0..<mc { ds.append(date(&r)) }
            ds = Array(Set(ds)).sorted()
            let nSources = 1 + r.below(3)
            var src: [String] = []
            for _ in 0..<nSources { src.append(String(format: "%06d", r.below(250_000))) }
            src = Array(Set(src)).sorted()
            kind.append(k)
            co.append(c)
            arts.append(src.count)
            mcount.append(mc)
            first.append(ds.first)
            last.append(ds.last)
            dates.append(ds.isEmpty ? nil : ds.joined(separator: AttributeColumn.listSeparator))
            places.append(mc > 0 && r.below(2) == 0 ? surname(r.below(n)) + " City" : nil)
            sources.append(src.joined(separator: AttributeColumn.listSeparator))
            evidence.append(src[0] + ": " + sentence(&r))
            weights.append(Double(c + mc))
        }

        var g = AttributedGraph()
        g.description = "diplograph-bench random graph: \(n) nodes, \(m) edges, seed \(seed)"
        g.labels = labels
        g.nodeAttributes = [
            Attribute(name: GraphKeys.entityID, type: .string, values: .string(labels.map { slug($0) })),
            Attribute(name: GraphKeys.type, type: .string, values: .string(types)),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int(mentions)),
            Attribute(name: GraphKeys.articles, type: .int, values: .int(articles)),
            Attribute(name: GraphKeys.aliases, type: .string, values: .string(aliases)),
            Attribute(name: GraphKeys.affiliation, type: .string, values: .string(affiliation)),
            Attribute(name: GraphKeys.roles, type: .string, values: .string(roleCol)),
            Attribute(name: GraphKeys.externalID, type: .string, values: .string(external)),
        ]
        g.sources = pairs.map(\.0)
        g.targets = pairs.map(\.1)
        g.weights = weights
        g.edgeAttributes = GraphKeys.edgeAttributes(
            kind: kind, cooccurrences: co, articles: arts, meetings: mcount, firstMeeting: first,
            lastMeeting: last, meetingDates: dates, places: places, sources: sources, evidence: evidence)
        return g
    }

    /// Node 0 and the node farthest from it in hops (breadth-first), with the hop count.
    static func farPair(_ g: AttributedGraph) -> (Int, Int, Int) {
        var adjacency = [[Int]](repeating: [], count: g.nodeCount)
        for e in 0..<g.edgeCount {
            adjacency[g.sources[e]].append(g.targets[e])
            adjacency[g.targets[e]].append(g.sources[e])
        }
        var dist = [Int](repeating: -1, count: g.nodeCount)
        var queue = [0]
        var head = 0
        dist[0] = 0
        var far = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            if dist[v] > dist[far] || (dist[v] == dist[far] && v < far) { far = v }
            for w in adjacency[v] where dist[w] < 0 {
                dist[w] = dist[v] + 1
                queue.append(w)
            }
        }
        return (0, far, dist[far])
    }
}
