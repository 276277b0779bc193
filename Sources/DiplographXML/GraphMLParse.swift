import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - SAX callbacks

/// The parse state of a context's callbacks, or nil for a context parsing an entity's
/// replacement text (libxml2 checks it once through a child context sharing our handlers; its
/// content is never part of the graph).
@inline(__always)
private func state(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<GraphMLParse>? {
    guard let ctx else { return nil }
    let c = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let p = c.pointee._private?.assumingMemoryBound(to: GraphMLParse.self), p.pointee.ctxt == c else {
        return nil
    }
    return p
}

private let saxStartElement: startElementNsSAX2Func = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
    guard let p = state(ctx), let localname else { return }
    p.pointee.work.xmlEvents += 1
    if let attributes {
        for i in 0..<Int(max(nbAttributes, 0)) {
            if let value = attributes[5 * i + 3], let end = attributes[5 * i + 4] {
                p.pointee.work.xmlBytes += end - value
            }
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
struct GraphMLParse {
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
    static func run(
        file: String, size: Int, columns: GraphMLColumns, cannotOpen: String, meter: WorkMeter?,
        _ parse: (xmlParserCtxtPtr) -> xmlDocPtr?
    ) throws -> (graph: AttributedGraph, deferred: DeferredStrings) {
        guard let ctxt = xmlNewParserCtxt() else { throw DiagnosticList([Diagnostic(file: file, message: cannotOpen)]) }
        defer { xmlFreeParserCtxt(ctxt) }
        guard let p = attach(ctxt, file: file, columns: columns) else {
            throw DiagnosticList([Diagnostic(file: file, message: cannotOpen)])
        }
        defer { detach(p) }
        p.pointee.inputSize = size
        let doc = parsing(p) { parse(ctxt) }
        meter?.count += p.pointee.work
        return try p.pointee.result(wellFormed: doc && ctxt.pointee.wellFormed != 0)
    }

    /// Installs our handlers on `ctxt` and a fresh parse state as its `_private`; nil when the
    /// context has no handler block. `detach` undoes it.
    static func attach(_ ctxt: xmlParserCtxtPtr, file: String, columns: GraphMLColumns)
        -> UnsafeMutablePointer<GraphMLParse>?
    {
        guard let sax = ctxt.pointee.sax else { return nil }
        sax.pointee.startElementNs = saxStartElement
        sax.pointee.endElementNs = saxEndElement
        sax.pointee.characters = saxCharacters
        sax.pointee.cdataBlock = nil
        sax.pointee.reference = nil  // user-defined entity references are dropped
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.serror = saxError
        sax.pointee.error = nil
        sax.pointee.warning = nil
        let p = UnsafeMutablePointer<GraphMLParse>.allocate(capacity: 1)
        p.initialize(to: GraphMLParse(ctxt: ctxt, file: file, plan: columns))
        ctxt.pointee._private = UnsafeMutableRawPointer(p)
        return p
    }

    static func detach(_ p: UnsafeMutablePointer<GraphMLParse>) {
        p.pointee.ctxt.pointee._private = nil
        p.pointee.text.free()
        p.deinitialize(count: 1)
        p.deallocate()
    }

    /// Runs `parse` with the errors raised without a context (conversion from the declared
    /// encoding) collected too, not printed on standard error; frees any document it left.
    /// Whether it returned a document.
    static func parsing(_ p: UnsafeMutablePointer<GraphMLParse>, _ parse: () -> xmlDocPtr?) -> Bool {
        let ctxt = p.pointee.ctxt
        let doc = p.pointee.errors.capturing { parse() }
        if let doc { xmlFreeDoc(doc) }
        if let leftover = ctxt.pointee.myDoc {
            xmlFreeDoc(leftover)
            ctxt.pointee.myDoc = nil
        }
        return doc != nil
    }

    init(ctxt: xmlParserCtxtPtr, file: String, plan: GraphMLColumns) {
        self.ctxt = ctxt
        self.file = file
        self.plan = plan
    }

    // Interned element and attribute names (pointers into the parser's dictionary), looked up
    // at the first element, once the document's dictionary is in place.
    var interned = false
    var sNode, sEdge, sData, sKey, sDefault, sGraph, sGraphML, sDesc, sID, sSource, sTarget, sFor, sAttrName, sAttrType,
        sYFilesType: UnsafePointer<UInt8>?

    mutating func intern() {
        interned = true
        let dict = ctxt.pointee.dict
        func i(_ s: StaticString) -> UnsafePointer<UInt8>? { dict.flatMap { xmlDictLookup($0, s.utf8Start, -1) } }
        sNode = i("node")
        sEdge = i("edge")
        sData = i("data")
        sKey = i("key")
        sDefault = i("default")
        sGraph = i("graph")
        sGraphML = i("graphml")
        sDesc = i("desc")
        sID = i("id")
        sSource = i("source")
        sTarget = i("target")
        sFor = i("for")
        sAttrName = i("attr.name")
        sAttrType = i("attr.type")
        sYFilesType = i("yfiles.type")
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
        var recent = RecentStrings()

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
            if row < a.count {
                a[row] = v
                return
            }
            if row > a.count { a.append(contentsOf: repeatElement(nil, count: row - a.count)) }
            a.append(v)
        }

        mutating func pad(to n: Int) {
            func p<T>(_ a: inout [T?]) {
                if a.count < n { a.append(contentsOf: repeatElement(nil, count: n - a.count)) }
            }
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
    var nodeIDs: [String] = []  // every node's id, for labels that fall back to it
    var numericIndex: [Int32] = []  // "n<k>" → index + 1 (0: absent)
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
    var text = TextBuffer()
    /// Where the text since the last tag inside the capture starts, and whether the innermost
    /// open element of the capture has had a child element (whitespace runs then are layout).
    var runStart = 0
    var childSeen = false
    var currentKey: Int?  // index of the `<key>` being read (for its `<default>`)
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
        if case .none = capture {
        } else {
            // Markup inside <data> (yFiles graphics and the like): its text is kept, its tags are not.
            dropLayoutRun(force: true)
            if empty {
                childSeen = true
            } else {
                captureDepth += 1
                childSeen = false
            }
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
        if eq(name, sData, "data") {
            startData(attributes, count, empty: empty)
        } else if eq(name, sEdge, "edge") {
            startEdge(attributes, count, empty: empty)
        } else if eq(name, sNode, "node") {
            startNode(attributes, count, empty: empty)
        } else if eq(name, sKey, "key") {
            startKey(attributes, count, empty: empty)
        } else if eq(name, sDefault, "default") {
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
        if skipEnd {
            skipEnd = false
            return
        }
        if case .none = capture {
        } else {
            dropLayoutRun(force: false)
            if captureDepth > 0 {
                captureDepth -= 1
                childSeen = true
                return
            }
            endCapture()
            return
        }
        if eq(name, sKey, "key") {
            currentKey = nil
        } else if eq(name, sGraph, "graph") {
            graphDepth -= 1
        } else if eq(name, sGraphML, "graphml") || eq(name, sDefault, "default") || eq(name, sDesc, "desc") {
        } else if !owners.isEmpty {
            owners.removeLast()
        }
    }

    @inline(__always)
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if case .none = capture { return }
        text.append(bytes)
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
        text.removeSuffix(from: runStart)
    }

    mutating func beginCapture(_ c: Capture) {
        capture = c
        captureDepth = 0
        captureLine = line()
        text.removeAll()
        runStart = 0
        childSeen = false
    }

    mutating func endCapture() {
        let c = capture
        capture = .none
        switch c {
        case .none: break
        case .data(let k, let owner): store(key: k, owner: owner)
        case .keyDefault(let k): keys[k].defaultText = Array(text.bytes)
        case .desc: description = String(decoding: text.bytes, as: UTF8.self)
        }
    }
}

/// The text of the capture: bytes appended by each text event and cleared at each capture,
/// in memory the parse state owns (`GraphMLParse.detach` frees it), so that an event copies its
/// bytes with no array bookkeeping.
struct TextBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 1024
        base = .allocate(capacity: capacity)
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    subscript(i: Int) -> UInt8 { base[i] }

    mutating func removeAll() { count = 0 }

    /// Drops the bytes from `start` on.
    mutating func removeSuffix(from start: Int) {
        precondition(start >= 0 && start <= count, "TextBuffer: suffix out of range")
        count = start
    }

    @inline(__always)
    mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let from = b.baseAddress, b.count > 0 else { return }
        if count + b.count > capacity { grow(to: count + b.count) }
        (base + count).initialize(from: from, count: b.count)
        count += b.count
    }

    private mutating func grow(to need: Int) {
        var c = capacity * 2
        while c < need { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = c
    }

    func free() { base.deallocate() }
}

/// The last few distinct short values of a string column with their `String`s, so that a
/// column of a few repeated values (an edge's kind, a node's type) decodes each value once.
/// It stops looking once most values miss (a column of names or ids).
struct RecentStrings {
    static let size = 8
    static let longest = 32
    private var bytes: [[UInt8]] = []
    private var strings: [String] = []
    private var hits = 0
    private var misses = 0

    /// The string of the UTF-8 bytes `text` (invalid bytes repaired as `String(decoding:as:)` does).
    @inline(__always)
    mutating func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
        guard text.count > 0, text.count <= Self.longest, misses < 64 || misses <= hits, let t = text.baseAddress else {
            return String(decoding: text, as: UTF8.self)
        }
        for i in bytes.indices where bytes[i].count == text.count {
            if bytes[i].withUnsafeBufferPointer({ memcmp($0.baseAddress!, t, text.count) == 0 }) {
                hits += 1
                return strings[i]
            }
        }
        misses += 1
        let s = String(decoding: text, as: UTF8.self)
        if bytes.count < Self.size {
            bytes.append(Array(text))
            strings.append(s)
        }
        return s
    }
}
