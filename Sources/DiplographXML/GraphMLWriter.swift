import CLibXML2
import DiplographCore

/// GraphML through libxml2's xmlTextWriter.
public struct GraphMLWriter: GraphFormatWriter {
    public var extensions: [String] { ["graphml"] }
    public init() {}

    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        guard let w = xmlNewTextWriterFilename(path, 0) else { throw OutputError(path: path, message: "cannot open") }
        defer { xmlFreeTextWriter(w) }
        xmlTextWriterStartDocument(w, "1.0", "UTF-8", nil)
        xmlTextWriterStartElement(w, "graphml")
        xmlTextWriterWriteAttribute(w, "xmlns", "http://graphml.graphdrawing.org/xmlns")
        xmlTextWriterStartElement(w, "graph")
        xmlTextWriterWriteAttribute(w, "id", "G")
        xmlTextWriterWriteAttribute(w, "edgedefault", "undirected")
        xmlTextWriterEndElement(w)
        xmlTextWriterEndElement(w)
        xmlTextWriterEndDocument(w)
    }
}
