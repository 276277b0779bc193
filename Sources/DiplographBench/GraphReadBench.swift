import DiplographCore
import DiplographXML

/// GraphML read through DiplographXML's streaming reader, checked against the written graph.
enum GraphReadBench {
    static func run(path: String, expecting graph: AttributedGraph, repeats: Int) throws {
        var read = AttributedGraph()
        let t = try medianTime(repeats) { read = try GraphMLReader().read(path: path) }
        result("graph.read.graphml", t, "s")
        let same =
            read.nodeCount == graph.nodeCount && read.edgeCount == graph.edgeCount
            && read.labels == graph.labels && read.sources == graph.sources && read.targets == graph.targets
            && read.weights == graph.weights
        note(
            "read .graphml: \(String(format: "%.3f", t)) s, \(read.nodeCount) nodes, \(read.edgeCount) edges, "
                + "round trip \(same ? "equal" : "DIFFERS")")
        result("graph.read.roundtrip_equal", same ? 1 : 0, "bool")
    }
}
