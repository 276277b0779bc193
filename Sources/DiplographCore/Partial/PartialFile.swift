import Foundation

/// The `.dgpart` file of a `PartialCorpus`.
///
/// Layout (integers little-endian):
///
///     8 bytes   magic 89 'D' 'G' 'P' 0D 0A 1A 0A
///     u32       format version (`PartialFile.formatVersion`)
///     u16 + n   producer ("diplograph 0.1.0"), UTF-8
///     u64       payload length
///     u64       payload checksum (FNV-1a 64)
///     payload   string table, then the partial; integers are LEB128 varints and every string
///               is a number in the table, so an evidence sentence, an article id or a name
///               is stored once however many pairs, reports and entities refer to it
///
/// A file that does not start with the magic, was written by another format version or
/// producer, is shorter or longer than its header says, or whose checksum does not match, is
/// refused with a `PartialFileError`; it is never read as data.
public enum PartialFile {
    /// The version of the `.dgpart` layout this build writes and reads.
    public static let formatVersion: UInt32 = 4
    static let magic: [UInt8] = [0x89, 0x44, 0x47, 0x50, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The bytes of `partial`. Same partial, same bytes.
    public static func encode(_ partial: PartialCorpus, producer: String) -> [UInt8] {
        var w = PayloadWriter()
        w.partial(partial)
        var payload = w.table.bytes
        payload += w.out.bytes
        var h = FNV1a()
        payload.withUnsafeBytes { h.add($0) }
        var out = magic
        le(formatVersion, into: &out)
        let name = Array(producer.utf8.prefix(Int(UInt16.max)))
        le(UInt16(name.count), into: &out)
        out += name
        le(UInt64(payload.count), into: &out)
        le(h.value, into: &out)
        out += payload
        return out
    }

    /// Writes `partial` to `path` atomically.
    public static func write(_ partial: PartialCorpus, to path: String, producer: String) throws {
        try AtomicOutput.write(encode(partial, producer: producer), to: path)
    }

    /// Reads the partial of `path`, written by `producer`; throws `PartialFileError`.
    public static func read(path: String, producer: String) throws -> PartialCorpus {
        guard let bytes = ReaderRegistry.contents(of: path) else {
            throw PartialFileError(path: path, message: "cannot read file")
        }
        return try decode(bytes, path: path, producer: producer)
    }

    /// Reads a partial from the bytes of a `.dgpart` file; throws `PartialFileError` naming `path`
    /// when they are not a whole partial of this format version, or were written by another
    /// `producer` (program and version, such as "diplograph 0.1.0").
    public static func decode(_ bytes: [UInt8], path: String, producer: String) throws -> PartialCorpus {
        func fail(_ m: String) -> PartialFileError { PartialFileError(path: path, message: m) }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw fail("not a Diplograph partial (.dgpart): no partial header")
        }
        var p = magic.count
        func fixed<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let n = MemoryLayout<T>.size
            guard p + n <= bytes.count else { throw fail("truncated partial: the header is cut short") }
            var v: T = 0
            for i in 0..<n { v |= T(bytes[p + i]) << (8 * i) }
            p += n
            return v
        }
        let version = try fixed(UInt32.self)
        let nameLength = Int(try fixed(UInt16.self))
        guard p + nameLength <= bytes.count else { throw fail("truncated partial: the header is cut short") }
        let writer = String(decoding: bytes[p..<p + nameLength], as: UTF8.self)
        p += nameLength
        guard version == formatVersion else {
            throw fail(
                "partial format version \(version) (written by \(writer)); \(producer) reads version \(formatVersion): extract it again"
            )
        }
        guard writer == producer else {
            throw fail("written by \(writer); this is \(producer), whose extraction may differ: extract it again")
        }
        let length = try fixed(UInt64.self)
        let checksum = try fixed(UInt64.self)
        let available = UInt64(bytes.count - p)
        guard length <= available else {
            throw fail("truncated partial: \(available) of \(length) payload bytes")
        }
        guard length == available else {
            throw fail("corrupt partial: \(available - length) bytes after the end of the payload")
        }
        var h = FNV1a()
        bytes.withUnsafeBytes { h.add(UnsafeRawBufferPointer(rebasing: $0[p...])) }
        guard h.value == checksum else { throw fail("corrupt partial: checksum mismatch") }
        do {
            var r = try PayloadReader(bytes, from: p)
            let partial = try r.partial()
            guard r.atEnd else { throw PayloadReader.Malformed(what: "trailing payload bytes") }
            return partial
        } catch let e as PayloadReader.Malformed {
            throw fail("corrupt partial: \(e.what)")
        } catch {
            throw fail("corrupt partial: \(error)")
        }
    }

    static func le<T: FixedWidthInteger>(_ v: T, into out: inout [UInt8]) {
        for i in 0..<MemoryLayout<T>.size { out.append(UInt8(truncatingIfNeeded: v >> (8 * i))) }
    }
}

/// A partial that cannot be read: `path: error: message`.
public struct PartialFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong with it.
    public var message: String

    /// Creates an error from its fields.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}

/// Varints and a string table, written.
struct VarintSink {
    var bytes: [UInt8] = []

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func uint(_ v: Int) { uint(UInt64(v)) }

    mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
}

struct PayloadWriter {
    /// The string table: count, then length and bytes of each (written once `out` is done).
    var table = VarintSink()
    var out = VarintSink()
    private var number: [String: Int] = [:]
    private var strings: [String] = []

    mutating func partial(_ p: PartialCorpus) {
        let s = p.settings
        out.uint(CooccurrenceWindow.allCases.firstIndex(of: s.window)!)
        out.uint(s.capPerArticle.map { $0 + 1 } ?? 0)
        out.uint(s.aliasFingerprint)
        out.uint(p.articleCount)
        out.uint(p.skipped)
        out.uint(p.diagnostics.count)
        for d in p.diagnostics {
            string(d.file)
            out.uint(d.line.map { $0 + 1 } ?? 0)
            out.uint(d.column.map { $0 + 1 } ?? 0)
            out.uint(["error", "warning", "note"].firstIndex(of: d.severity.rawValue)!)
            string(d.message)
        }
        aggregator(p.aggregator)
        counter(p.counter)
        out.uint(p.reports.count)
        for r in p.reports {
            strings(r.participants)
            date(r.date)
            optional(r.place)
            out.uint(MeetingStatus.allCases.firstIndex(of: r.status)!)
            out.uint(r.evidence.count)
            for e in r.evidence { evidence(e) }
            date(r.published)
            // Version 4: the latest year an undated article states (0: none).
            out.uint(r.statedYear ?? 0)
        }
        // Version 2: the articles' addresses, by article id.
        let urls = p.articleURLs.sorted { $0.key < $1.key }
        out.uint(urls.count)
        for (id, url) in urls {
            string(id)
            string(url)
        }
        table.uint(strings.count)
        for s in strings {
            table.uint(s.utf8.count)
            table.bytes += s.utf8
        }
    }

    private mutating func aggregator(_ a: EntityAggregator) {
        strings(a.articleIDs.ids)
        out.uint(a.accs.count)
        for acc in a.accs {
            let e = acc.summary
            string(e.id)
            string(e.name)
            out.uint(EntityType.allCases.firstIndex(of: e.type)!)
            out.uint(acc.known ? 1 : 0)
            out.uint(e.mentions)
            out.uint(acc.names.count)
            for (name, count) in acc.names.sorted(by: { $0.key < $1.key }) {
                string(name)
                out.uint(count)
            }
            strings(acc.spellings.sorted())
            numbers(acc.articles)
            optional(e.affiliation)
            optional(e.externalID)
            strings(e.roles)
        }
        out.uint(a.acronyms.count)
        for (acr, id) in a.acronyms.sorted(by: { $0.key < $1.key }) {
            string(acr)
            string(id)
        }
        out.uint(a.impliedNames.count)
        for (id, name) in a.impliedNames.sorted(by: { $0.key < $1.key }) {
            string(id)
            string(name)
        }
    }

    private mutating func counter(_ c: CooccurrenceCounter) {
        out.uint(c.totalWindows)
        strings(c.articleIDs.ids)
        strings(c.entityIDs)
        for w in c.windowsOfEntity { out.uint(w) }
        out.uint(c.pairEnds.count)
        for (k, e) in c.pairEnds.enumerated() {
            out.uint(Int(e.a))
            out.uint(Int(e.b))
            out.uint(c.pairWindows[k])
            numbers(c.pairArticles[k])
            if let ev = c.pairEvidence[k] {
                out.uint(1)
                evidence(ev)
            } else {
                out.uint(0)
            }
        }
    }

    private mutating func evidence(_ e: Evidence) {
        string(e.article)
        string(e.sentence)
        out.uint(e.offset)
    }

    private mutating func date(_ d: PartialDate?) {
        guard let d else {
            out.uint(0)
            return
        }
        out.uint(1)
        out.int(d.year)
        out.uint(d.month ?? 0)
        out.uint(d.day ?? 0)
    }

    /// Interned article numbers, which mostly grow: each as the difference from the previous.
    private mutating func numbers(_ list: [Int32]) {
        out.uint(list.count)
        var prev = 0
        for n in list {
            out.int(Int(n) - prev)
            prev = Int(n)
        }
    }

    private mutating func optional(_ s: String?) {
        guard let s else {
            out.uint(0)
            return
        }
        out.uint(ref(s) + 1)
    }

    private mutating func strings(_ list: [String]) {
        out.uint(list.count)
        for s in list { string(s) }
    }

    private mutating func string(_ s: String) { out.uint(ref(s)) }

    private mutating func ref(_ s: String) -> Int {
        if let n = number[s] { return n }
        let n = strings.count
        number[s] = n
        strings.append(s)
        return n
    }
}

/// The payload read back; any inconsistency throws `Malformed`.
struct PayloadReader {
    struct Malformed: Error { var what: String }

    private let bytes: [UInt8]
    private var p: Int
    private var table: [String] = []

    init(_ bytes: [UInt8], from start: Int) throws {
        self.bytes = bytes
        self.p = start
        let n = try count(atLeastBytesEach: 1)
        table.reserveCapacity(n)
        for _ in 0..<n {
            let length = try count(atLeastBytesEach: 1)
            table.append(String(decoding: bytes[p..<p + length], as: UTF8.self))
            p += length
        }
    }

    var atEnd: Bool { p == bytes.count }

    mutating func partial() throws -> PartialCorpus {
        let windows = CooccurrenceWindow.allCases
        let window = windows[try index(below: windows.count, "window")]
        let cap = try uint()
        let settings = PartialCorpus.Settings(
            window: window, capPerArticle: cap == 0 ? nil : cap - 1,
            aliasFingerprint: try uint64())
        let partial = PartialCorpus(settings: settings)
        partial.articleCount = try uint()
        partial.skipped = try uint()
        let severities: [Diagnostic.Severity] = [.error, .warning, .note]
        for _ in 0..<(try count(atLeastBytesEach: 5)) {
            let file = try string()
            let line = try uint()
            let column = try uint()
            let severity = severities[try index(below: 3, "severity")]
            partial.diagnostics.append(
                Diagnostic(
                    file: file, line: line == 0 ? nil : line - 1,
                    column: column == 0 ? nil : column - 1, severity: severity,
                    message: try string()))
        }
        try aggregator(&partial.aggregator)
        try counter(&partial.counter)
        let statuses = MeetingStatus.allCases
        for _ in 0..<(try count(atLeastBytesEach: 5)) {
            let participants = try strings()
            let date = try self.date()
            let place = try optional()
            let status = statuses[try index(below: statuses.count, "meeting status")]
            var evidence: [Evidence] = []
            for _ in 0..<(try count(atLeastBytesEach: 3)) { evidence.append(try self.evidence()) }
            partial.reports.append(
                MeetingReport(
                    participants: participants, date: date, place: place, status: status,
                    evidence: evidence, published: try self.date(), statedYear: try statedYear()))
        }
        for _ in 0..<(try count(atLeastBytesEach: 2)) {
            let id = try string()
            guard partial.articleURLs[id] == nil else { throw Malformed(what: "repeated article address \(id)") }
            partial.articleURLs[id] = try string()
        }
        return partial
    }

    private mutating func aggregator(_ a: inout EntityAggregator) throws {
        let articles = try strings()
        for id in articles { _ = a.articleIDs.intern(id) }
        guard a.articleIDs.ids.count == articles.count else { throw Malformed(what: "repeated article id") }
        let types = EntityType.allCases
        for _ in 0..<(try count(atLeastBytesEach: 11)) {
            let id = try string()
            guard a.slot[id] == nil else { throw Malformed(what: "repeated entity \(id)") }
            var summary = EntitySummary(
                id: id, name: try string(), type: types[try index(below: types.count, "entity type")])
            let known = try index(below: 2, "flag") == 1
            summary.mentions = try uint()
            var acc = EntityAggregator.Acc(summary: summary, known: known)
            for _ in 0..<(try count(atLeastBytesEach: 2)) { acc.names[try string()] = try uint() }
            acc.spellings = Set(try strings())
            acc.articles = try numbers(below: articles.count)
            acc.summary.affiliation = try optional()
            acc.summary.externalID = try optional()
            acc.summary.roles = try strings()
            a.slot[id] = a.accs.count
            a.accs.append(acc)
        }
        for _ in 0..<(try count(atLeastBytesEach: 2)) { a.acronyms[try string()] = try string() }
        for _ in 0..<(try count(atLeastBytesEach: 2)) { a.impliedNames[try string()] = try string() }
    }

    private mutating func counter(_ c: inout CooccurrenceCounter) throws {
        c.totalWindows = try uint()
        let articles = try strings()
        for id in articles { _ = c.articleIDs.intern(id) }
        guard c.articleIDs.ids.count == articles.count else { throw Malformed(what: "repeated article id") }
        let entities = try strings()
        for id in entities { _ = c.internEntity(id) }
        guard c.entityIDs.count == entities.count else { throw Malformed(what: "repeated entity id") }
        for i in entities.indices { c.windowsOfEntity[i] = try uint() }
        for _ in 0..<(try count(atLeastBytesEach: 5)) {
            let a = try index(below: entities.count, "pair entity")
            let b = try index(below: entities.count, "pair entity")
            guard a != b else { throw Malformed(what: "pair of an entity with itself") }
            let k = c.slotOfPair(Int32(a), Int32(b))
            guard c.pairWindows[k] == 0, c.pairArticles[k].isEmpty else { throw Malformed(what: "repeated pair") }
            c.pairWindows[k] = try uint()
            c.pairArticles[k] = try numbers(below: articles.count)
            if try index(below: 2, "flag") == 1 { c.pairEvidence[k] = try evidence() }
        }
    }

    private mutating func evidence() throws -> Evidence {
        Evidence(article: try string(), sentence: try string(), offset: try uint())
    }

    /// A report's `statedYear`: 0 for none, else a year.
    private mutating func statedYear() throws -> Int? {
        let year = try uint()
        guard year <= 9999 else { throw Malformed(what: "bad stated year") }
        return year == 0 ? nil : year
    }

    private mutating func date() throws -> PartialDate? {
        guard try index(below: 2, "flag") == 1 else { return nil }
        let year = try int()
        let month = try uint()
        let day = try uint()
        guard (1...9999).contains(year), month <= 12,
            day == 0 || (month > 0 && day <= PartialDate.daysIn(month: month, year: year))
        else {
            throw Malformed(what: "bad date")
        }
        return PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }

    private mutating func numbers(below limit: Int) throws -> [Int32] {
        let n = try count(atLeastBytesEach: 1)
        var out: [Int32] = []
        out.reserveCapacity(n)
        var prev = 0
        for _ in 0..<n {
            let (v, overflow) = prev.addingReportingOverflow(try int())
            guard !overflow, v >= 0, v < limit else { throw Malformed(what: "article number out of range") }
            out.append(Int32(v))
            prev = v
        }
        return out
    }

    private mutating func strings() throws -> [String] {
        let n = try count(atLeastBytesEach: 1)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    private mutating func string() throws -> String { table[try index(below: table.count, "string")] }

    private mutating func optional() throws -> String? {
        let n = try index(below: table.count + 1, "string")
        return n == 0 ? nil : table[n - 1]
    }

    /// A number below `limit`.
    private mutating func index(below limit: Int, _ what: String) throws -> Int {
        let v = try uint64()
        guard v < UInt64(limit) else { throw Malformed(what: "\(what) out of range") }
        return Int(v)
    }

    /// A count of items that take at least `size` bytes each: no larger than the bytes left.
    private mutating func count(atLeastBytesEach size: Int) throws -> Int {
        let v = try uint64()
        guard v <= UInt64((bytes.count - p) / size) else { throw Malformed(what: "count past the end") }
        return Int(v)
    }

    /// A count or offset: below 2⁴⁰, so that adding up those of many partials cannot overflow.
    private mutating func uint() throws -> Int {
        let v = try uint64()
        guard v < 1 << 40 else { throw Malformed(what: "number out of range") }
        return Int(v)
    }

    private mutating func int() throws -> Int {
        let v = try uint64()
        guard v < 1 << 41 else { throw Malformed(what: "number out of range") }
        return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    private mutating func uint64() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard p < bytes.count else { throw Malformed(what: "unexpected end of payload") }
            let b = bytes[p]
            p += 1
            guard shift < 64 else { throw Malformed(what: "number too long") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
}
