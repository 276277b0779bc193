import DiplographCore
import DiplographXML
import Testing

@Suite("Graph writers by extension")
struct GraphWritersTests {
    @Test("each output extension selects its writer, in any case; other paths none")
    func byExtension() {
        #expect(GraphWriters.writer(forPath: "out/b.graphml") is GraphMLWriter)
        #expect(GraphWriters.writer(forPath: "b.GEXF") is GEXFWriter)
        #expect(GraphWriters.writer(forPath: "b.gv") is DOTWriter)
        #expect(GraphWriters.writer(forPath: "b.dot") is DOTWriter)
        #expect(GraphWriters.writer(forPath: "b.json") is JSONGraphWriter)
        #expect(GraphWriters.writer(forPath: "b.nodes.csv") is CSVWriter)
        #expect(GraphWriters.writer(forPath: "b.htm") is HTMLViewerWriter)
        #expect(GraphWriters.writer(forPath: "b.txt") == nil)
        #expect(GraphWriters.writer(forPath: "graphml") == nil)
        // No extension is claimed twice, so the map is a function.
        let all = GraphWriters.all.flatMap(\.extensions)
        #expect(Set(all).count == all.count)
    }
}
