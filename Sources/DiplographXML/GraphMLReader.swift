import CLibXML2
import DiplographCore
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

    public init(columns: GraphMLColumns = GraphMLColumns()) { self.columns = columns }

    /// Reads the GraphML file at `path` (`.graphml.gz` works too: libxml2 decompresses it).
    /// `meter` counts the XML events and bytes libxml2 delivered, also when the read fails.
    public func read(path: String, meter: WorkMeter? = nil) throws -> AttributedGraph {
        try readDeferring(path: path, meter: meter).graph
    }

    /// Reads GraphML from memory; `name` is the file name diagnostics print.
    public func read(bytes: [UInt8], name: String, meter: WorkMeter? = nil) throws -> AttributedGraph {
        try readDeferring(bytes: bytes, name: name, meter: meter).graph
    }

    /// Reads the GraphML file at `path`; the edge columns `columns.deferredEdgeStrings` names
    /// come back as bytes in `deferred` instead of in the graph.
    public func readDeferring(path: String, meter: WorkMeter? = nil) throws -> (graph: AttributedGraph, deferred: DeferredStrings) {
        _ = libxml2Initialized
        guard access(path, R_OK) == 0 else {
            throw DiagnosticList([Diagnostic(file: path, message: "cannot read the file: " + String(cString: strerror(errno)))])
        }
        var info = stat()
        let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
        return try GraphMLParse.run(file: path, size: size, columns: columns, cannotOpen: "cannot open the file as XML", meter: meter) { ctxt in
            xmlCtxtReadFile(ctxt, path, nil, graphMLOptions)
        }
    }

    /// `readDeferring(path:)` from memory; `name` is the file name diagnostics print.
    public func readDeferring(bytes: [UInt8], name: String, meter: WorkMeter? = nil) throws -> (graph: AttributedGraph, deferred: DeferredStrings) {
        _ = libxml2Initialized
        return try bytes.withUnsafeBufferPointer { buf in
            let base = UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            return try GraphMLParse.run(file: name, size: buf.count, columns: columns, cannotOpen: "cannot parse the input as XML", meter: meter) { ctxt in
                xmlCtxtReadMemory(ctxt, base.assumingMemoryBound(to: CChar.self), Int32(buf.count), name, nil, graphMLOptions)
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
/// let (g, deferred) = try GraphMLReader(columns: c).readDeferring(path: "big.graphml")
/// ```
public struct GraphMLColumns: Sendable, Hashable {
    /// Node columns to build by `attr.name`; nil: all. (Labels are always read, and so is a
    /// `name` column, which labels fall back to.)
    public var nodeColumns: Set<String>?
    /// Edge columns to build; nil: all. (Weights are always read.)
    public var edgeColumns: Set<String>?
    /// String edge columns kept as UTF-8 bytes in a `DeferredStrings` (the first edge column of
    /// each name), whether or not `edgeColumns` lists them.
    public var deferredEdgeStrings: Set<String> = []

    public init(nodeColumns: Set<String>? = nil, edgeColumns: Set<String>? = nil, deferredEdgeStrings: Set<String> = []) {
        self.nodeColumns = nodeColumns
        self.edgeColumns = edgeColumns
        self.deferredEdgeStrings = deferredEdgeStrings
    }
}

/// The hardened options plus XML_PARSE_NOBLANKS.
private let graphMLOptions = hardenedXMLOptions | Int32(XML_PARSE_NOBLANKS.rawValue)

// MARK: - SAX callbacks

/// The parse state of a context's callbacks, or nil for a context parsing an entity's
/// replacement text (libxml2 checks it once through a child context sharing our handlers; its
/// content is never part of the graph).
@inline(__always)
private func state(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<GraphMLParse>? {
    guard let ctx else { return nil }
    let c = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let p = c.pointee._private?.assumingMemoryBound(to: GraphMLParse.self), p.pointee.ctxt == c else { return nil }
    return p
}

private let saxStartElement: startElementNsSAX2Func = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
    guard let p = state(ctx), let localname else { return }
    p.pointee.work.xmlEvents += 1
    if let attributes {
        for i in 0..<Int(max(nbAttributes, 0)) {
            if let value = attributes[5 * i + 3], let end = attributes[5 * i + 4] { p.pointee.work.xmlBytes += end - value }
        }
    }
    p.pointee.startElement(localname, attributes: attributes, count: Int(nbAttributes))
}

private let saxEndElement: endElementNsSAX2Func = { ctx, localname, _, _ in
    guard let p = state(ctx), let localname else { return }
    p.pointee.work.xmlEvents += 1
    p.pointee.endElement(localname)
}

private let saxCharacters: charactersSAXFunc = { ctx, ch, len in
    guard let p = state(ctx), let ch, len > 0 else { return }
    p.pointee.work.xmlEvents += 1
    p.pointee.work.xmlBytes += Int(len)
    p.pointee.characters(UnsafeBufferPointer(start: ch, count: Int(len)))
}

/// Errors of the context and of the child contexts that check entities.
private let saxError: xmlStructuredErrorFunc = { ctx, error in
    guard let ctx else { return }
    let c = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let p = c.pointee._private?.assumingMemoryBound(to: GraphMLParse.self) else { return }
    p.pointee.errors.add(error)
}

// MARK: - Parse state

/// One streaming pass over a GraphML document: libxml2's default SAX2 handlers (which keep
/// the DTD and its entities, so entity checks behave as in any libxml2 parse) with element and
/// text events handled here; no tree is built.
private struct GraphMLParse {
    let ctxt: xmlParserCtxtPtr
    let file: String
    let plan: GraphMLColumns
    let errors = XMLErrorCollector()
    var diagnostics: [Diagnostic] = []
    var deferred = DeferredStrings()
    /// The input's size in bytes (compressed for a .gz file), for reserving the edge arrays.
    var inputSize = 0
    var firstEdgeOffset = 0
    /// The events and bytes received (`WorkCount.xmlEvents`, `xmlBytes`).
    var work = WorkCount()

    /// Runs `parse` (xmlCtxtReadFile or xmlCtxtReadMemory) on a fresh context with our handlers.
    static func run(file: String, size: Int, columns: GraphMLColumns, cannotOpen: String, meter: WorkMeter?,
                    _ parse: (xmlParserCtxtPtr) -> xmlDocPtr?) throws -> (graph: AttributedGraph, deferred: DeferredStrings) {
        guard let ctxt = xmlNewParserCtxt() else { throw DiagnosticList([Diagnostic(file: file, message: cannotOpen)]) }
        defer { xmlFreeParserCtxt(ctxt) }
        guard let sax = ctxt.pointee.sax else { throw DiagnosticList([Diagnostic(file: file, message: cannotOpen)]) }
        sax.pointee.startElementNs = saxStartElement
        sax.pointee.endElementNs = saxEndElement
        sax.pointee.characters = saxCharacters
        sax.pointee.cdataBlock = nil
        sax.pointee.reference = nil            // user-defined entity references are dropped
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.serror = saxError
        sax.pointee.error = nil
        sax.pointee.warning = nil
        let p = UnsafeMutablePointer<GraphMLParse>.allocate(capacity: 1)
        p.initialize(to: GraphMLParse(ctxt: ctxt, file: file, plan: columns))
        p.pointee.inputSize = size
        defer { p.deinitialize(count: 1); p.deallocate() }
        ctxt.pointee._private = UnsafeMutableRawPointer(p)
        // Errors raised without a context (conversion from the declared encoding) are collected
        // too, not printed on standard error.
        let doc = p.pointee.errors.capturing { parse(ctxt) }
        if let doc { xmlFreeDoc(doc) }
        if let leftover = ctxt.pointee.myDoc { xmlFreeDoc(leftover); ctxt.pointee.myDoc = nil }
        ctxt.pointee._private = nil
        meter?.count += p.pointee.work
        return try p.pointee.result(wellFormed: doc != nil && ctxt.pointee.wellFormed != 0)
    }

    init(ctxt: xmlParserCtxtPtr, file: String, plan: GraphMLColumns) {
        self.ctxt = ctxt
        self.file = file
        self.plan = plan
    }

    // Interned element and attribute names (pointers into the parser's dictionary), looked up
    // at the first element, once the document's dictionary is in place.
    var interned = false
    var sNode, sEdge, sData, sKey, sDefault, sGraph, sGraphML, sDesc, sID, sSource, sTarget, sFor, sAttrName, sAttrType, sYFilesType: UnsafePointer<UInt8>?

    mutating func intern() {
        interned = true
        let dict = ctxt.pointee.dict
        func i(_ s: StaticString) -> UnsafePointer<UInt8>? { dict.flatMap { xmlDictLookup($0, s.utf8Start, -1) } }
        sNode = i("node"); sEdge = i("edge"); sData = i("data"); sKey = i("key")
        sDefault = i("default"); sGraph = i("graph"); sGraphML = i("graphml"); sDesc = i("desc")
        sID = i("id"); sSource = i("source"); sTarget = i("target"); sFor = i("for")
        sAttrName = i("attr.name"); sAttrType = i("attr.type"); sYFilesType = i("yfiles.type")
    }

    // MARK: Model being built

    enum Kind { case bool, int, double, string }

    /// What becomes of a column's values: stored, checked only, or (strings) bytes in `deferred`.
    enum Use: Equatable { case keep, skip, deferred(Int) }

    /// A typed column filled lazily: rows past the end are nil until `pad`.
    struct Column {
        let name: String
        let type: AttributeType
        let kind: Kind
        let forAll: Bool
        var use = Use.keep
        var bools: [Bool?] = [], ints: [Int?] = [], doubles: [Double?] = [], strings: [String?] = []
        var present = 0
        var defaultText: [UInt8]?

        init(name: String, type: AttributeType, forAll: Bool) {
            self.name = name
            self.type = type
            self.forAll = forAll
            switch type {
            case .boolean: kind = .bool
            case .int, .long: kind = .int
            case .float, .double: kind = .double
            case .string: kind = .string
            }
        }

        @inline(__always)
        static func put<T>(_ a: inout [T?], _ row: Int, _ v: T) {
            if row < a.count { a[row] = v; return }
            if row > a.count { a.append(contentsOf: repeatElement(nil, count: row - a.count)) }
            a.append(v)
        }

        mutating func pad(to n: Int) {
            func p<T>(_ a: inout [T?]) { if a.count < n { a.append(contentsOf: repeatElement(nil, count: n - a.count)) } }
            switch kind {
            case .bool: p(&bools)
            case .int: p(&ints)
            case .double: p(&doubles)
            case .string: p(&strings)
            }
        }
    }

    /// What a key fills: labels, weights, or a column (index into nodeColumns / edgeColumns).
    enum Target { case label, weight, column(Int) }

    struct Key {
        var id: [UInt8]
        var name: String
        var type: AttributeType
        var node: Target?
        var edge: Target?
        var defaultText: [UInt8]?
    }

    var keys: [Key] = []
    var lastKey = -1
    var nodeColumns: [Column] = []
    var edgeColumns: [Column] = []
    var weightKey: Int?  // index in `keys` holding the weight role

    var labels: [String?] = []
    var nodeIDs: [String] = []              // every node's id, for labels that fall back to it
    var numericIndex: [Int32] = []          // "n<k>" → index + 1 (0: absent)
    var namedIndex: [String: Int] = [:]
    var sources: [Int] = []
    var targets: [Int] = []
    var weights: [Double?] = []
    var description: String?

    // MARK: Capture state

    enum Owner { case node(Int), edge(Int), other }
    var owners: [Owner] = []
    enum Capture { case none, data(Int, Owner), keyDefault(Int), desc }
    var capture: Capture = .none
    var captureDepth = 0
    var captureLine = 0
    var text: [UInt8] = []
    /// Where the text since the last tag inside the capture starts, and whether the innermost
    /// open element of the capture has had a child element (whitespace runs then are layout).
    var runStart = 0
    var childSeen = false
    var currentKey: Int?      // index of the `<key>` being read (for its `<default>`)
    var sawRoot = false
    var stop = false
    var graphDepth = 0
    /// The element just started was `<x/>`: its end event is not handled.
    var skipEnd = false

    /// The line of the current element (libxml2 reports events at the end of the start tag).
    func line() -> Int {
        if let input = ctxt.pointee.input { return Int(input.pointee.line) }
        return 0
    }

    mutating func error(_ message: String, line l: Int? = nil) {
        guard diagnostics.count < 20 else { return }
        diagnostics.append(Diagnostic(file: file, line: l ?? line(), message: message))
    }

    mutating func halt() {
        stop = true
        xmlStopParser(ctxt)
    }

    // MARK: Result

    mutating func result(wellFormed: Bool) throws -> (graph: AttributedGraph, deferred: DeferredStrings) {
        if stop { throw DiagnosticList(diagnostics) }
        if !wellFormed || !errors.entries.isEmpty {
            var d = errors.diagnostics(file: file)
            if d.isEmpty { d = [Diagnostic(file: file, line: line(), message: "the file is not well-formed XML")] }
            throw DiagnosticList(d)
        }
        if !sawRoot { error("not a GraphML file: the root element is not <graphml>", line: 1) }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        let g = finish()
        return (g, deferred)
    }

    // MARK: Events

    @inline(__always)
    func eq(_ p: UnsafePointer<UInt8>, _ interned: UnsafePointer<UInt8>?, _ literal: StaticString) -> Bool {
        p == interned || (p[0] == literal.utf8Start[0] && strcmp(p, literal.utf8Start) == 0)
    }

    typealias Attributes = UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: Attributes, count: Int) {
        if !interned { intern() }
        // libxml2 calls us with its cursor on the start tag's closing `>` or `/>`.
        let empty = ctxt.pointee.input.map { $0.pointee.cur.map { $0[0] == UInt8(ascii: "/") } ?? false } ?? false
        skipEnd = empty
        if case .none = capture {} else {
            // Markup inside <data> (yFiles graphics and the like): its text is kept, its tags are not.
            dropLayoutRun(force: true)
            if empty { childSeen = true } else { captureDepth += 1; childSeen = false }
            return
        }
        if !sawRoot {
            if !eq(name, sGraphML, "graphml") {
                error("not a GraphML file: the root element is <\(String(cString: name))>, not <graphml>")
                halt()
                return
            }
            sawRoot = true
            return
        }
        if eq(name, sData, "data") { startData(attributes, count, empty: empty) }
        else if eq(name, sEdge, "edge") { startEdge(attributes, count, empty: empty) }
        else if eq(name, sNode, "node") { startNode(attributes, count, empty: empty) }
        else if eq(name, sKey, "key") { startKey(attributes, count, empty: empty) }
        else if eq(name, sDefault, "default") {
            if let k = currentKey, !empty { beginCapture(.keyDefault(k)) }
        } else if eq(name, sDesc, "desc") {
            if description == nil, !empty, graphDepth <= 1, owners.isEmpty { beginCapture(.desc) }
        } else if eq(name, sGraph, "graph") {
            if !empty { graphDepth += 1 }
        } else if !empty {
            owners.append(.other)  // hyperedge, port…: their data is ignored
        }
    }

    mutating func endElement(_ name: UnsafePointer<UInt8>) {
        if skipEnd { skipEnd = false; return }
        if case .none = capture {} else {
            dropLayoutRun(force: false)
            if captureDepth > 0 { captureDepth -= 1; childSeen = true; return }
            endCapture()
            return
        }
        if eq(name, sKey, "key") { currentKey = nil }
        else if eq(name, sGraph, "graph") { graphDepth -= 1 }
        else if eq(name, sGraphML, "graphml") || eq(name, sDefault, "default") || eq(name, sDesc, "desc") {}
        else if !owners.isEmpty { owners.removeLast() }
    }

    @inline(__always)
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if case .none = capture { return }
        text.append(contentsOf: bytes)
    }

    /// Drops the whitespace-only text since the last tag when it only lays out child markup:
    /// before a child's start tag (`force`), or before an end tag once a child was seen.
    mutating func dropLayoutRun(force: Bool) {
        defer { runStart = text.count }
        guard runStart < text.count, force || childSeen else { return }
        for i in runStart..<text.count {
            let b = text[i]
            if !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { return }
        }
        text.removeSubrange(runStart...)
    }

    mutating func beginCapture(_ c: Capture) {
        capture = c
        captureDepth = 0
        captureLine = line()
        text.removeAll(keepingCapacity: true)
        runStart = 0
        childSeen = false
    }

    mutating func endCapture() {
        let c = capture
        capture = .none
        switch c {
        case .none: break
        case .data(let k, let owner): store(key: k, owner: owner)
        case .keyDefault(let k): keys[k].defaultText = text
        case .desc: description = String(decoding: text, as: UTF8.self)
        }
    }

    // MARK: Attributes of the current element

    /// Calls `body(name, value)` for each attribute; `value` is the value's bytes (in the
    /// parser's buffer, not NUL-terminated). libxml2 leaves `&#38;` and user-defined entity
    /// references in values it had to copy: they are decoded here (an internal entity's
    /// replacement text, one level), as its tree builder does. Static, so that `body` may mutate
    /// the parse state without a copy of it.
    @inline(__always)
    static func forEachAttribute(_ ctxt: xmlParserCtxtPtr, _ attributes: Attributes, _ count: Int,
                                 _ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let attributes, count > 0 else { return }
        for i in 0..<count {
            guard let name = attributes[5 * i], let value = attributes[5 * i + 3], let end = attributes[5 * i + 4] else { continue }
            let raw = UnsafeBufferPointer(start: value, count: end - value)
            if raw.contains(UInt8(ascii: "&")) {
                let decoded = decodeReferences(ctxt, raw)
                decoded.withUnsafeBufferPointer { body(name, $0) }
            } else {
                body(name, raw)
            }
        }
    }

    static func decodeReferences(_ ctxt: xmlParserCtxtPtr, _ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "&"), let semi = raw[i...].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(raw[i]); i += 1; continue
            }
            let ref = Array(raw[(i + 1)..<semi])
            if ref == Array("#38".utf8) {
                out.append(UInt8(ascii: "&"))
            } else if ref.first != UInt8(ascii: "#"), let doc = ctxt.pointee.myDoc {
                let ent = (ref + [0]).withUnsafeBufferPointer { xmlGetDocEntity(doc, $0.baseAddress!) }
                if let ent, ent.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = ent.pointee.content {
                    out.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            } else {
                out.append(contentsOf: raw[i...semi])
            }
            i = semi + 1
        }
        return out
    }

    // MARK: Keys

    mutating func startKey(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var id: [UInt8]?
        var domain = "all"
        var name: String?
        var typeName = "string"
        var yfiles = false
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sID, "id") { id = Array(v) }
            else if eq(n, sFor, "for") { domain = String(decoding: v, as: UTF8.self) }
            else if eq(n, sAttrName, "attr.name") { name = String(decoding: v, as: UTF8.self) }
            else if eq(n, sAttrType, "attr.type") { typeName = String(decoding: v, as: UTF8.self).lowercased() }
            else if eq(n, sYFilesType, "yfiles.type") { yfiles = true }
        }
        guard let id else { error("a <key> without an id"); return }
        if yfiles && name == nil { return }  // yEd graphics: not data
        let attrName = name ?? String(decoding: id, as: UTF8.self)
        let type: AttributeType
        switch typeName {
        case "int", "integer", "short", "byte", "long", "biginteger": type = typeName == "long" || typeName == "biginteger" ? .long : .int
        case "double", "bigdecimal": type = .double
        case "float": type = .float
        case "boolean", "bool": type = .boolean
        default: type = .string
        }
        var key = Key(id: id, name: attrName, type: type)
        let forAll = domain == "all"
        if domain == "node" || forAll {
            if attrName == "label", !keys.contains(where: { if case .label = $0.node { return true }; return false }) {
                key.node = .label
            } else {
                var c = Column(name: attrName, type: type, forAll: forAll)
                if let keep = plan.nodeColumns, !keep.contains(attrName), attrName != "name" { c.use = .skip }
                nodeColumns.append(c)
                key.node = .column(nodeColumns.count - 1)
            }
        }
        if domain == "edge" || forAll {
            let exact = attrName == "weight"
            if (exact && !(weightKey.map { keys[$0].name == "weight" } ?? false)) || (attrName.lowercased() == "weight" && weightKey == nil) {
                if let old = weightKey {
                    // An exact `weight` replaces an earlier `Weight`, which becomes a column.
                    appendEdgeColumn(Column(name: keys[old].name, type: keys[old].type, forAll: false))
                    keys[old].edge = .column(edgeColumns.count - 1)
                }
                weightKey = keys.count
                key.edge = .weight
            } else {
                appendEdgeColumn(Column(name: attrName, type: type, forAll: forAll))
                key.edge = .column(edgeColumns.count - 1)
            }
        }
        keys.append(key)
        if !empty { currentKey = keys.count - 1 }
    }

    /// Appends an edge column, deciding what becomes of it when it holds strings.
    mutating func appendEdgeColumn(_ column: Column) {
        var c = column
        // Deferred only when first of its name, so that a lookup by name finds the column
        // `AttributedGraph.edgeAttribute` would.
        if c.type == .string, plan.deferredEdgeStrings.contains(c.name), !edgeColumns.contains(where: { $0.name == c.name }) {
            c.use = .deferred(deferred.addColumn(name: c.name))
        } else if let keep = plan.edgeColumns, !keep.contains(c.name) {
            c.use = .skip
        }
        edgeColumns.append(c)
    }

    /// The index of the key whose id is `id`; tries the key after the last match first, since
    /// `<data>` elements usually follow the order of the keys.
    @inline(__always)
    mutating func findKey(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = keys.count
        guard n > 0 else { return nil }
        var k = lastKey + 1
        for _ in 0..<n {
            if k >= n { k = 0 }
            let hit = keys[k].id.withUnsafeBufferPointer {
                $0.count == id.count && (id.count == 0 || memcmp($0.baseAddress!, id.baseAddress!, id.count) == 0)
            }
            if hit { lastKey = k; return k }
            k += 1
        }
        return nil
    }

    // MARK: Nodes and edges

    /// The index of the node `id`, created when new.
    @inline(__always)
    mutating func node(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        // Fast path: "n<decimal>" without leading zeros (at most 10 digits), the ids Diplograph,
        // NetworkX-converted and igraph files use.
        let n = id.count
        if n >= 2, n <= 11, id[0] == UInt8(ascii: "n"), id[1] &- UInt8(ascii: "0") < 10, !(id[1] == UInt8(ascii: "0") && n > 2) {
            var v = 0
            var i = 1
            while i < n, id[i] &- UInt8(ascii: "0") < 10 {
                v = v * 10 + Int(id[i] - UInt8(ascii: "0"))
                i += 1
            }
            if i == n, v < 4 * labels.count + 65536 {
                if v >= numericIndex.count {
                    numericIndex.append(contentsOf: repeatElement(0, count: max(v + 1, numericIndex.count * 2) - numericIndex.count))
                }
                let slot = numericIndex[v]
                if slot > 0 { return Int(slot) - 1 }
                let index = addNode(String(decoding: id, as: UTF8.self))
                numericIndex[v] = Int32(index + 1)
                return index
            }
            // Out of range for the table: the string form below is distinct, so no clash.
        }
        let s = String(decoding: id, as: UTF8.self)
        if let i = namedIndex[s] { return i }
        let index = addNode(s)
        namedIndex[s] = index
        return index
    }

    mutating func addNode(_ id: String) -> Int {
        labels.append(nil)
        nodeIDs.append(id)
        return labels.count - 1
    }

    mutating func startNode(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var index: Int?
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sID, "id") { index = node(v) }
        }
        guard let index else { error("a <node> without an id"); if !empty { owners.append(.other) }; return }
        if !empty { owners.append(.node(index)) }
    }

    mutating func startEdge(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var s: Int?
        var t: Int?
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sSource, "source") { s = node(v) }
            else if eq(n, sTarget, "target") { t = node(v) }
        }
        guard let s, let t else {
            error("an <edge> without a \(s == nil ? "source" : "target")")
            if !empty { owners.append(.other) }
            return
        }
        sources.append(s)
        targets.append(t)
        weights.append(nil)
        if sources.count == 1 || sources.count == 4096 { reserveEdges() }
        if !empty { owners.append(.edge(sources.count - 1)) }
    }

    /// Reserves the edge arrays for the edges still to come, estimated from the bytes the first
    /// 4095 edges took (so large files grow no array by copying; reserved pages that stay
    /// unused are never touched).
    mutating func reserveEdges() {
        let consumed = Int(xmlByteConsumed(ctxt))
        if sources.count == 1 { firstEdgeOffset = consumed; return }
        let perEdge = max(16, (consumed - firstEdgeOffset) / (sources.count - 1))
        guard inputSize > consumed, consumed > firstEdgeOffset else { return }
        let rows = sources.count + (inputSize - consumed) / perEdge * 9 / 8
        guard rows > 2 * sources.count else { return }
        sources.reserveCapacity(rows)
        targets.reserveCapacity(rows)
        weights.reserveCapacity(rows)
        for i in edgeColumns.indices where edgeColumns[i].use == .keep {
            switch edgeColumns[i].kind {
            case .bool: edgeColumns[i].bools.reserveCapacity(rows)
            case .int: edgeColumns[i].ints.reserveCapacity(rows)
            case .double: edgeColumns[i].doubles.reserveCapacity(rows)
            case .string: edgeColumns[i].strings.reserveCapacity(rows)
            }
        }
        deferred.reserveCapacity(rows: rows)
    }

    mutating func startData(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var key: Int?
        var keyName = ""
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sKey, "key") {
                key = findKey(v)
                if key == nil { keyName = String(decoding: v, as: UTF8.self) }
            }
        }
        let owner = owners.last ?? .other
        guard let key else {
            if case .other = owner {} else { error("<data> refers to the undeclared key '\(keyName)'") }
            if !empty { owners.append(.other) }
            return
        }
        if empty {
            text.removeAll(keepingCapacity: true)
            captureLine = line()
            store(key: key, owner: owner)
        } else {
            beginCapture(.data(key, owner))
        }
    }

    // MARK: Values

    mutating func store(key k: Int, owner: Owner) {
        let target: Target?
        let row: Int
        switch owner {
        case .node(let i): target = keys[k].node; row = i
        case .edge(let i): target = keys[k].edge; row = i
        case .other: return
        }
        guard let target else { return }
        switch target {
        case .label:
            labels[row] = String(decoding: text, as: UTF8.self)
        case .weight:
            if let w = parseDouble(text) { weights[row] = w } else { badValue(k, "a number") }
        case .column(let ci):
            let isNode: Bool
            if case .node = owner { isNode = true } else { isNode = false }
            switch isNode ? nodeColumns[ci].use : edgeColumns[ci].use {
            case .keep: break
            case .skip:
                // Checked, not stored.
                let kind = isNode ? nodeColumns[ci].kind : edgeColumns[ci].kind
                let expected: String?
                switch kind {
                case .string: expected = nil
                case .int: expected = parseInt(text) == nil ? "an integer" : nil
                case .double: expected = parseDouble(text) == nil ? "a number" : nil
                case .bool: expected = parseBool(text) == nil ? "true or false" : nil
                }
                if let expected { badValue(k, expected); return }
                if isNode { nodeColumns[ci].present += 1 } else { edgeColumns[ci].present += 1 }
                return
            case .deferred(let d):
                deferred.set(column: d, row: row, text)
                edgeColumns[ci].present += 1
                return
            }
            let expected = isNode ? Self.storeValue(&nodeColumns[ci], row: row, text) : Self.storeValue(&edgeColumns[ci], row: row, text)
            if let expected { badValue(k, expected) }
        }
    }

    /// Stores `text` parsed as the column's type; the expected form when it does not parse.
    @inline(__always)
    static func storeValue(_ c: inout Column, row: Int, _ text: [UInt8]) -> String? {
        switch c.kind {
        case .string: Column.put(&c.strings, row, String(decoding: text, as: UTF8.self))
        case .int: if let v = parseInt(text) { Column.put(&c.ints, row, v) } else { return "an integer" }
        case .double: if let v = parseDouble(text) { Column.put(&c.doubles, row, v) } else { return "a number" }
        case .bool: if let v = parseBool(text) { Column.put(&c.bools, row, v) } else { return "true or false" }
        }
        c.present += 1
        return nil
    }

    mutating func badValue(_ k: Int, _ expected: String) {
        let shown = String(decoding: text.prefix(40), as: UTF8.self)
        error("the value '\(shown)' of key '\(keys[k].name)' is not \(expected)", line: captureLine)
    }

    mutating func finish() -> AttributedGraph {
        for i in nodeColumns.indices where nodeColumns[i].use == .keep { nodeColumns[i].pad(to: labels.count) }
        for i in edgeColumns.indices where edgeColumns[i].use == .keep { edgeColumns[i].pad(to: sources.count) }
        // Defaults: rows without a value take the key's <default>.
        for k in keys {
            guard let d = k.defaultText else { continue }
            for (target, count, isNode) in [(k.node, labels.count, true), (k.edge, sources.count, false)] {
                guard let target else { continue }
                switch target {
                case .label:
                    let s = String(decoding: d, as: UTF8.self)
                    for i in 0..<count where labels[i] == nil { labels[i] = s }
                case .weight:
                    if let w = parseDouble(d) { for i in 0..<count where weights[i] == nil { weights[i] = w } }
                case .column(let ci):
                    if isNode {
                        if nodeColumns[ci].use == .keep { Self.fillDefault(&nodeColumns[ci], d, count) } else { nodeColumns[ci].defaultText = d }
                    } else if case .deferred(let dc) = edgeColumns[ci].use {
                        edgeColumns[ci].defaultText = d
                        deferred.setDefault(column: dc, String(decoding: d, as: UTF8.self))
                    } else if edgeColumns[ci].use == .skip {
                        edgeColumns[ci].defaultText = d
                    } else {
                        Self.fillDefault(&edgeColumns[ci], d, count)
                    }
                }
            }
        }
        func used(_ c: Column) -> Bool { !c.forAll || c.present > 0 || c.defaultText != nil }
        for c in edgeColumns {
            if case .deferred(let d) = c.use, !used(c) { deferred.unlist(column: d) }
        }
        func attributes(_ cols: [Column]) -> [Attribute] {
            cols.filter { $0.use == .keep && used($0) }.map { c in
                let values: AttributeColumn
                switch c.kind {
                case .bool: values = .bool(c.bools)
                case .int: values = .int(c.ints)
                case .double: values = .double(c.doubles)
                case .string: values = .string(c.strings)
                }
                return Attribute(name: c.name, type: c.type, values: values)
            }
        }
        var g = AttributedGraph()
        g.description = description ?? ""
        // No `label` key: igraph keeps names in a `name` key; otherwise the node id.
        let hasLabelKey = keys.contains { if case .label = $0.node { return true }; return false }
        let names = hasLabelKey ? nil : nodeColumns.first { $0.name == "name" && $0.kind == .string }?.strings
        g.labels = labels.indices.map { labels[$0] ?? names?[$0] ?? nodeIDs[$0] }
        g.nodeAttributes = attributes(nodeColumns)
        g.sources = sources
        g.targets = targets
        g.weights = weights.map { $0 ?? 1 }
        g.edgeAttributes = attributes(edgeColumns)
        return g
    }

    static func fillDefault(_ c: inout Column, _ d: [UInt8], _ count: Int) {
        c.defaultText = d
        switch c.kind {
        case .string: let s = String(decoding: d, as: UTF8.self); for i in 0..<count where c.strings[i] == nil { c.strings[i] = s }
        case .int: if let v = parseInt(d) { for i in 0..<count where c.ints[i] == nil { c.ints[i] = v } }
        case .double: if let v = parseDouble(d) { for i in 0..<count where c.doubles[i] == nil { c.doubles[i] = v } }
        case .bool: if let v = parseBool(d) { for i in 0..<count where c.bools[i] == nil { c.bools[i] = v } }
        }
    }
}

// MARK: - Number parsing over bytes

@inline(__always)
private func trimmed(_ b: [UInt8]) -> ArraySlice<UInt8> {
    var lo = 0, hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 || b[lo] == 0x0A || b[lo] == 0x0D { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0A || b[hi - 1] == 0x0D { hi -= 1 }
    return b[lo..<hi]
}

/// A decimal integer (optional sign); also an integral number written with a fraction (`12.0`).
func parseInt(_ bytes: [UInt8]) -> Int? {
    let s = trimmed(bytes)
    guard !s.isEmpty else { return nil }
    var i = s.startIndex
    var negative = false
    if s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { negative = s[i] == UInt8(ascii: "-"); i += 1 }
    guard i < s.endIndex else { return nil }
    var v = 0
    while i < s.endIndex {
        let d = s[i] &- UInt8(ascii: "0")
        guard d < 10 else {
            if let x = parseDouble(bytes), x == x.rounded(), abs(x) < 9.2e18 { return Int(x) }
            return nil
        }
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int(d))
        if o1 || o2 { return nil }
        v = a
        i += 1
    }
    return negative ? -v : v
}

/// A floating-point number as `strtod` reads it in the C locale (`3`, `3.5`, `1e-3`, `INF`, `NaN`).
func parseDouble(_ bytes: [UInt8]) -> Double? {
    let s = trimmed(bytes)
    guard !s.isEmpty, s.count < 64 else {
        if s.count >= 64 { return Double(String(decoding: s, as: UTF8.self)) }
        return nil
    }
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 65) { buf -> Double? in
        var n = 0
        for b in s { buf[n] = CChar(bitPattern: b); n += 1 }
        buf[n] = 0
        var end: UnsafeMutablePointer<CChar>?
        let v = strtod(buf.baseAddress!, &end)
        guard let end, end == buf.baseAddress! + n else { return nil }
        return v
    }
}

func parseBool(_ bytes: [UInt8]) -> Bool? {
    let s = trimmed(bytes)
    switch String(decoding: s, as: UTF8.self).lowercased() {
    case "true", "1", "yes": return true
    case "false", "0", "no": return false
    default: return nil
    }
}
