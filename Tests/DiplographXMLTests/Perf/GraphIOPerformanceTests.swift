import DiplographCore
@testable import DiplographXML
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// GraphML write, read and read + one path query on a 100,000-node, 1,000,000-edge graph with
/// the GraphBuilder attributes (most edges co-occurrences: few non-nil values). Only with
/// DIPLOGRAPH_PERF=1, in a release build:
///
///     DIPLOGRAPH_PERF=1 swift test -c release -Xswiftc -enable-testing --filter GraphIOPerformance
///
/// Prints wall and user+sys CPU times ("PERF …" lines) and leaves the file in
/// $TMPDIR/diplograph-perf.graphml for timing `diplograph path`. Asserts only that what is read
/// back is what was written, never a duration. DIPLOGRAPH_PERF_EDGES picks another size.
@Suite("GraphML I/O performance", .enabled(if: ProcessInfo.processInfo.environment["DIPLOGRAPH_PERF"] == "1"))
struct GraphIOPerformanceTests {
    static var edges: Int { Int(ProcessInfo.processInfo.environment["DIPLOGRAPH_PERF_EDGES"] ?? "") ?? 1_000_000 }

    /// Wall seconds and user+sys CPU seconds of `body`.
    static func measure<R>(_ label: String, _ body: () throws -> R) rethrows -> R {
        func cpu() -> Double {
            var u = rusage()
            getrusage(RUSAGE_SELF.rawValue, &u)
            return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
        }
        let c0 = cpu(), t0 = ContinuousClock.now
        let r = try body()
        let wall = ContinuousClock.now - t0, c = cpu() - c0
        let w = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        print("PERF \(label): wall \(String(format: "%.3f", w)) s, cpu \(String(format: "%.3f", c)) s")
        return r
    }

    @Test func writeReadAndQueryOneMillionEdges() throws {
        let m = Self.edges
        let g = PerfGraph.make(nodes: max(2, m / 10), edges: m, seed: 42)
        let path = NSTemporaryDirectory() + "/diplograph-perf.graphml"
        try Self.measure("graphml write \(g.nodeCount) nodes \(g.edgeCount) edges") {
            try GraphMLWriter().write(g, toTemporaryFile: path)
        }
        let back = try Self.measure("graphml read") { try GraphMLReader().read(path: path) }
        #expect(back.labels == g.labels)
        #expect(back.sources == g.sources && back.targets == g.targets && back.weights == g.weights)
        #expect(back.edgeAttributes == g.edgeAttributes)
        #expect(back.nodeAttributes == g.nodeAttributes)

        var options = PathOptions()
        options.via = .any
        let found = Self.measure("network + dijkstra") { () -> FoundPath? in
            let net = PathNetwork(graph: back, options: options)
            return PathSearch.shortest(net, from: 0, to: back.nodeCount - 1)
        }
        #expect(found != nil)
        let answer = try Self.measure("path query by names (index + network + search + answer)") {
            try PathQuery.run(graph: back, from: back.labels[0], to: back.labels[back.nodeCount - 1],
                              options: options, evidence: GraphHopEvidence(graph: back))
        }
        #expect(answer.paths.first?.found.nodes == found?.nodes)
        let total = try Self.measure("read + path query") { () -> PathAnswer in
            let h = try GraphMLReader().read(path: path)
            return try PathQuery.run(graph: h, from: h.labels[0], to: h.labels[h.nodeCount - 1],
                                     options: options, evidence: GraphHopEvidence(graph: h))
        }
        #expect(total.paths.first?.found.nodes == found?.nodes)
        print("PERF labels: from '\(back.labels[0])' to '\(back.labels[back.nodeCount - 1])'")
    }
}

/// The deterministic random graph of the benchmark: real attribute names and shapes.
enum PerfGraph {
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let firstNames = ["Amina", "Boris", "Chen", "Dara", "Elif", "Farid", "Goran", "Hana", "Ivan", "Jun",
                             "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Sergei", "Tomas"]
    static let syllables = ["ka", "ro", "mi", "ta", "zu", "le", "no", "vi", "sa", "de", "ri", "mo",
                            "ha", "ne", "ko", "la", "shi", "ven", "dor", "bar", "tel", "gan", "ul", "es"]
    static let words = ["the", "minister", "met", "in", "talks", "on", "trade", "security", "and", "with", "said",
                        "officials", "after", "a", "meeting", "delegation", "agreed", "to", "visit", "summit"]

    static func surname(_ i: Int) -> String {
        var n = i, s = ""
        var parts = 0
        repeat { s += syllables[n % syllables.count]; n /= syllables.count; parts += 1 } while n > 0 || parts < 3
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    static func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }

    static func make(nodes n: Int, edges m: Int, seed: UInt64) -> AttributedGraph {
        var r = SplitMix64(state: seed)
        var labels: [String] = [], types: [String?] = [], mentions: [Int?] = [], articles: [Int?] = []
        var aliases: [String?] = [], ids: [String?] = [], roles: [String?] = []
        for i in 0..<n {
            let u = r.below(100)
            let type: String, label: String
            switch u {
            case 0..<60: type = "person"; label = firstNames[r.below(firstNames.count)] + " " + surname(i)
            case 60..<80: type = "organization"; label = surname(i) + " Council"
            case 80..<90: type = "country"; label = "Republic of " + surname(i)
            default: type = "place"; label = surname(i) + " City"
            }
            labels.append(label)
            types.append(type)
            ids.append(label.lowercased().replacingOccurrences(of: " ", with: "-"))
            let mc = 1 + r.below(500)
            mentions.append(mc)
            articles.append(max(1, mc / (1 + r.below(4))))
            aliases.append(type == "person" ? label + listSeparator + surname(i) : label)
            roles.append(type == "person" && r.below(3) == 0 ? "Foreign Minister" : nil)
        }
        var seen = Set<UInt64>(minimumCapacity: m)
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(m)
        while pairs.count < m {
            let a = r.below(n), b = r.below(n)
            guard a != b else { continue }
            let (x, y) = a < b ? (a, b) : (b, a)
            if seen.insert(UInt64(x) * UInt64(n) + UInt64(y)).inserted { pairs.append((x, y)) }
        }
        pairs.sort { $0 < $1 }
        var kind: [String?] = [], co: [Int?] = [], arts: [Int?] = [], mcount: [Int?] = []
        var first: [String?] = [], last: [String?] = [], dates: [String?] = [], places: [String?] = []
        var sources: [String?] = [], evidence: [String?] = [], weights: [Double] = []
        for _ in pairs {
            let u = r.below(100)
            let k = u < 85 ? "cooccurrence" : (u < 90 ? "meeting" : "both")
            let c = k == "meeting" ? 0 : 1 + r.below(8) * r.below(4)
            let mc = k == "cooccurrence" ? 0 : 1 + r.below(3)
            var ds: [String] = []
            for _ in 0..<mc { ds.append("20\(20 + r.below(6))-\(two(1 + r.below(12)))-\(two(1 + r.below(28)))") }
            ds = Array(Set(ds)).sorted()
            var src: [String] = []
            for _ in 0..<(1 + r.below(3)) { src.append("a\(100_000 + r.below(250_000))") }
            src = Array(Set(src)).sorted()
            var sentence = ""
            let target = 50 + r.below(60)
            while sentence.utf8.count < target { sentence += (sentence.isEmpty ? "" : " ") + words[r.below(words.count)] }
            kind.append(k); co.append(c); arts.append(src.count); mcount.append(mc)
            first.append(ds.first); last.append(ds.last)
            dates.append(ds.isEmpty ? nil : ds.joined(separator: listSeparator))
            places.append(mc > 0 && r.below(2) == 0 ? surname(r.below(n)) + " City" : nil)
            sources.append(src.joined(separator: listSeparator))
            evidence.append(src[0] + ": " + sentence + ".")
            weights.append(Double(c + mc))
        }
        var g = AttributedGraph()
        g.description = "perf graph: \(n) nodes, \(m) edges, seed \(seed)"
        g.labels = labels
        g.nodeAttributes = [
            Attribute(name: GraphKeys.entityID, type: .string, values: .string(ids)),
            Attribute(name: GraphKeys.type, type: .string, values: .string(types)),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int(mentions)),
            Attribute(name: GraphKeys.articles, type: .int, values: .int(articles)),
            Attribute(name: GraphKeys.aliases, type: .string, values: .string(aliases)),
            Attribute(name: GraphKeys.roles, type: .string, values: .string(roles)),
        ]
        g.sources = pairs.map(\.0)
        g.targets = pairs.map(\.1)
        g.weights = weights
        g.edgeAttributes = GraphKeys.edgeAttributes(
            kind: kind, cooccurrences: co, articles: arts, meetings: mcount, firstMeeting: first,
            lastMeeting: last, meetingDates: dates, places: places, sources: sources, evidence: evidence)
        return g
    }
}
