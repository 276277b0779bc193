import CLibXML2
import DiplographCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads GraphML written by Diplograph, NetworkX, igraph, Gephi and others with libxml2's
/// streaming `xmlTextReader` (memory stays bounded by the graph, not the file).
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
///   of the document) becomes `description`.
/// - Hardened: no network, no entity substitution (external entities are never read; a
///   reference to a user-defined entity is dropped from the text), no DTD loading, libxml2's
///   default size and amplification limits (no XML_PARSE_HUGE).
///
/// Errors (not well-formed XML, a value that does not parse as its key's type, an edge
/// without `source`) throw `DiagnosticList` with `file:line` and the parser's message.
///
/// - Complexity: O(file size); names are compared as interned C strings, never as Swift Strings.
public struct GraphMLReader: Sendable {
    public init() {}

    /// Reads the GraphML file at `path` (`.graphml.gz` works too: libxml2 decompresses it).
    public func read(path: String) throws -> AttributedGraph {
        _ = libxml2Initialized
        guard access(path, R_OK) == 0 else {
            throw DiagnosticList([Diagnostic(file: path, message: "cannot read the file: " + String(cString: strerror(errno)))])
        }
        guard let reader = xmlReaderForFile(path, nil, graphMLOptions) else {
            throw DiagnosticList([Diagnostic(file: path, message: "cannot open the file as XML")])
        }
        return try GraphMLParse(reader: reader, file: path).run()
    }

    /// Reads GraphML from memory; `name` is the file name diagnostics print.
    public func read(bytes: [UInt8], name: String) throws -> AttributedGraph {
        _ = libxml2Initialized
        return try bytes.withUnsafeBufferPointer { buf in
            let base = UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            guard let reader = xmlReaderForMemory(base.assumingMemoryBound(to: CChar.self), Int32(buf.count), name, nil, graphMLOptions) else {
                throw DiagnosticList([Diagnostic(file: name, message: "cannot parse the input as XML")])
            }
            return try GraphMLParse(reader: reader, file: name).run()
        }
    }
}

/// The hardened options plus XML_PARSE_NOBLANKS: indentation between elements is never
/// delivered (half of a pretty-printed file's nodes). A `<data>` holding only whitespace reads
/// as empty.
private let graphMLOptions = hardenedXMLOptions | Int32(XML_PARSE_NOBLANKS.rawValue)

/// One streaming pass over a GraphML document.
private final class GraphMLParse {
    let reader: xmlTextReaderPtr
    let file: String
    let errors = XMLErrorCollector()
    var diagnostics: [Diagnostic] = []

    // Interned element and attribute names (pointers into the reader's dictionary).
    let sNode, sEdge, sData, sKey, sDefault, sGraph, sGraphML, sDesc, sID, sSource, sTarget, sFor, sAttrName, sAttrType, sYFilesType: UnsafePointer<UInt8>?

    init(reader: xmlTextReaderPtr, file: String) {
        self.reader = reader
        self.file = file
        func intern(_ s: StaticString) -> UnsafePointer<UInt8>? { xmlTextReaderConstString(reader, s.utf8Start) }
        sNode = intern("node"); sEdge = intern("edge"); sData = intern("data"); sKey = intern("key")
        sDefault = intern("default"); sGraph = intern("graph"); sGraphML = intern("graphml"); sDesc = intern("desc")
        sID = intern("id"); sSource = intern("source"); sTarget = intern("target"); sFor = intern("for")
        sAttrName = intern("attr.name"); sAttrType = intern("attr.type"); sYFilesType = intern("yfiles.type")
    }

    deinit { xmlFreeTextReader(reader) }

    // MARK: Model being built

    enum Kind { case bool, int, double, string }

    final class Column {
        let name: String
        let type: AttributeType
        let kind: Kind
        let forAll: Bool
        var bools: [Bool?] = [], ints: [Int?] = [], doubles: [Double?] = [], strings: [String?] = []
        var present = 0
        var defaultText: [UInt8]?

        init(name: String, type: AttributeType, forAll: Bool, rows: Int) {
            self.name = name
            self.type = type
            self.forAll = forAll
            switch type {
            case .boolean: kind = .bool
            case .int, .long: kind = .int
            case .float, .double: kind = .double
            case .string: kind = .string
            }
            for _ in 0..<rows { appendNil() }
        }

        @inline(__always)
        func appendNil() {
            switch kind {
            case .bool: bools.append(nil)
            case .int: ints.append(nil)
            case .double: doubles.append(nil)
            case .string: strings.append(nil)
            }
        }
    }

    enum Target { case label, weight, column(Column) }

    struct Key {
        var id: [UInt8]          // NUL-terminated
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
    var labelKeyDefault: [UInt8]?
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
    var currentKey: Int?      // index of the `<key>` being read (for its `<default>`)
    var sawRoot = false
    var stop = false
    var graphDepth = 0

    /// The line of the current node (the parser's own position runs ahead of it).
    func line() -> Int {
        if let n = xmlTextReaderCurrentNode(reader) {
            let l = xmlGetLineNo(n)
            if l > 0 { return Int(l) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    func error(_ message: String, line l: Int? = nil) {
        guard diagnostics.count < 20 else { return }
        diagnostics.append(Diagnostic(file: file, line: l ?? line(), message: message))
    }

    // MARK: Run

    func run() throws -> AttributedGraph {
        let ctx = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, readerErrorCallback, ctx)
        var failed = false
        withExtendedLifetime(errors) {
            while true {
                let r = xmlTextReaderRead(reader)
                if r == 0 { break }
                if r < 0 { failed = true; break }
                step()
                if stop { break }
            }
        }
        if failed || !errors.entries.isEmpty {
            var d = errors.diagnostics(file: file)
            if d.isEmpty { d = [Diagnostic(file: file, line: line(), message: "the file is not well-formed XML")] }
            throw DiagnosticList(d)
        }
        if !sawRoot && !stop { error("not a GraphML file: the root element is not <graphml>", line: 1) }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return finish()
    }

    @inline(__always)
    func eq(_ p: UnsafePointer<UInt8>, _ interned: UnsafePointer<UInt8>?, _ literal: StaticString) -> Bool {
        p == interned || (p[0] == literal.utf8Start[0] && strcmp(p, literal.utf8Start) == 0)
    }

    func step() {
        let type = xmlTextReaderNodeType(reader)
        switch type {
        case 1:  // element
            guard let name = xmlTextReaderConstLocalName(reader) else { return }
            let empty = xmlTextReaderIsEmptyElement(reader) == 1
            if case .none = capture {} else {
                // Markup inside <data> (yFiles graphics and the like): its text is kept, its tags are not.
                if !empty { captureDepth += 1 }
                return
            }
            if !sawRoot {
                if !eq(name, sGraphML, "graphml") {
                    error("not a GraphML file: the root element is <\(String(cString: name))>, not <graphml>")
                    stop = true
                    return
                }
                sawRoot = true
                return
            }
            if eq(name, sData, "data") { startData(empty: empty) }
            else if eq(name, sEdge, "edge") { startEdge(empty: empty) }
            else if eq(name, sNode, "node") { startNode(empty: empty) }
            else if eq(name, sKey, "key") { startKey(empty: empty) }
            else if eq(name, sDefault, "default") {
                if let k = currentKey, !empty { beginCapture(.keyDefault(k)) }
            } else if eq(name, sDesc, "desc") {
                if description == nil, !empty, graphDepth <= 1, owners.isEmpty { beginCapture(.desc) }
            } else if eq(name, sGraph, "graph") {
                if !empty { graphDepth += 1 }
            } else if !empty {
                owners.append(.other)  // hyperedge, port…: their data is ignored
            }
        case 15:  // end element
            if case .none = capture {} else {
                if captureDepth > 0 { captureDepth -= 1; return }
                endCapture()
                return
            }
            guard let name = xmlTextReaderConstLocalName(reader) else { return }
            if eq(name, sKey, "key") { currentKey = nil }
            else if eq(name, sGraph, "graph") { graphDepth -= 1 }
            else if eq(name, sGraphML, "graphml") || eq(name, sDefault, "default") || eq(name, sDesc, "desc") {}
            else if !owners.isEmpty { owners.removeLast() }
        case 3, 4, 13, 14:  // text, CDATA, whitespace
            if case .none = capture { return }
            if let v = xmlTextReaderConstValue(reader) {
                text.append(contentsOf: UnsafeBufferPointer(start: v, count: strlen(v)))
            }
        default:
            break
        }
    }

    func beginCapture(_ c: Capture) {
        capture = c
        captureDepth = 0
        captureLine = line()
        text.removeAll(keepingCapacity: true)
    }

    func endCapture() {
        switch capture {
        case .none: break
        case .data(let k, let owner): store(key: k, owner: owner)
        case .keyDefault(let k): keys[k].defaultText = text
        case .desc: description = String(decoding: text, as: UTF8.self)
        }
        capture = .none
    }

    // MARK: Attributes of the current element

    /// Calls `body(name, value)` for each attribute of the current element.
    @inline(__always)
    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            if let n = xmlTextReaderConstLocalName(reader), let v = xmlTextReaderConstValue(reader) { body(n, v) }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }

    // MARK: Keys

    func startKey(empty: Bool) {
        var id: [UInt8]?
        var domain = "all"
        var name: String?
        var typeName = "string"
        var yfiles = false
        forEachAttribute { n, v in
            if eq(n, sID, "id") { id = Array(UnsafeBufferPointer(start: v, count: strlen(v) + 1)) }
            else if eq(n, sFor, "for") { domain = String(cString: v) }
            else if eq(n, sAttrName, "attr.name") { name = String(cString: v) }
            else if eq(n, sAttrType, "attr.type") { typeName = String(cString: v).lowercased() }
            else if eq(n, sYFilesType, "yfiles.type") { yfiles = true }
        }
        guard let id else { error("a <key> without an id"); return }
        if yfiles && name == nil { return }  // yEd graphics: not data
        let attrName = name ?? String(decoding: id.dropLast(), as: UTF8.self)
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
                let c = Column(name: attrName, type: type, forAll: forAll, rows: labels.count)
                nodeColumns.append(c)
                key.node = .column(c)
            }
        }
        if domain == "edge" || forAll {
            let exact = attrName == "weight"
            if (exact && !(weightKey.map { keys[$0].name == "weight" } ?? false)) || (attrName.lowercased() == "weight" && weightKey == nil) {
                if let old = weightKey {
                    // An exact `weight` replaces an earlier `Weight`, which becomes a column.
                    let c = Column(name: keys[old].name, type: keys[old].type, forAll: false, rows: sources.count)
                    edgeColumns.append(c)
                    keys[old].edge = .column(c)
                }
                weightKey = keys.count
                key.edge = .weight
            } else {
                let c = Column(name: attrName, type: type, forAll: forAll, rows: sources.count)
                edgeColumns.append(c)
                key.edge = .column(c)
            }
        }
        keys.append(key)
        if !empty { currentKey = keys.count - 1 }
    }

    /// The index of the key whose id is `id`; tries the key after the last match first, since
    /// `<data>` elements usually follow the order of the keys.
    @inline(__always)
    func findKey(_ id: UnsafePointer<UInt8>) -> Int? {
        let n = keys.count
        guard n > 0 else { return nil }
        var k = lastKey + 1
        for _ in 0..<n {
            if k >= n { k = 0 }
            let hit = keys[k].id.withUnsafeBufferPointer { strcmp($0.baseAddress!, id) == 0 }
            if hit { lastKey = k; return k }
            k += 1
        }
        return nil
    }

    // MARK: Nodes and edges

    /// The index of the node `id`, created when new.
    @inline(__always)
    func node(_ id: UnsafePointer<UInt8>) -> Int {
        // Fast path: "n<decimal>" without leading zeros, the ids Diplograph, NetworkX-converted and
        // igraph files use.
        if id[0] == UInt8(ascii: "n"), id[1] >= UInt8(ascii: "0"), id[1] <= UInt8(ascii: "9"), !(id[1] == UInt8(ascii: "0") && id[2] != 0) {
            var v = 0
            var i = 1
            while i < 11, id[i] >= UInt8(ascii: "0"), id[i] <= UInt8(ascii: "9") {
                v = v * 10 + Int(id[i] - UInt8(ascii: "0"))
                i += 1
            }
            if id[i] == 0, v < 4 * labels.count + 65536 {
                if v >= numericIndex.count {
                    numericIndex.append(contentsOf: repeatElement(0, count: max(v + 1, numericIndex.count * 2) - numericIndex.count))
                }
                let slot = numericIndex[v]
                if slot > 0 { return Int(slot) - 1 }
                let index = addNode(String(cString: id))
                numericIndex[v] = Int32(index + 1)
                return index
            }
            // Out of range for the table: the string form below is distinct, so no clash.
        }
        let s = String(cString: id)
        if let i = namedIndex[s] { return i }
        let index = addNode(s)
        namedIndex[s] = index
        return index
    }

    func addNode(_ id: String) -> Int {
        labels.append(nil)
        nodeIDs.append(id)
        for c in nodeColumns { c.appendNil() }
        return labels.count - 1
    }

    func startNode(empty: Bool) {
        var index: Int?
        forEachAttribute { n, v in
            if eq(n, sID, "id") { index = node(v) }
        }
        guard let index else { error("a <node> without an id"); if !empty { owners.append(.other) }; return }
        if !empty { owners.append(.node(index)) }
    }

    func startEdge(empty: Bool) {
        var s: Int?
        var t: Int?
        forEachAttribute { n, v in
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
        for c in edgeColumns { c.appendNil() }
        if !empty { owners.append(.edge(sources.count - 1)) }
    }

    func startData(empty: Bool) {
        var key: Int?
        var keyName = ""
        forEachAttribute { n, v in
            if eq(n, sKey, "key") {
                key = findKey(v)
                if key == nil { keyName = String(cString: v) }
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

    func store(key k: Int, owner: Owner) {
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
        case .column(let c):
            switch c.kind {
            case .string: c.strings[row] = String(decoding: text, as: UTF8.self)
            case .int: if let v = parseInt(text) { c.ints[row] = v } else { badValue(k, "an integer"); return }
            case .double: if let v = parseDouble(text) { c.doubles[row] = v } else { badValue(k, "a number"); return }
            case .bool: if let v = parseBool(text) { c.bools[row] = v } else { badValue(k, "true or false"); return }
            }
            c.present += 1
        }
    }

    func badValue(_ k: Int, _ expected: String) {
        let shown = String(decoding: text.prefix(40), as: UTF8.self)
        error("the value '\(shown)' of key '\(keys[k].name)' is not \(expected)", line: captureLine)
    }

    func finish() -> AttributedGraph {
        // Defaults: rows without a value take the key's <default>.
        for k in keys {
            guard let d = k.defaultText else { continue }
            text = d
            for (target, count) in [(k.node, labels.count), (k.edge, sources.count)] {
                guard let target else { continue }
                switch target {
                case .label:
                    let s = String(decoding: d, as: UTF8.self)
                    for i in 0..<count where labels[i] == nil { labels[i] = s }
                case .weight:
                    if let w = parseDouble(d) { for i in 0..<count where weights[i] == nil { weights[i] = w } }
                case .column(let c):
                    c.defaultText = d
                    switch c.kind {
                    case .string: let s = String(decoding: d, as: UTF8.self); for i in 0..<count where c.strings[i] == nil { c.strings[i] = s }
                    case .int: if let v = parseInt(d) { for i in 0..<count where c.ints[i] == nil { c.ints[i] = v } }
                    case .double: if let v = parseDouble(d) { for i in 0..<count where c.doubles[i] == nil { c.doubles[i] = v } }
                    case .bool: if let v = parseBool(d) { for i in 0..<count where c.bools[i] == nil { c.bools[i] = v } }
                    }
                }
            }
        }
        func attributes(_ cols: [Column]) -> [Attribute] {
            cols.filter { !$0.forAll || $0.present > 0 || $0.defaultText != nil }.map { c in
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
