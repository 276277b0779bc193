import Foundation
import Testing

@testable import DiplographCore

/// Write throughput of the DOT, JSON and CSV writers on a 100,000-node, 1,000,000-edge graph with
/// the GraphBuilder attributes. Only with DIPLOGRAPH_PERF=1 (use a release build:
/// `DIPLOGRAPH_PERF=1 swift test -c release -Xswiftc -enable-testing --filter ExportPerformance`).
/// Prints the times; asserts only that the files are complete, never a duration.
@Suite("Export performance", .enabled(if: ProcessInfo.processInfo.environment["DIPLOGRAPH_PERF"] == "1"))
struct ExportPerformanceTests {
    static func bigGraph(nodes: Int = 100_000, edges: Int = 1_000_000) -> AttributedGraph {
        var g = AttributedGraph()
        g.description = "Synthetic graph for write throughput"
        g.labels = (0..<nodes).map { "Entity Name \($0)" }
        let types = ["person", "country", "organization", "place"]
        g.nodeAttributes = [
            Attribute(
                name: GraphKeys.entityID, type: .string, values: .string((0..<nodes).map { "entity-name-\($0)" })),
            Attribute(name: GraphKeys.type, type: .string, values: .string((0..<nodes).map { types[$0 % 4] })),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int((0..<nodes).map { $0 % 97 + 1 })),
            Attribute(name: GraphKeys.articles, type: .int, values: .int((0..<nodes).map { $0 % 13 + 1 })),
            Attribute(
                name: GraphKeys.aliases, type: .string, values: .string((0..<nodes).map { "Name \($0); E. Name \($0)" })
            ),
            Attribute(
                name: GraphKeys.affiliation, type: .string,
                values: .string((0..<nodes).map { $0 % 3 == 0 ? "Country \($0 % 50)" : nil })),
            Attribute(
                name: GraphKeys.roles, type: .string,
                values: .string((0..<nodes).map { $0 % 4 == 0 ? "Minister" : nil })),
            Attribute(name: GraphKeys.externalID, type: .string, values: .string((0..<nodes).map { _ in nil })),
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(nodes))
        }
        var src: [Int] = []
        var dst: [Int] = []
        src.reserveCapacity(edges)
        dst.reserveCapacity(edges)
        for _ in 0..<edges {
            let a = next()
            let b = (a + 1 + next() % (nodes - 1)) % nodes
            src.append(min(a, b))
            dst.append(max(a, b))
        }
        g.sources = src
        g.targets = dst
        g.weights = (0..<edges).map { Double($0 % 17 + 1) }
        let met = (0..<edges).map { $0 % 10 == 0 }
        g.edgeAttributes = [
            Attribute(name: GraphKeys.kind, type: .string, values: .string(met.map { $0 ? "both" : "cooccurrence" })),
            Attribute(name: GraphKeys.cooccurrences, type: .int, values: .int((0..<edges).map { $0 % 17 + 1 })),
            Attribute(name: GraphKeys.articles, type: .int, values: .int((0..<edges).map { $0 % 5 + 1 })),
            Attribute(name: GraphKeys.meetings, type: .int, values: .int(met.map { $0 ? 1 : 0 })),
            Attribute(
                name: GraphKeys.firstMeeting, type: .string, values: .string(met.map { $0 ? "2025-09-28" : nil })),
            Attribute(name: GraphKeys.lastMeeting, type: .string, values: .string(met.map { $0 ? "2025-09-28" : nil })),
            Attribute(
                name: GraphKeys.meetingDates, type: .string, values: .string(met.map { $0 ? "2025-09-28" : nil })),
            Attribute(name: GraphKeys.places, type: .string, values: .string(met.map { $0 ? "Beijing" : nil })),
            Attribute(
                name: GraphKeys.sources, type: .string,
                values: .string((0..<edges).map { "article-\($0 % 1000); article-\($0 % 777)" })),
            Attribute(
                name: GraphKeys.evidence, type: .string,
                values: .string(
                    (0..<edges).map {
                        "article-\($0 % 1000): The two \"sides\" discussed trade, security and visits."
                    })),
        ]
        return g
    }

    @Test func writeOneMillionEdges() throws {
        let g = Self.bigGraph()
        let dir = ExportTestKit.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writers: [(String, any GraphFormatWriter)] = [
            ("dot", DOTWriter()), ("json", JSONGraphWriter()), ("csv", CSVWriter()),
            ("neo4j.csv", CSVWriter(flavor: .neo4j)),
        ]
        for (ext, writer) in writers {
            let path = dir + "/big." + ext
            let start = ContinuousClock.now
            try writer.writeAtomically(g, to: path)
            let elapsed = ContinuousClock.now - start
            var bytes = 0
            var lines = 0
            for p in writer.outputPaths(for: path) {
                let data = try Data(contentsOf: URL(fileURLWithPath: p))
                bytes += data.count
                lines += data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            }
            print(
                "PERF \(ext): \(elapsed) for \(g.nodeCount) nodes, \(g.edgeCount) edges, \(bytes / 1_000_000) MB, \(lines) lines"
            )
            // Every format writes one line per node and per edge, plus a few for headers.
            #expect(lines >= g.nodeCount + g.edgeCount)
            #expect(lines <= g.nodeCount + g.edgeCount + 8)
        }
    }
}
