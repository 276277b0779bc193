/// CSV tables (`.csv`): one file of nodes and one of edges.
///
/// `-o graphs/diplomacy.csv` writes `graphs/diplomacy.nodes.csv` and `graphs/diplomacy.edges.csv`
/// and nothing at `graphs/diplomacy.csv` itself (a path already ending in `.nodes.csv` or
/// `.edges.csv` gives the same pair). Both tables are written to temporary files and renamed
/// into place only when both are complete. Written to a single stream (standard output, or
/// `write(_:toTemporaryFile:)`), the writer produces the edges table alone.
///
/// Two header flavours:
///
/// - `.gephi` (default), for Gephi's *Import spreadsheet*:
///   nodes `Id,Label,<node attributes…>`; edges `Source,Target,Type,Id,Weight,<edge attributes…>`
///   with `Type` = `Undirected` and edge ids `e0`, `e1`… Import the nodes table first.
/// - `.neo4j`, for `neo4j-admin database import full --nodes=X.nodes.csv --relationships=X.edges.csv`:
///   nodes `id:ID,label,:LABEL,<name>:<type>…` with the labels `Entity;Person` (`Country`,
///   `Organization`, `Place`, from the `type` attribute); edges
///   `:START_ID,:END_ID,:TYPE,weight:double,<name>:<type>…` with the relationship type `MET`
///   (edges whose `kind` is `meeting` or `both`), `CO_OCCURS_WITH` (`cooccurrence`) or
///   `RELATED_TO`. Property types: `long`, `double`, `boolean`, `string`. Line breaks inside
///   values are replaced by spaces so that no `--multiline-fields` is needed.
///
/// Both flavours: node ids `n0`, `n1`… as in the other formats; RFC 4180 quoting (a field that
/// contains a comma, a quote, CR or LF is quoted, quotes doubled); UTF-8 without BOM; LF line
/// ends; missing values as empty fields; ints as `12`, doubles in their shortest form. Attributes
/// whose names collide with a fixed column (case-insensitively) are left out.
public struct CSVWriter: GraphFormatWriter {
    /// The header conventions of one importer.
    public enum Flavor: String, Sendable, CaseIterable {
        case gephi, neo4j
    }

    /// Which importer the headers are for.
    public var flavor: Flavor
    /// `csv` (the tables are `NAME.nodes.csv` and `NAME.edges.csv`).
    public var extensions: [String] { ["csv"] }

    /// A writer of `flavor` tables.
    public init(flavor: Flavor = .gephi) {
        self.flavor = flavor
    }

    /// `stem.nodes.csv` and `stem.edges.csv` for `stem.csv` (or `stem.nodes.csv`, `stem.edges.csv`).
    public func outputPaths(for path: String) -> [String] {
        var stem = path
        for suffix in [".csv", ".nodes", ".edges"] where stem.lowercased().hasSuffix(suffix) {
            stem.removeLast(suffix.count)
        }
        return [stem + ".nodes.csv", stem + ".edges.csv"]
    }

    /// Writes both tables, each to a temporary file, renamed into place only when both are complete.
    public func writeAtomically(_ graph: AttributedGraph, to path: String) throws {
        let paths = outputPaths(for: path)
        try AtomicOutput.write(to: paths[0]) { nodesTmp in
            try AtomicOutput.write(to: paths[1]) { edgesTmp in
                let nodes = try ByteSink(path: nodesTmp)
                writeNodes(graph, to: nodes)
                try nodes.close()
                let edges = try ByteSink(path: edgesTmp)
                writeEdges(graph, to: edges)
                try edges.close()
            }
        }
    }

    /// The edges table alone (the single-stream form).
    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        let out = try ByteSink(path: path)
        writeEdges(graph, to: out)
        try out.close()
    }

    /// The nodes table as text.
    public func renderNodes(_ g: AttributedGraph) -> String {
        let out = ByteSink()
        writeNodes(g, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The edges table as text.
    public func renderEdges(_ g: AttributedGraph) -> String {
        let out = ByteSink()
        writeEdges(g, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static let fixedNodeColumns: Set<String> = ["id", "label", ":label", "id:id"]
    static let fixedEdgeColumns: Set<String> = [
        "source", "target", "type", "id", "label", "weight",
        ":start_id", ":end_id", ":type",
    ]

    /// Streams the nodes table into `out` (the caller closes it).
    ///
    /// - Complexity: O(V × node attributes).
    public func writeNodes(_ g: AttributedGraph, to out: ByteSink) {
        let attrs = g.nodeAttributes.filter { !CSVWriter.fixedNodeColumns.contains($0.name.lowercased()) }
        let newlines = flavor == .neo4j
        switch flavor {
        case .gephi: out.append("Id,Label")
        case .neo4j: out.append("id:ID,label,:LABEL")
        }
        for a in attrs {
            out.append(byte: UInt8(ascii: ","))
            CSVWriter.field(header(a), to: out, flattenNewlines: newlines)
        }
        out.append(byte: 0x0A)
        let types = g.nodeAttribute(GraphKeys.type)?.values
        for i in 0..<g.nodeCount {
            out.append("n")
            out.append(int: i)
            out.append(byte: UInt8(ascii: ","))
            CSVWriter.field(g.labels[i], to: out, flattenNewlines: newlines)
            if flavor == .neo4j {
                out.append(",Entity")
                if let t = types?.string(i), !t.isEmpty {
                    out.append(byte: UInt8(ascii: ";"))
                    CSVWriter.field(t.prefix(1).uppercased() + t.dropFirst(), to: out, flattenNewlines: true)
                }
            }
            for a in attrs {
                out.append(byte: UInt8(ascii: ","))
                a.values.writeText(i, to: out) { CSVWriter.field($0, to: $1, flattenNewlines: newlines) }
            }
            out.append(byte: 0x0A)
        }
    }

    /// Streams the edges table into `out` (the caller closes it).
    ///
    /// - Complexity: O(E × edge attributes).
    public func writeEdges(_ g: AttributedGraph, to out: ByteSink) {
        let attrs = g.edgeAttributes.filter { !CSVWriter.fixedEdgeColumns.contains($0.name.lowercased()) }
        let newlines = flavor == .neo4j
        switch flavor {
        case .gephi: out.append("Source,Target,Type,Id,Weight")
        case .neo4j: out.append(":START_ID,:END_ID,:TYPE,weight:double")
        }
        for a in attrs {
            out.append(byte: UInt8(ascii: ","))
            CSVWriter.field(header(a), to: out, flattenNewlines: newlines)
        }
        out.append(byte: 0x0A)
        let facts = GraphCodec.EdgeFacts(graph: g)
        for e in 0..<g.edgeCount {
            out.append("n")
            out.append(int: g.sources[e])
            out.append(",n")
            out.append(int: g.targets[e])
            switch flavor {
            case .gephi:
                out.append(",Undirected,e")
                out.append(int: e)
            case .neo4j:
                switch facts.kind(e) {
                case .meeting?, .both?: out.append(",MET")
                case .cooccurrence?: out.append(",CO_OCCURS_WITH")
                case nil: out.append(",RELATED_TO")
                }
            }
            out.append(byte: UInt8(ascii: ","))
            let w = e < g.weights.count ? g.weights[e] : 1
            out.append(double: w)
            for a in attrs {
                out.append(byte: UInt8(ascii: ","))
                a.values.writeText(e, to: out) { CSVWriter.field($0, to: $1, flattenNewlines: newlines) }
            }
            out.append(byte: 0x0A)
        }
    }

    /// A column header: the attribute's name (Gephi), or `name:type` (Neo4j).
    func header(_ a: Attribute) -> String {
        guard flavor == .neo4j else { return a.name }
        switch a.type {
        case .boolean: return a.name + ":boolean"
        case .int, .long: return a.name + ":long"
        case .float, .double: return a.name + ":double"
        case .string: return a.name
        }
    }

    /// Writes one RFC 4180 field: quoted when it contains `,` `"` CR or LF, quotes doubled.
    /// With `flattenNewlines`, CR, LF and CR LF become one space each.
    public static func field(_ s: String, to out: ByteSink, flattenNewlines: Bool = false) {
        var s = s
        s.withUTF8 { u in
            var needsQuotes = false
            var hasNewline = false
            for b in u {
                if b == 0x2C || b == 0x22 { needsQuotes = true }
                if b == 0x0A || b == 0x0D {
                    needsQuotes = true
                    hasNewline = true
                }
            }
            if !needsQuotes {
                out.append(bytes: u)
                return
            }
            if hasNewline && flattenNewlines {
                var t: [UInt8] = []
                t.reserveCapacity(u.count)
                var i = 0
                while i < u.count {
                    if u[i] == 0x0D && i + 1 < u.count && u[i + 1] == 0x0A {
                        i += 1
                        continue
                    }
                    t.append(u[i] == 0x0A || u[i] == 0x0D ? 0x20 : u[i])
                    i += 1
                }
                field(String(decoding: t, as: UTF8.self), to: out)
                return
            }
            out.append(byte: 0x22)
            var runStart = 0
            for i in 0..<u.count where u[i] == 0x22 {
                out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart...i]))
                out.append(byte: 0x22)
                runStart = i + 1
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart..<u.count]))
            out.append(byte: 0x22)
        }
    }
}
