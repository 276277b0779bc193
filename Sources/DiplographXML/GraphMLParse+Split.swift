import CLibXML2
import DiplographCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large GraphML file read in two halves on two threads, each a whole document for its own
/// libxml2 parser (a pull parser reading through `Source`), then joined into the state one
/// serial pass would have built.
///
/// The first half is the file up to an `<edge` start tag near the middle, closed by
/// `</graph></graphml>`; the second is the file's head (up to the graph's first `<node` or
/// `<edge`: the declarations, keys and the `<graph>` start tag) followed by the rest from that
/// tag on. The second parser sees the same keys, so its columns line up with the first one's;
/// its nodes are joined by id.
///
/// The cut is sound whatever the bytes: a `<` in text or an attribute value is always escaped,
/// so the cut falls on a tag or inside a comment, CDATA section or processing instruction. Only
/// a cut between two elements of the top-level `<graph>` makes the first half well-formed: a
/// cut inside a comment, a section or a deeper element leaves it open or closes the wrong tags.
/// The head alone, closed the same way, must hold no node or edge. Anything else (a document
/// type declaration, a compressed file, a parse error in either half, a key after the cut, no
/// cut found) makes `read` return nil and the caller reads the file in one pass, which also
/// gives the exact diagnostics.
enum GraphMLSplit {
    /// The bytes around the middle searched for a cut.
    static let window = 1 << 20
    /// What closes the first half and the head: the top-level graph and the root.
    static let closing = Array("</graph></graphml>".utf8)

    /// The graph of the file at `path` (`size` bytes) read in two halves, or nil (see above).
    static func read(path: String, size: Int, columns: GraphMLColumns, meter: WorkMeter?) -> (
        graph: AttributedGraph, deferred: DeferredStrings
    )? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let (head, cut) = cuts(fd, size: size) else { return nil }
        // The head's own events, which the second half counts again.
        guard let headWork = headWork(fd, path: path, columns: columns, head: head) else { return nil }
        // The first half reserves its edge arrays for the whole file's edges, so that the
        // second half's rows are appended in place (no copy of a grown array at the join).
        guard let first = Half(path: path, columns: columns, size: size),
            let second = Half(path: path, columns: columns, size: head + (size - cut))
        else { return nil }
        defer {
            first.free()
            second.free()
        }
        let halves = Halves(first: first, second: second)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                halves.first.parse(Source(fd, [0..<cut], then: closing))
            } else {
                halves.second.parse(Source(fd, [0..<head, cut..<size]))
            }
        }
        guard first.ok, second.ok, let joined = join(first.state, second.state) else { return nil }
        var work = first.state.pointee.work
        work.xmlEvents -= 2  // the two end tags of `closing`
        work += second.state.pointee.work
        work.xmlEvents -= headWork.xmlEvents
        work.xmlBytes -= headWork.xmlBytes
        meter?.count += work
        return joined
    }

    /// The events and bytes of the head (before the first node or edge) in a parse of its
    /// own, closed by `closing`; nil when that is not a well-formed document without nodes and
    /// edges.
    static func headWork(_ fd: Int32, path: String, columns: GraphMLColumns, head: Int) -> WorkCount? {
        guard let h = Half(path: path, columns: columns, size: head) else { return nil }
        defer { h.free() }
        h.parse(Source(fd, [0..<head], then: closing))
        let s = h.state.pointee
        guard h.ok, s.labels.isEmpty, s.sources.isEmpty else { return nil }
        var work = s.work
        work.xmlEvents -= 2
        return work
    }

    /// Where the graph's first node or edge starts, and the cut: an `<edge` start near the
    /// middle of the file, after that; nil when the file does not lend itself to a split.
    static func cuts(_ fd: Int32, size: Int) -> (head: Int, cut: Int)? {
        let start = bytes(fd, 0..<min(size, window))
        guard start.count >= 4, !(start[0] == 0x1F && start[1] == 0x8B) else { return nil }  // gzip
        guard let graph = find(start, "<graph", from: 0, tagEnd: true) else { return nil }
        let node = find(start, "<node", from: graph, tagEnd: true)
        let edge = find(start, "<edge", from: graph, tagEnd: true)
        guard let head = [node, edge].compactMap({ $0 }).min() else { return nil }
        guard find(start[..<head], "<!DOCTYPE", from: 0, tagEnd: false) == nil else { return nil }
        let middle = max(head + 1, size / 2)
        guard middle < size else { return nil }
        let around = bytes(fd, middle..<min(size, middle + window))
        guard let at = find(around, "<edge", from: 0, tagEnd: true) else { return nil }
        return (head, middle + at)
    }

    /// The first `pattern` at or after `from`; with `tagEnd`, only where white space, `>` or
    /// `/` follows (a tag name, not a longer one).
    static func find<C: RandomAccessCollection>(_ b: C, _ pattern: StaticString, from: Int, tagEnd: Bool) -> Int?
    where C.Element == UInt8, C.Index == Int {
        let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        var i = max(from, b.startIndex)
        while i + p.count <= b.endIndex {
            if b[i] == p[0] {
                var k = 1
                while k < p.count, b[i + k] == p[k] { k += 1 }
                if k == p.count {
                    guard tagEnd else { return i }
                    if i + k < b.endIndex {
                        let next = b[i + k]
                        if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x3E || next == 0x2F
                        {
                            return i
                        }
                    }
                }
            }
            i += 1
        }
        return nil
    }

    static func bytes(_ fd: Int32, _ range: Range<Int>) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: range.count)
        let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, range.count, off_t(range.lowerBound)) }
        out.removeLast(range.count - max(n, 0))
        return out
    }

    /// Joins the second half's nodes and edges into the first's; nil when the two do not line
    /// up (different keys or columns).
    static func join(_ a: UnsafeMutablePointer<GraphMLParse>, _ b: UnsafeMutablePointer<GraphMLParse>) -> (
        graph: AttributedGraph, deferred: DeferredStrings
    )? {
        guard a.pointee.keys.count == b.pointee.keys.count,
            a.pointee.nodeColumns.count == b.pointee.nodeColumns.count,
            a.pointee.edgeColumns.count == b.pointee.edgeColumns.count,
            a.pointee.weightKey == b.pointee.weightKey
        else { return nil }
        a.pointee.absorb(&b.pointee)
        return try? a.pointee.result(wellFormed: true)
    }

    /// The two halves, for the worker threads: each thread touches only its own half (its
    /// context, parse state and flags), and the caller reads them after both are done.
    final class Halves: @unchecked Sendable {
        let first: Half
        let second: Half
        init(first: Half, second: Half) {
            self.first = first
            self.second = second
        }
    }

    /// Bytes of the file for a parser: `ranges` in order, then `tail`, read a megabyte at a
    /// time (libxml2 asks for a few kilobytes per call).
    final class Source {
        static let chunk = 1 << 20
        let fd: Int32
        let ranges: [Range<Int>]
        let tail: [UInt8]
        var range = 0
        var at: Int
        var tailRead = false
        var buffer = [UInt8](repeating: 0, count: Source.chunk)
        var next = 0
        var filled = 0
        var failed = false

        init(_ fd: Int32, _ ranges: [Range<Int>], then tail: [UInt8] = []) {
            self.fd = fd
            self.ranges = ranges
            self.tail = tail
            at = ranges.first?.lowerBound ?? 0
        }

        /// Copies up to `len` next bytes to `out`: their count, 0 at the end, -1 on a read
        /// error.
        func read(_ out: UnsafeMutablePointer<CChar>, _ len: Int) -> Int32 {
            if next == filled { refill() }
            if failed { return -1 }
            let n = min(len, filled - next)
            if n > 0 {
                buffer.withUnsafeBytes {
                    UnsafeMutableRawPointer(out).copyMemory(from: $0.baseAddress! + next, byteCount: n)
                }
                next += n
            }
            return Int32(n)
        }

        /// Reads the next bytes into `buffer`: up to a chunk of the current range, else the tail
        /// once, else nothing.
        func refill() {
            (next, filled) = (0, 0)
            while range < ranges.count, at >= ranges[range].upperBound {
                range += 1
                if range < ranges.count { at = ranges[range].lowerBound }
            }
            if range < ranges.count {
                let want = min(Source.chunk, ranges[range].upperBound - at)
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(at)) }
                guard n == want else {
                    failed = true
                    return
                }
                at += n
                filled = n
            } else if !tailRead {
                tailRead = true
                buffer.replaceSubrange(0..<tail.count, with: tail)
                filled = tail.count
            }
        }
    }

    /// One parser's context and parse state.
    final class Half {
        let ctxt: xmlParserCtxtPtr
        let state: UnsafeMutablePointer<GraphMLParse>
        var ok = false

        init?(path: String, columns: GraphMLColumns, size: Int) {
            _ = libxml2Initialized
            guard let c = xmlNewParserCtxt() else { return nil }
            guard let p = GraphMLParse.attach(c, file: path, columns: columns) else {
                xmlFreeParserCtxt(c)
                return nil
            }
            p.pointee.inputSize = size
            ctxt = c
            state = p
        }

        func free() {
            GraphMLParse.detach(state)
            xmlFreeParserCtxt(ctxt)
        }

        /// Parses the document `source` gives; `ok` tells whether it was well-formed, read
        /// without error and without a diagnostic of ours. Errors raised without a context are
        /// collected per thread (libxml2 keeps the handler in thread-local state).
        func parse(_ source: Source) {
            let io = Unmanaged.passRetained(source)
            defer { io.release() }
            let doc = GraphMLParse.parsing(state) {
                xmlCtxtReadIO(
                    ctxt,
                    { context, buffer, len in
                        guard let context, let buffer else { return -1 }
                        return Unmanaged<Source>.fromOpaque(context).takeUnretainedValue().read(buffer, Int(len))
                    }, nil, io.toOpaque(), state.pointee.file, nil,
                    graphMLOptions)
            }
            let s = state.pointee
            ok =
                doc && !source.failed && ctxt.pointee.wellFormed != 0 && ctxt.pointee.errNo == 0
                && s.errors.entries.isEmpty && s.diagnostics.isEmpty && !s.stop && s.sawRoot
        }
    }
}

extension GraphMLParse {
    /// Takes in the nodes and edges of `other`, the parse of the rest of the same file after
    /// this one's part (same keys, so the same columns): its nodes join this one's by id (new
    /// ones are added in the order `other` met them, as one pass would have), a value it read
    /// replaces this one's (a later `<node>` fills in its data), and its edges follow.
    ///
    /// The edge rows are appended on two threads, the ends and weights on one and the other
    /// columns on the other: a large file's rows fill fresh memory, and its page faults are
    /// most of the join's time.
    mutating func absorb(_ other: inout GraphMLParse) {
        var map = [Int](repeating: 0, count: other.labels.count)
        for j in other.labels.indices {
            var id = other.nodeIDs[j]
            let a = id.withUTF8 { node($0) }
            map[j] = a
            if let l = other.labels[j] { labels[a] = l }
        }
        for ci in nodeColumns.indices {
            nodeColumns[ci].present += other.nodeColumns[ci].present
            guard nodeColumns[ci].use == .keep else { continue }
            Self.overlay(&nodeColumns[ci], other.nodeColumns[ci], map)
        }
        let offset = sources.count
        // Each thread owns the arrays it appends to (moved out of `self` and back).
        var ends = (sources: sources, targets: targets, weights: weights)
        (sources, targets, weights) = ([], [], [])
        var columns = edgeColumns
        edgeColumns = []
        var strings = deferred
        deferred = DeferredStrings()
        let (otherEnds, otherColumns, otherStrings) = (
            (sources: other.sources, targets: other.targets, weights: other.weights), other.edgeColumns, other.deferred
        )
        Concurrently.both(
            {
                ends.sources.append(contentsOf: otherEnds.sources.lazy.map { map[$0] })
                ends.targets.append(contentsOf: otherEnds.targets.lazy.map { map[$0] })
                ends.weights.append(contentsOf: otherEnds.weights)
            },
            {
                for ci in columns.indices {
                    columns[ci].present += otherColumns[ci].present
                    guard columns[ci].use == .keep else { continue }
                    columns[ci].pad(to: offset)
                    let o = otherColumns[ci]
                    switch columns[ci].kind {
                    case .bool: columns[ci].bools.append(contentsOf: o.bools)
                    case .int: columns[ci].ints.append(contentsOf: o.ints)
                    case .double: columns[ci].doubles.append(contentsOf: o.doubles)
                    case .string: columns[ci].strings.append(contentsOf: o.strings)
                    }
                }
                strings.append(otherStrings, rowOffset: offset)
            })
        (sources, targets, weights) = (ends.sources, ends.targets, ends.weights)
        edgeColumns = columns
        deferred = strings
        if description == nil { description = other.description }
    }

    /// Writes the values `from` holds into `into` at the rows `map` gives.
    static func overlay(_ into: inout Column, _ from: Column, _ map: [Int]) {
        func put<T>(_ a: inout [T?], _ b: [T?]) {
            for (j, v) in b.enumerated() { if let v { Column.put(&a, map[j], v) } }
        }
        switch into.kind {
        case .bool: put(&into.bools, from.bools)
        case .int: put(&into.ints, from.ints)
        case .double: put(&into.doubles, from.doubles)
        case .string: put(&into.strings, from.strings)
        }
    }
}
