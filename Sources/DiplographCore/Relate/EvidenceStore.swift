import Foundation

/// The text of an evidence sentence: a `String`, or a place in an `EvidenceStore` (read back
/// when the text is asked for, which is when an output is written).
enum EvidenceText: Sendable {
    case inline(String)
    /// `slot`: byte position (low 40 bits) and length (high 24 bits) in the store.
    case stored(EvidenceStore, slot: UInt64)

    var string: String {
        switch self {
        case .inline(let s): return s
        case .stored(let store, let slot): return store.read(slot)
        }
    }

    /// Same text, without reading the store when both are the same stored sentence.
    func same(as other: EvidenceText) -> Bool {
        if case .stored(let a, let x) = self, case .stored(let b, let y) = other, a === b {
            if x == y { return true }
            if EvidenceStore.length(x) != EvidenceStore.length(y) { return false }
        }
        return string == other.string
    }

    /// Text order, without reading the store when both are the same stored sentence.
    func less(than other: EvidenceText) -> Bool {
        if case .stored(let a, let x) = self, case .stored(let b, let y) = other, a === b, x == y { return false }
        return string < other.string
    }
}

/// Evidence sentences kept outside the heap for the rest of a run: bytes appended to an
/// unlinked temporary file (in `TMPDIR`), read back one sentence at a time. Meeting reports and
/// co-occurrence pairs then hold (article, offset, place in the file) rather than a `String`
/// each, so memory grows with the graph, not with the corpus; the page cache, not the process,
/// holds the file.
///
/// The file is removed when the store is released (it is unlinked as soon as it is open, so
/// nothing is left behind after a crash). When no temporary file can be made, sentences stay
/// `String`s (the output is the same).
///
/// `Sendable` by hand: the descriptor is immutable, and `keep` and `read` hold `lock` for every
/// access to `pending`, `flushed` and the file.
final class EvidenceStore: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    /// Bytes not yet written to the file, from `flushed` on.
    private var pending: [UInt8] = []
    private var flushed = 0
    private static let bufferSize = 1 << 20
    static let maxLength = (1 << 24) - 1
    static let maxPosition = (1 << 40) - 1

    /// A store backed by a new temporary file, or nil when none can be made.
    static func temporary() -> EvidenceStore? {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((dir + "/diplograph-evidence-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        return EvidenceStore(fd: fd)
    }

    private init(fd: Int32) {
        self.fd = fd
        pending.reserveCapacity(Self.bufferSize)
    }

    deinit { close(fd) }

    static func length(_ slot: UInt64) -> Int { Int(slot >> 40) }

    /// The text of `range` of `bytes`, kept in the store (or as a `String` when it cannot be).
    func keep(_ bytes: [UInt8], _ range: Range<Int>) -> EvidenceText {
        lock.lock()
        defer { lock.unlock() }
        let position = flushed + pending.count
        guard range.count <= Self.maxLength, position + range.count <= Self.maxPosition else {
            return .inline(String(decoding: bytes[range], as: UTF8.self))
        }
        pending.append(contentsOf: bytes[range])
        if pending.count >= Self.bufferSize && !flush() {
            // The disk is full or gone: keep this one in memory (the earlier ones are written).
            pending.removeLast(range.count)
            return .inline(String(decoding: bytes[range], as: UTF8.self))
        }
        return .stored(self, slot: UInt64(range.count) << 40 | UInt64(position))
    }

    /// Writes `pending` to the file; false (and nothing written) when it cannot.
    private func flush() -> Bool {
        var done = 0
        let ok = pending.withUnsafeBytes { buf -> Bool in
            while done < buf.count {
                let n = pwrite(fd, buf.baseAddress! + done, buf.count - done, off_t(flushed + done))
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        guard ok else { return false }
        flushed += pending.count
        pending.removeAll(keepingCapacity: true)
        return true
    }

    func read(_ slot: UInt64) -> String {
        let position = Int(slot & UInt64(Self.maxPosition))
        let length = Self.length(slot)
        lock.lock()
        defer { lock.unlock() }
        if position >= flushed {
            let start = position - flushed
            return String(decoding: pending[start..<(start + length)], as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var done = 0
            while done < length {
                let n = pread(fd, out.baseAddress! + done, length - done, off_t(position + done))
                // The file was written by this process: a failed read is a broken machine.
                precondition(n > 0, "diplograph: cannot read back the evidence file (errno \(errno))")
                done += n
            }
            return length
        }
    }
}

/// The evidence sentences of one article, each kept once whatever number of reports and pairs
/// quote it (`Pipeline` runs the reports and the co-occurrence tally of an article through one).
struct ArticleQuotes {
    let store: EvidenceStore?
    private var byOffset: [Int: Evidence] = [:]

    init(store: EvidenceStore?) { self.store = store }

    /// `e` with its text in the store: the copy made for an earlier quote of the same sentence,
    /// or a new one.
    mutating func keep(_ e: Evidence) -> Evidence {
        if let k = byOffset[e.offset], k.article == e.article, k.text.same(as: e.text) { return k }
        guard let store else {
            byOffset[e.offset] = e
            return e
        }
        var bytes = Array(e.sentence.utf8)
        let k = Evidence(article: e.article, offset: e.offset, text: store.keep(bytes, 0..<bytes.count))
        bytes = []
        byOffset[e.offset] = k
        return k
    }

    /// The evidence of the article's sentence `s`, trimmed (as `CooccurrenceCounter.evidence`).
    mutating func evidence(_ r: ResolvedArticle, sentence s: Int) -> Evidence {
        let range = CooccurrenceCounter.trimmed(r.article.text, r.sentences[s].range)
        if let k = byOffset[range.lowerBound], k.article == r.article.id,
            case .stored(let st, let slot) = k.text, st === store, EvidenceStore.length(slot) == range.count
        {
            return k
        }
        if let store {
            let k = Evidence(article: r.article.id, offset: range.lowerBound, text: store.keep(r.article.text, range))
            if byOffset[range.lowerBound] == nil { byOffset[range.lowerBound] = k }
            return k
        }
        return keep(CooccurrenceCounter.evidence(r, sentence: s))
    }

    /// Every evidence sentence of `reports` kept in the store.
    mutating func keep(_ reports: inout [MeetingReport]) {
        for i in reports.indices {
            for j in reports[i].evidence.indices { reports[i].evidence[j] = keep(reports[i].evidence[j]) }
        }
    }
}
