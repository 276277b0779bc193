import CLibXML2
import DiplographCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads GraphML written by Diplograph, NetworkX, igraph, Gephi and others with libxml2's
/// streaming SAX2 parser (memory stays bounded by the graph, not the file).
///
/// ```swift
/// let g = try GraphMLReader().read(path: "corpus.graphml")
/// print(g.nodeCount, g.edgeCount, g.labels.first ?? "")
/// ```
///
/// Mapping:
/// - the node key whose `attr.name` is `label` gives `labels` (a node without one is labelled by
///   its `name` when the file has no `label` key, as igraph writes, else by its id); the edge key named `weight` (or, failing that, `Weight` in any case) gives
///   `weights` (1 when absent); every other key becomes a typed column: `int`/`long` → `.int`,
///   `float`/`double` → `.double`, `boolean` → `.bool`, anything else → `.string`. A key's
///   `<default>` fills the rows without a `<data>`. Keys `for="all"` apply to nodes and edges
///   (a column nobody uses is dropped); keys for the graph, ports and hyperedges are ignored.
/// - Node ids become indices in document order. An edge naming a node that was never declared
///   creates that node (as NetworkX does); a later `<node>` with that id fills in its data.
/// - Directed graphs and edges are read as undirected; parallel edges and self-loops are kept;
///   hyperedges are ignored; nested graphs are flattened. The `<desc>` of the first graph (or
///   of the document) becomes `description`. Inside a `<data>` holding markup, whitespace
///   between tags is dropped; a `<data>` holding only whitespace keeps it.
/// - Hardened: no network, no entity substitution (external entities are never read; a
///   reference to a user-defined entity is dropped from the text), no DTD loading, libxml2's
///   default size and amplification limits (no XML_PARSE_HUGE).
///
/// Errors (not well-formed XML, a value that does not parse as its key's type, an edge
/// without `source`) throw `DiagnosticList` with `file:line` and the parser's message.
///
/// - Complexity: O(file size); element and attribute names are compared as interned C strings
///   (pointers into the parser's dictionary), numbers are parsed from the parser's bytes, and
///   the parse state is a struct reached through the parser context (no per-event allocation,
///   retain or exclusivity check).
public struct GraphMLReader: Sendable {
    /// Which string columns to build (all, by default).
    public var columns: GraphMLColumns

    /// Files of at least this many bytes are read in two halves on two threads when the
    /// machine has two cores (`GraphMLSplit`); the graph is the same as one pass gives.
    var splitAbove = 32 << 20

    /// A reader that builds the columns `columns` names.
    public init(columns: GraphMLColumns = GraphMLColumns()) { self.columns = columns }

    /// Reads the GraphML file at `path` (`.graphml.gz` works too: libxml2 decompresses it).
    /// `meter` counts the XML events and bytes libxml2 delivered, also when the read fails.
    public func read(path: String, meter: WorkMeter? = nil) throws -> AttributedGraph {
        try keepingEveryColumn.readDeferring(path: path, meter: meter).graph
    }

    /// Reads GraphML from memory; `name` is the file name diagnostics print.
    public func read(bytes: [UInt8], name: String, meter: WorkMeter? = nil) throws -> AttributedGraph {
        try keepingEveryColumn.readDeferring(bytes: bytes, name: name, meter: meter).graph
    }

    /// This reader with no deferred columns: `read` returns every column it builds in the graph.
    var keepingEveryColumn: GraphMLReader {
        var r = self
        r.columns.deferredEdgeStrings = []
        return r
    }

    /// Reads the GraphML file at `path` as the typed edge facts a path query reads: the edge
    /// columns `columns.deferredEdgeStrings` names stay bytes until a hop asks for them.
    ///
    /// ```swift
    /// var c = GraphMLColumns()
    /// c.edgeColumns = [GraphKeys.kind, GraphKeys.meetings]
    /// c.deferredEdgeStrings = [GraphKeys.evidence]
    /// let facts = try GraphMLReader(columns: c).readEdgeFacts(path: "big.graphml")
    /// facts.evidence(0)   // parsed from its bytes now
    /// ```
    public func readEdgeFacts(path: String, meter: WorkMeter? = nil) throws -> GraphCodec.EdgeFacts {
        let (graph, deferred) = try readDeferring(path: path, meter: meter)
        return GraphCodec.EdgeFacts(graph: graph, deferred: deferred)
    }

    /// Reads the GraphML file at `path`; the edge columns `columns.deferredEdgeStrings` names
    /// come back as bytes in `deferred` instead of in the graph.
    func readDeferring(path: String, meter: WorkMeter? = nil) throws -> (
        graph: AttributedGraph, deferred: DeferredStrings
    ) {
        _ = libxml2Initialized
        guard access(path, R_OK) == 0 else {
            throw DiagnosticList([
                Diagnostic(file: path, message: "cannot read the file: " + String(cString: strerror(errno)))
            ])
        }
        var info = stat()
        let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
        if size >= splitAbove, ProcessInfo.processInfo.activeProcessorCount > 1,
            let halves = GraphMLSplit.read(path: path, size: size, columns: columns, meter: meter)
        {
            return halves
        }
        return try GraphMLParse.run(
            file: path, size: size, columns: columns, cannotOpen: "cannot open the file as XML", meter: meter
        ) { ctxt in
            xmlCtxtReadFile(ctxt, path, nil, graphMLOptions)
        }
    }

    /// `readDeferring(path:)` from memory; `name` is the file name diagnostics print.
    func readDeferring(bytes: [UInt8], name: String, meter: WorkMeter? = nil) throws -> (
        graph: AttributedGraph, deferred: DeferredStrings
    ) {
        _ = libxml2Initialized
        return try bytes.withUnsafeBufferPointer { buf in
            let base = UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            return try GraphMLParse.run(
                file: name, size: buf.count, columns: columns, cannotOpen: "cannot parse the input as XML", meter: meter
            ) { ctxt in
                xmlCtxtReadMemory(
                    ctxt, base.assumingMemoryBound(to: CChar.self), Int32(buf.count), name, nil, graphMLOptions)
            }
        }
    }
}

/// Which columns a `GraphMLReader` builds. A column left out is still parsed and its values
/// checked against the key's type (a malformed file fails the same way), but not stored: no
/// `String` is made for it, no array grows.
///
/// ```swift
/// var c = GraphMLColumns()
/// c.nodeColumns = ["aliases", "entity_id", "type"]
/// c.edgeColumns = ["kind", "meetings"]
/// c.deferredEdgeStrings = ["evidence"]          // kept as bytes: DeferredStrings
/// let facts = try GraphMLReader(columns: c).readEdgeFacts(path: "big.graphml")
/// ```
public struct GraphMLColumns: Sendable, Hashable {
    /// Node columns to build by `attr.name`; nil: all. (Labels are always read, and so is a
    /// `name` column, which labels fall back to.)
    public var nodeColumns: Set<String>?
    /// Edge columns to build; nil: all. (Weights are always read.)
    public var edgeColumns: Set<String>?
    /// String edge columns kept as UTF-8 bytes in a `DeferredStrings` by `readEdgeFacts` (the
    /// first edge column of each name), whether or not `edgeColumns` lists them; `read` ignores
    /// this set.
    public var deferredEdgeStrings: Set<String> = []

    /// Columns to build; see the properties for the arguments.
    public init(nodeColumns: Set<String>? = nil, edgeColumns: Set<String>? = nil, deferredEdgeStrings: Set<String> = [])
    {
        self.nodeColumns = nodeColumns
        self.edgeColumns = edgeColumns
        self.deferredEdgeStrings = deferredEdgeStrings
    }
}

/// The hardened options plus XML_PARSE_NOBLANKS.
let graphMLOptions = hardenedXMLOptions | Int32(XML_PARSE_NOBLANKS.rawValue)
