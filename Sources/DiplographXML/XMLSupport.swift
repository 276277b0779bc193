import CLibXML2
import DiplographCore
import Foundation

// The plumbing every libxml2 user in this module shares: one-time initialisation, text cleaning,
// a throwing wrapper around xmlTextWriter, and error capture for the parsers.

/// libxml2 must be initialised once before it is used from several threads.
let libxml2Initialized: Void = { xmlInitParser() }()

// MARK: - Text cleaning

/// Makes bytes safe for an XML 1.0 document.
///
/// Removes the characters XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
/// U+FFFE, U+FFFF) and replaces every invalid UTF-8 sequence (stray continuation bytes,
/// truncated or overlong sequences, encoded surrogates, values above U+10FFFF) with U+FFFD.
/// Tab, newline and carriage return are kept; libxml2's writer escapes `& < > "` itself.
///
/// ```swift
/// XMLText.clean(Array("a\u{1}b".utf8))   // "ab"
/// XMLText.clean([0x61, 0xFF, 0x62])      // "a\u{FFFD}b"
/// ```
/// - Complexity: O(n); `needsCleaning` lets callers skip the copy for clean input.
public enum XMLText {
    /// True when `bytes` contain anything `clean` would change.
    @inlinable
    public static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
                i += 1
                continue
            }
            // Non-ASCII: validate the sequence and look for U+FFFE / U+FFFF.
            let len = sequenceLength(bytes, i)
            if len == 0 { return true }
            if len == 3 && b == 0xEF && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
                return true
            }
            i += len
        }
        return false
    }

    /// The length of the valid UTF-8 sequence starting at `i` (2…4), or 0 when it is invalid.
    @inlinable
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        let n = s.count
        func cont(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(i + 1), cont(i + 2) else { return 0 }
            let b1 = s[i + 1]
            if b == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b == 0xED && b1 >= 0xA0 { return 0 }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard cont(i + 1), cont(i + 2), cont(i + 3) else { return 0 }
            let b1 = s[i + 1]
            if b == 0xF0 && b1 < 0x90 { return 0 }  // overlong
            if b == 0xF4 && b1 >= 0x90 { return 0 }  // above U+10FFFF
            return 4
        default:
            return 0
        }
    }

    /// The cleaned copy of `bytes` (see the type's documentation).
    public static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { out.append(b) }
                i += 1
                continue
            }
            let len = sequenceLength(bytes, i)
            if len == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD, one per bad byte
                i += 1
                continue
            }
            if !(len == 3 && b == 0xEF && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]))
            }
            i += len
        }
        return out
    }

    /// The cleaned copy of `bytes` (see the type's documentation).
    public static func clean(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { clean($0) }
    }

    /// `s` without the characters XML 1.0 forbids.
    public static func clean(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { buf in
            needsCleaning(buf) ? String(decoding: clean(buf), as: UTF8.self) : s
        }
    }

    /// Calls `body` with a NUL-terminated, XML-safe UTF-8 copy of `s`; no copy is made when `s`
    /// is already clean (the common case).
    @inline(__always)
    static func withCleanCString<R>(_ s: String, _ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        var s = s
        let dirty = s.withUTF8 { needsCleaning($0) }
        if !dirty {
            return try s.withCString { try $0.withMemoryRebound(to: UInt8.self, capacity: 1) { try body($0) } }
        }
        var cleaned = s.withUTF8 { clean($0) }
        cleaned.append(0)
        return try cleaned.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Collapses runs of whitespace (space, tab, newline, CR, form feed) to one space and trims
    /// both ends.
    static func collapseWhitespace(_ s: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

// MARK: - Writer

/// A thin throwing wrapper over `xmlTextWriter` writing to a file: every libxml2 return code is
/// checked, and every string is cleaned (`XMLText`) before it reaches libxml2.
final class XMLFileWriter {
    private let writer: xmlTextWriterPtr
    let path: String

    init(path: String, indent: Bool = true) throws {
        _ = libxml2Initialized
        // Open it once ourselves first: a clear message, and libxml2 prints nothing to stderr.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, message: String(cString: strerror(errno))) }
        close(fd)
        guard let w = xmlNewTextWriterFilename(path, 0) else {
            throw OutputError(path: path, message: "cannot open the file for writing")
        }
        writer = w
        self.path = path
        if indent {
            try check(xmlTextWriterSetIndent(w, 1))
            try check(xmlTextWriterSetIndentString(w, "  "))
        }
    }

    deinit { xmlFreeTextWriter(writer) }

    @inline(__always)
    private func check(_ rc: Int32) throws {
        if rc < 0 { throw OutputError(path: path, message: "cannot write the file (disk full or I/O error)") }
    }

    @inline(__always)
    private func name(_ s: StaticString) -> UnsafePointer<UInt8> { s.utf8Start }

    func startDocument() throws { try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)) }

    func endDocument() throws {
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
    }

    func start(_ element: StaticString) throws { try check(xmlTextWriterStartElement(writer, name(element))) }

    func end() throws { try check(xmlTextWriterEndElement(writer)) }

    /// An attribute whose value is cleaned and escaped.
    func attribute(_ attr: StaticString, _ value: String) throws {
        try XMLText.withCleanCString(value) { try check(xmlTextWriterWriteAttribute(writer, name(attr), $0)) }
    }

    /// An attribute whose value is known to be clean (generated key ids): no cleaning scan.
    func attribute(_ attr: StaticString, safe value: String) throws {
        var value = value
        try value.withUTF8 { buf in
            if buf.count < 64 {
                try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: buf.count + 1) { tmp in
                    _ = tmp.initialize(from: buf)
                    tmp[buf.count] = 0
                    try check(xmlTextWriterWriteAttribute(writer, name(attr), UnsafePointer(tmp.baseAddress!)))
                }
            } else {
                try attribute(attr, String(decoding: buf, as: UTF8.self))
            }
        }
    }

    /// An attribute whose value is a literal known to be safe.
    func attribute(_ attr: StaticString, literal value: StaticString) throws {
        try check(xmlTextWriterWriteAttribute(writer, name(attr), value.utf8Start))
    }

    /// An attribute `<prefix><integer>` (generated ids such as `n12`), built without allocation.
    func attribute(_ attr: StaticString, prefix: UInt8, _ number: Int) throws {
        try withDecimal(number, prefix: prefix) { try check(xmlTextWriterWriteAttribute(writer, name(attr), $0)) }
    }

    /// Escaped, cleaned text content.
    func text(_ s: String) throws {
        try XMLText.withCleanCString(s) { try check(xmlTextWriterWriteString(writer, $0)) }
    }

    /// Text known to need no escaping (numbers, `true`/`false`).
    func raw(_ s: String) throws {
        var s = s
        try s.withUTF8 { buf in
            try check(xmlTextWriterWriteRawLen(writer, buf.baseAddress, Int32(buf.count)))
        }
    }

    /// A double as `AttributeColumn.text` prints it; integral values without building a String.
    func rawDouble(_ x: Double) throws {
        if x == x.rounded(), abs(x) < 1e15 { try rawInteger(Int(Int64(x))) } else { try raw(AttributeColumn.text(x)) }
    }

    func raw(literal s: StaticString) throws {
        try check(xmlTextWriterWriteRawLen(writer, s.utf8Start, Int32(s.utf8CodeUnitCount)))
    }

    func rawInteger(_ number: Int) throws {
        try withDecimal(number, prefix: 0) { try check(xmlTextWriterWriteRaw(writer, $0)) }
    }

    /// `<element>text</element>` with cleaned, escaped text.
    func element(_ element: StaticString, text s: String) throws {
        try start(element)
        try text(s)
        try end()
    }
}

/// Calls `body` with the NUL-terminated decimal form of `number`, optionally preceded by one
/// ASCII `prefix` byte (0 for none), formatted in a stack buffer.
@inline(__always)
func withDecimal<R>(_ number: Int, prefix: UInt8, _ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
        var v = number.magnitude
        // Write digits backwards into the end of the buffer.
        var pos = 23
        buf[pos] = 0
        repeat {
            pos -= 1
            buf[pos] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
        } while v > 0
        if number < 0 {
            pos -= 1
            buf[pos] = 0x2D
        }
        if prefix != 0 {
            pos -= 1
            buf[pos] = prefix
        }
        return try body(UnsafePointer(buf.baseAddress! + pos))
    }
}

// MARK: - Parser errors

/// Collects the errors libxml2 reports through a structured error callback.
final class XMLErrorCollector {
    struct Entry {
        var line: Int
        var column: Int
        var message: String
        var fatal: Bool
        /// Raised while converting the input from its declared encoding.
        var encoding = false
    }
    var entries: [Entry] = []
    /// Errors past this many are counted, not kept (a broken file can report thousands).
    let limit = 20

    func add(_ error: xmlErrorPtr?) {
        guard let e = error?.pointee else { return }
        guard e.level == XML_ERR_ERROR || e.level == XML_ERR_FATAL else { return }
        guard entries.count < limit else { return }
        // "encoder error" only follows an input conversion error that says which bytes failed.
        if e.domain == Int32(XML_FROM_IO.rawValue), e.code == Int32(XML_IO_ENCODER.rawValue) { return }
        var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        // libxml2 repeats some errors once per nesting level (entity loops): keep the first.
        if entries.contains(where: { $0.message == message }) { return }
        entries.append(
            Entry(
                line: Int(e.line), column: Int(e.int2), message: message, fatal: e.level == XML_ERR_FATAL,
                encoding: e.domain == Int32(XML_FROM_I18N.rawValue)))
    }

    func diagnostics(file: String) -> [Diagnostic] {
        entries.map {
            Diagnostic(
                file: file, line: $0.line > 0 ? $0.line : nil, column: $0.column > 0 ? $0.column : nil,
                severity: .error, message: $0.message)
        }
    }
}

extension XMLErrorCollector {
    /// Runs `body` with this thread's libxml2 structured error handler pointed at the collector,
    /// so that errors raised without a parser context (conversion from a declared encoding, I/O)
    /// are collected instead of printed on standard error. Errors of a context whose SAX handler
    /// has its own `serror` still go there.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), readerErrorCallback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }

    /// Collected conversion errors of the input's declared encoding, as one warning.
    func encodingWarning(file: String) -> Diagnostic? {
        guard let first = entries.first(where: { $0.encoding }) else { return nil }
        return Diagnostic(
            file: file, severity: .warning,
            message: "bytes not valid in the declared encoding were dropped (\(first.message))")
    }
}

/// The C callback for `xmlTextReaderSetStructuredErrorHandler`: `userData` is an unretained
/// `XMLErrorCollector`.
let readerErrorCallback: xmlStructuredErrorFunc = { userData, error in
    guard let userData else { return }
    Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
}

/// The C callback for a parser context's `sax->serror`: libxml2 passes the context itself,
/// whose `_private` field holds an unretained `XMLErrorCollector`.
let contextErrorCallback: xmlStructuredErrorFunc = { ctxt, error in
    guard let ctxt else { return }
    let c = ctxt.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let priv = c.pointee._private else { return }
    Unmanaged<XMLErrorCollector>.fromOpaque(priv).takeUnretainedValue().add(error)
}

/// Hardened options for XML input: no network, no entity substitution (so external entities are
/// never read), no DTD loading, default size limits (no XML_PARSE_HUGE), CDATA as text.
/// libxml2 2.9.14 has no XML_PARSE_NO_XXE; leaving out NOENT and DTDLOAD is what keeps
/// `<!ENTITY x SYSTEM "file:///…">` from being read.
let hardenedXMLOptions: Int32 = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

// MARK: - DOM helpers (HTML and feeds)

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The element's lower-cased local name compared with an ASCII literal.
    @inline(__always)
    func isElement(_ literal: StaticString) -> Bool {
        pointee.type == XML_ELEMENT_NODE && nameEquals(literal)
    }

    @inline(__always)
    func nameEquals(_ literal: StaticString) -> Bool {
        guard let n = pointee.name else { return false }
        return xmlStrcasecmp(n, literal.utf8Start) == 0
    }

    var localName: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The value of attribute `name` (no namespace), entities decoded; nil when absent.
    func attribute(_ name: StaticString) -> String? {
        var a = pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, xmlStrcasecmp(n, name.utf8Start) == 0 {
                guard let v = xmlNodeListGetString(pointee.doc, attr.pointee.children, 1) else { return "" }
                defer { diplograph_xmlFree(v) }
                return String(cString: v)
            }
            a = attr.pointee.next
        }
        return nil
    }

    var elementChildren: [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { out.append(n) }
            c = n.pointee.next
        }
        return out
    }

    /// All text below this node (text and CDATA), without any filtering.
    var allText: String {
        guard let c = xmlNodeGetContent(self) else { return "" }
        defer { diplograph_xmlFree(c) }
        return String(cString: c)
    }
}
