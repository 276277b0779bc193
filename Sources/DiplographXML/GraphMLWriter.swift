import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes GraphML through libxml2's `xmlOutputBuffer`, text escaped by libxml2's `xmlEncodeSpecialChars`
/// (the escaping `xmlTextWriter` applies to element content), in the layout `xmlTextWriter` gives
/// with two-space indentation.
///
/// The output follows the conventions Gephi, NetworkX, igraph and Graphviz's `graphml2gv` need:
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="…" xsi:schemaLocation="…">
///   <key id="v_label" for="node" attr.name="label" attr.type="string"/>
///   <key id="v_mentions" for="node" attr.name="mentions" attr.type="int"/>
///   <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
///   <graph id="G" edgedefault="undirected">
///     <desc>…</desc>
///     <node id="n0"><data key="v_label">Kim Jong Un</data>…</node>
///     <edge id="e0" source="n0" target="n1"><data key="e_weight">3</data>…</edge>
///   </graph>
/// </graphml>
/// ```
///
/// - Key ids are readable: `v_<name>` for node keys and `e_<name>` for edge keys (characters
///   outside `[A-Za-z0-9._-]` become `_`, duplicates get a numeric suffix). `attr.name` is the
///   attribute's own name, made an XML NMTOKEN if needed.
/// - `label` (string) is the first node key and `weight` (double) the first edge key; the
///   graph's own attributes follow in their order. An attribute that is itself called `label`
///   (node) or `weight` (edge) is renamed `label_2` / `weight_2`.
/// - Values print as their declared type (`12`, `3.5`, `true`); nil values have no `<data>`.
///   An `int` column holding a value outside 32 bits is declared `long`.
/// - Every string is cleaned of characters XML 1.0 forbids before libxml2 sees it.
/// - Output is deterministic: no timestamps, two-space indentation.
public struct GraphMLWriter: GraphFormatWriter {
    /// `graphml`.
    public var extensions: [String] { ["graphml"] }
    /// A writer.
    public init() {}

    /// Writes `graph` to the file at `path`.
    ///
    /// - Complexity: O(V + E) plus the length of the values.
    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        try GraphMLWriter.check(graph, path: path)
        let nodeKeys = GraphMLWriter.keys(for: graph.nodeAttributes, prefix: "v_", reserved: "label")
        let edgeKeys = GraphMLWriter.keys(for: graph.edgeAttributes, prefix: "e_", reserved: "weight")
        let w = try GraphMLOutput(path: path)
        w.literal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        )
        try writeKey(w, id: "v_label", domain: "node", name: "label", type: "string")
        for k in nodeKeys { try writeKey(w, id: k.id, domain: "node", name: k.name, type: k.type) }
        try writeKey(w, id: "e_weight", domain: "edge", name: "weight", type: "double")
        for k in edgeKeys { try writeKey(w, id: k.id, domain: "edge", name: k.name, type: k.type) }
        w.literal("  <graph id=\"G\" edgedefault=\"undirected\"")
        let hasBody = !graph.description.isEmpty || graph.nodeCount > 0 || graph.edgeCount > 0
        if !hasBody {
            // xmlTextWriter closes an element without content as `<graph …/>`.
            w.literal("/>\n")
        } else {
            w.literal(">\n")
            if !graph.description.isEmpty {
                w.literal("    <desc>")
                w.text(graph.description)
                w.literal("</desc>\n")
            }
            // Per-key start tags `      <data key="…">`, made once.
            let nodeTags = nodeKeys.map { Array("      <data key=\"\($0.id)\">".utf8) }
            let edgeTags = edgeKeys.map { Array("      <data key=\"\($0.id)\">".utf8) }
            for i in 0..<graph.nodeCount {
                w.literal("    <node id=\"n")
                w.decimal(i)
                w.literal("\">\n      <data key=\"v_label\">")
                w.text(graph.labels[i])
                w.literal("</data>\n")
                writeData(w, keys: nodeKeys, tags: nodeTags, row: i)
                w.literal("    </node>\n")
                try w.flushIfFull()
            }
            let hasWeights = graph.weights.count == graph.edgeCount
            for i in 0..<graph.edgeCount {
                w.literal("    <edge id=\"e")
                w.decimal(i)
                w.literal("\" source=\"n")
                w.decimal(graph.sources[i])
                w.literal("\" target=\"n")
                w.decimal(graph.targets[i])
                w.literal("\">\n      <data key=\"e_weight\">")
                w.double(hasWeights ? graph.weights[i] : 1)
                w.literal("</data>\n")
                writeData(w, keys: edgeKeys, tags: edgeTags, row: i)
                w.literal("    </edge>\n")
                try w.flushIfFull()
            }
            w.literal("  </graph>\n")
        }
        w.literal("</graphml>\n")
        try w.close()
    }

    /// A declared key: its id, GraphML name and type, and the column it prints.
    struct Key {
        var id: String
        var name: String
        var type: String
        var values: AttributeColumn
    }

    private func writeKey(_ w: GraphMLOutput, id: String, domain: StaticString, name: String, type: String) throws {
        w.literal("  <key id=\"")
        w.attributeValue(id)
        w.literal("\" for=\"")
        w.literal(domain)
        w.literal("\" attr.name=\"")
        w.attributeValue(name)
        w.literal("\" attr.type=\"")
        w.attributeValue(type)
        w.literal("\"/>\n")
    }

    @inline(__always)
    private func writeData(_ w: GraphMLOutput, keys: [Key], tags: [[UInt8]], row i: Int) {
        for (n, k) in keys.enumerated() {
            switch k.values {
            case .string(let v):
                guard let s = v[i] else { continue }
                w.bytes(tags[n])
                w.text(s)
                w.literal("</data>\n")
            case .int(let v):
                guard let x = v[i] else { continue }
                w.bytes(tags[n])
                w.decimal(x)
                w.literal("</data>\n")
            case .double(let v):
                guard let x = v[i] else { continue }
                w.bytes(tags[n])
                w.double(x)
                w.literal("</data>\n")
            case .bool(let v):
                guard let x = v[i] else { continue }
                w.bytes(tags[n])
                w.literal(x ? "true" : "false")
                w.literal("</data>\n")
            }
        }
    }

    /// Refuses graphs whose arrays disagree (an edge to a missing node would make an invalid file).
    static func check(_ g: AttributedGraph, path: String) throws {
        func fail(_ m: String) -> OutputError { OutputError(path: path, message: "inconsistent graph: " + m) }
        guard g.targets.count == g.sources.count else {
            throw fail("\(g.sources.count) sources but \(g.targets.count) targets")
        }
        guard g.weights.isEmpty || g.weights.count == g.edgeCount else {
            throw fail("\(g.weights.count) weights for \(g.edgeCount) edges")
        }
        for i in 0..<g.edgeCount
        where !(0..<g.nodeCount).contains(g.sources[i]) || !(0..<g.nodeCount).contains(g.targets[i]) {
            throw fail("edge \(i) connects a node that does not exist")
        }
        for a in g.nodeAttributes where a.values.count != g.nodeCount {
            throw fail("node attribute '\(a.name)' has \(a.values.count) values for \(g.nodeCount) nodes")
        }
        for a in g.edgeAttributes where a.values.count != g.edgeCount {
            throw fail("edge attribute '\(a.name)' has \(a.values.count) values for \(g.edgeCount) edges")
        }
    }

    /// Key ids, names and types for attributes, unique within their domain.
    static func keys(for attributes: [Attribute], prefix: String, reserved: String) -> [Key] {
        var usedNames: Set<String> = [reserved]
        var usedIDs: Set<String> = [prefix + reserved]
        var out: [Key] = []
        for a in attributes {
            let name = unique(nmtoken(a.name), in: &usedNames)
            let id = unique(prefix + idSafe(a.name), in: &usedIDs)
            out.append(Key(id: id, name: name, type: graphMLType(a), values: a.values))
        }
        return out
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        var s = base
        var n = 2
        while used.contains(s) {
            s = base + "_\(n)"
            n += 1
        }
        used.insert(s)
        return s
    }

    /// `[A-Za-z0-9._-]` kept, anything else `_`.
    static func idSafe(_ s: String) -> String {
        let bytes = s.utf8.map { b -> UInt8 in
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                return b
            default:
                return UInt8(ascii: "_")
            }
        }
        return bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
    }

    /// A valid XML NMTOKEN: letters and digits of any script plus `. - _ :`; anything else `_`.
    static func nmtoken(_ s: String) -> String {
        let out = String(
            s.map { c -> Character in
                if c.isASCII { return (c.isLetter || c.isNumber || ".-_:".contains(c)) ? c : "_" }
                return (c.isLetter || c.isNumber) && c.unicodeScalars.count == 1 ? c : "_"
            })
        return out.isEmpty ? "_" : out
    }

    /// The GraphML `attr.type` of an attribute: its declared type when the column can hold it,
    /// else the column's natural type.
    static func graphMLType(_ a: Attribute) -> String {
        switch a.values {
        case .bool: return "boolean"
        case .string: return "string"
        case .double: return a.type == .float ? "float" : "double"
        case .int(let v):
            if a.type == .long { return "long" }
            let fits = v.allSatisfy { $0.map { Int(Int32.min) <= $0 && $0 <= Int(Int32.max) } ?? true }
            return fits ? "int" : "long"
        }
    }
}

// MARK: - Output

/// Staged output into a libxml2 `xmlOutputBuffer`: markup fragments are gathered in a 256 KB
/// buffer that libxml2 writes to the file; text goes through `XMLText` cleaning and libxml2's
/// `xmlEncodeSpecialChars` (`& < > "` and CR, exactly what `xmlTextWriterWriteString` does),
/// attribute values of the header through `xmlAttrSerializeTxtContent` (what
/// `xmlTextWriterWriteAttribute` does). Text without those characters needs no escaping and is
/// copied as is.
final class GraphMLOutput {
    private let out: xmlOutputBufferPtr
    private let fd: Int32
    let path: String
    private let capacity = 1 << 18
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var failed = false
    private var closed = false

    init(path: String) throws {
        _ = libxml2Initialized
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, message: String(cString: strerror(errno))) }
        guard let o = xmlOutputBufferCreateFd(fd, nil) else {
            _ = closeDescriptor(fd)
            throw OutputError(path: path, message: "cannot open the file for writing")
        }
        self.fd = fd
        out = o
        self.path = path
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        if !closed {
            _ = xmlOutputBufferClose(out)
            _ = closeDescriptor(fd)
        }
        buffer.deallocate()
    }

    private var ioError: OutputError {
        OutputError(path: path, message: "cannot write the file (disk full or I/O error)")
    }

    /// Hands the staged bytes to libxml2.
    private func drain() {
        guard count > 0 else { return }
        if !failed,
            xmlOutputBufferWrite(out, Int32(count), UnsafeRawPointer(buffer).assumingMemoryBound(to: CChar.self)) < 0
        {
            failed = true
        }
        count = 0
    }

    /// Drains when the buffer is over half full; throws once a write has failed.
    @inline(__always)
    func flushIfFull() throws {
        if count >= capacity / 2 { drain() }
        if failed { throw ioError }
    }

    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > capacity { drain() }
    }

    @inline(__always)
    func bytes(_ p: UnsafeRawBufferPointer) {
        let n = p.count
        if n > capacity / 4 {
            drain()
            if !failed, let base = p.baseAddress,
                xmlOutputBufferWrite(out, Int32(n), base.assumingMemoryBound(to: CChar.self)) < 0
            {
                failed = true
            }
            return
        }
        reserve(n)
        if n > 0 { (buffer + count).update(from: p.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n) }
        count += n
    }

    @inline(__always)
    func bytes(_ a: [UInt8]) { a.withUnsafeBytes { bytes($0) } }

    @inline(__always)
    func literal(_ s: StaticString) {
        bytes(UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// A decimal integer.
    @inline(__always)
    func decimal(_ number: Int) {
        reserve(24)
        var v = number.magnitude
        var digits = 0
        var t = v
        repeat {
            digits += 1
            t /= 10
        } while t > 0
        if number < 0 {
            buffer[count] = 0x2D
            count += 1
        }
        var pos = count + digits
        count = pos
        repeat {
            pos -= 1
            buffer[pos] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
        } while v > 0
    }

    /// A double as `AttributeColumn.text` prints it; integral values without building a String.
    @inline(__always)
    func double(_ x: Double) {
        if x == x.rounded(), abs(x) < 1e15 {
            decimal(Int(Int64(x)))
        } else {
            var s = AttributeColumn.text(x)
            s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Element content: cleaned (`XMLText`), then escaped by libxml2 when it holds `& < > "` or CR.
    @inline(__always)
    func text(_ s: String) {
        var s = s
        s.withUTF8 { text($0) }
    }

    func text(_ u: UnsafeBufferPointer<UInt8>) {
        switch GraphMLOutput.scan(u) {
        case .plain: bytes(UnsafeRawBufferPointer(u))
        case .escape: escaped(u)
        case .dirty:
            let cleaned = XMLText.clean(u)
            cleaned.withUnsafeBufferPointer { c in
                if GraphMLOutput.scan(c) == .plain { bytes(UnsafeRawBufferPointer(c)) } else { escaped(c) }
            }
        }
    }

    /// libxml2's escaping of clean text.
    private func escaped(_ u: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count + 1) { tmp in
            _ = tmp.initialize(from: u)
            tmp[u.count] = 0
            guard let e = xmlEncodeSpecialChars(nil, tmp.baseAddress!) else {
                failed = true
                return
            }
            defer { diplograph_xmlFree(e) }
            bytes(UnsafeRawBufferPointer(start: e, count: strlen(e)))
        }
    }

    enum Scan { case plain, escape, dirty }

    /// Whether `u` can be copied as is, needs libxml2's escaping, or holds characters XML 1.0
    /// forbids or invalid UTF-8 (`XMLText.needsCleaning`).
    @inline(__always)
    static func scan(_ u: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan.plain
        var i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            if b < 0x80 {
                if b < 0x3F {
                    if b < 0x20 {
                        if b == 0x0D { result = .escape } else if b != 0x09 && b != 0x0A { return .dirty }
                    } else if b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 {
                        result = .escape
                    }
                }
                i += 1
                continue
            }
            let len = XMLText.sequenceLength(u, i)
            if len == 0 { return .dirty }
            if len == 3 && b == 0xEF && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF) { return .dirty }
            i += len
        }
        return result
    }

    /// An attribute value cleaned and escaped as `xmlTextWriterWriteAttribute` does (libxml2's
    /// `xmlAttrSerializeTxtContent`).
    func attributeValue(_ s: String) {
        XMLText.withCleanCString(s) { c in
            // A document declared UTF-8, as xmlTextWriterStartDocument makes: non-ASCII stays as is.
            guard let b = xmlBufferCreate(), let doc = xmlNewDoc("1.0") else {
                failed = true
                return
            }
            defer {
                xmlBufferFree(b)
                xmlFreeDoc(doc)
            }
            doc.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
            xmlAttrSerializeTxtContent(b, doc, nil, c)
            if let content = xmlBufferContent(b) {
                bytes(UnsafeRawBufferPointer(start: content, count: Int(xmlBufferLength(b))))
            }
        }
    }

    /// Writes what is staged and closes the file; throws when any write failed.
    func close() throws {
        drain()
        closed = true
        let rc = xmlOutputBufferClose(out)
        let closeRC = closeDescriptor(fd)
        if failed || rc < 0 || closeRC != 0 { throw ioError }
    }
}

private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
