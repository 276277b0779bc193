import Testing

@testable import DiplographCore

@Suite("Diagram view")
struct DiagramViewTests {
    /// A star of `n` meeting edges around node 0, then a chain of co-occurrence-only edges with
    /// descending weights, one seen only once (weight 1, the highest npmi), one with npmi < 0.
    static func graph(meetingEdges n: Int, cooccurrenceEdges c: Int) -> AttributedGraph {
        var g = AttributedGraph()
        let nodes = 1 + n + c + 1
        g.labels = (0..<nodes).map { "v\($0)" }
        var kinds: [String] = []
        var cooc: [Int?] = []
        var meet: [Int?] = []
        for i in 1...n {
            g.sources.append(0)
            g.targets.append(i)
            g.weights.append(Double(i) + 0.5)
            meet.append(i)
            cooc.append(1)
            kinds.append("both")
        }
        for j in 0..<c {
            g.sources.append(n + j)
            g.targets.append(n + j + 1)
            g.weights.append(0.9 - Double(j) * 0.01)
            meet.append(0)
            cooc.append(2)
            kinds.append("cooccurrence")
        }
        // Once together: npmi 1, but below the two-window minimum.
        g.sources.append(1)
        g.targets.append(nodes - 1)
        g.weights.append(1)
        meet.append(0)
        cooc.append(1)
        kinds.append("cooccurrence")
        // Negative association.
        g.sources.append(2)
        g.targets.append(nodes - 1)
        g.weights.append(-0.2)
        meet.append(0)
        cooc.append(5)
        kinds.append("cooccurrence")
        g.nodeAttributes = [
            Attribute(
                name: GraphKeys.type, type: .string,
                values: .string(g.labels.indices.map { $0 % 5 == 0 ? "country" : "person" })),
            Attribute(
                name: GraphKeys.affiliation, type: .string,
                values: .string(g.labels.indices.map { $0 % 5 == 0 ? nil : ($0 == 3 ? "v99" : "v\($0 - $0 % 5)") })),
        ]
        g.edgeAttributes = [
            Attribute(name: GraphKeys.kind, type: .string, values: .string(kinds)),
            Attribute(name: GraphKeys.cooccurrences, type: .int, values: .int(cooc)),
            Attribute(name: GraphKeys.meetings, type: .int, values: .int(meet)),
        ]
        g.description = "test graph"
        return g
    }

    func selected(_ d: AttributedGraph) -> Set<String> {
        Set(zip(d.sources, d.targets).map { "\(d.labels[$0])-\(d.labels[$1])" })
    }

    @Test func smallGraphKeepsEveryMeetingAndTheAssociatedPairsOnly() {
        var options = GraphOptions()
        options.measure = .npmi
        let d = DiagramView.select(Self.graph(meetingEdges: 3, cooccurrenceEdges: 2), graph: options)
        #expect(selected(d) == ["v0-v1", "v0-v2", "v0-v3", "v3-v4", "v4-v5"])
        // Node order and edge order are the original ones; attributes follow their rows.
        #expect(d.labels == ["v0", "v1", "v2", "v3", "v4", "v5"])
        #expect(d.edgeAttribute(GraphKeys.meetings)?.values == .int([1, 2, 3, 0, 0]))
        #expect(d.weights == [1.5, 2.5, 3.5, 0.9, 0.89])
        // Groups: a country's own name, a person's affiliation; groups of one get none.
        #expect(d.nodeAttribute(DiagramView.groupKey)?.values == .string(["v0", "v0", "v0", nil, "v0", nil]))
        #expect(d.description.hasPrefix("test graph\nDiagram: 6 people, countries, organizations and places, 5 edges"))
        #expect(d.description.contains("seen together in 2+ sentences, highest npmi first"))
    }

    @Test func budgetsHoldAndMeetingsLeaveRoomForCooccurrences() {
        var options = GraphOptions()
        options.types = [.person, .country]
        let g = Self.graph(meetingEdges: 100, cooccurrenceEdges: 100)
        let d = DiagramView.select(g, graph: options)
        #expect(d.nodeCount <= 40 && d.edgeCount <= 80)
        #expect(
            d.description.contains(
                "Diagram: \(d.nodeCount) people and countries, \(d.edgeCount) edges (at most 40 nodes and 80 edges)"))
        let meetings = d.edgeAttribute(GraphKeys.meetings)!.values
        let met = (0..<d.edgeCount).filter { (meetings.int($0) ?? 0) > 0 }
        // The star has room for 29 meeting edges (30 of the 40 nodes): the most meetings first.
        #expect(met.count == 29)
        #expect(Set(met.map { meetings.int($0)! }) == Set(72...100))
        // The strongest co-occurrences fill the rest.
        #expect(d.edgeCount - met.count == 10)
        #expect(d.nodeCount == 40)
        // Smaller budgets.
        var small = DiagramOptions()
        small.maxNodes = 5
        small.maxEdges = 4
        let s = DiagramView.select(g, options: small, graph: options)
        #expect(s.nodeCount <= 5 && s.edgeCount <= 4 && s.edgeCount > 0)
    }

    @Test func emptyGraphGivesAnEmptyDiagram() {
        let d = DiagramView.select(AttributedGraph(), graph: GraphOptions())
        #expect(d.nodeCount == 0 && d.edgeCount == 0)
    }
}
