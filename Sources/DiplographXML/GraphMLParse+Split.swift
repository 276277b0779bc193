import CLibXML2
import DiplographCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large GraphML file read in two halves on two threads, each by its own libxml2 push
/// parser, then joined into the state one serial pass would have built.
///
/// The first half is the file up to an `<edge` start tag near the middle; the second is the
/// file's head (up to the graph's first `<node` or `<edge`: the declarations, keys and the
/// `<graph>` start tag) followed by the rest from that tag on. The second parser sees the same
/// keys, so its columns line up with the first one's; its nodes are joined by id.
///
/// The cut is sound whatever the bytes: a `<` in text or an attribute value is always escaped,
/// so the cut falls on a tag or inside a comment, CDATA section or processing instruction, and
/// each parser must stop in the graph's content with only white space left over, nothing open
/// but `<graphml>` and `<graph>`, and none of our own state open. Anything else (a document
/// type declaration, a compressed file, a parse error, a key after the cut, no cut found) makes
/// `read` return nil and the caller reads the file in one pass, which also gives the exact
/// diagnostics.
enum GraphMLSplit {
    /// The bytes around the middle searched for a cut.
    static let window = 1 << 20
    /// Bytes fed to a push parser at a time.
    static let feed = 1 << 20

    /// The graph of the file at `path` (`size` bytes) read in two halves, or nil (see above).
    static func read(path: String, size: Int, columns: GraphMLColumns, meter: WorkMeter?) -> (
        graph: AttributedGraph, deferred: DeferredStrings
    )? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let (head, cut) = cuts(fd, size: size) else { return nil }
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
            let h = i == 0 ? halves.first : halves.second
            // Errors raised without a context are collected per thread (libxml2 keeps the
            // handler in thread-local state).
            h.ok = h.state.pointee.errors.capturing {
                if i == 0 { return h.feed(fd, 0..<cut, last: false) && h.pausedInGraph(expectingNothingRead: false) }
                guard h.feed(fd, 0..<head, last: false), h.pausedInGraph(expectingNothingRead: true) else {
                    return false
                }
                h.headWork = h.state.pointee.work
                return h.feed(fd, cut..<size, last: true) && h.finishedCleanly
            }
        }
        guard first.ok, second.ok, let joined = join(first.state, second.state) else { return nil }
        meter?.count += first.state.pointee.work
        var work = second.state.pointee.work
        work.xmlEvents -= second.headWork.xmlEvents
        work.xmlBytes -= second.headWork.xmlBytes
        meter?.count += work
        return joined
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

    /// One push parser and its parse state.
    final class Half {
        let ctxt: xmlParserCtxtPtr
        let state: UnsafeMutablePointer<GraphMLParse>
        var ok = false
        var headWork = WorkCount()

        init?(path: String, columns: GraphMLColumns, size: Int) {
            _ = libxml2Initialized
            guard let c = xmlCreatePushParserCtxt(nil, nil, nil, 0, path) else { return nil }
            guard let p = GraphMLParse.attach(c, file: path, columns: columns) else {
                xmlFreeParserCtxt(c)
                return nil
            }
            xmlCtxtUseOptions(c, graphMLOptions)
            p.pointee.inputSize = size
            ctxt = c
            state = p
        }

        func free() {
            GraphMLParse.detach(state)
            if let doc = ctxt.pointee.myDoc {
                xmlFreeDoc(doc)
                ctxt.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(ctxt)
        }

        /// Feeds `range` of the file; `last` ends the document. False on a read or parse error.
        func feed(_ fd: Int32, _ range: Range<Int>, last: Bool) -> Bool {
            var buffer = [UInt8](repeating: 0, count: GraphMLSplit.feed)
            var at = range.lowerBound
            while at < range.upperBound {
                let want = min(GraphMLSplit.feed, range.upperBound - at)
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(at)) }
                guard n == want else { return false }
                at += n
                let end: Int32 = last && at == range.upperBound ? 1 : 0
                let rc = buffer.withUnsafeBytes {
                    xmlParseChunk(ctxt, $0.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(n), end)
                }
                if rc != 0 || state.pointee.stop { return false }
            }
            if last && range.isEmpty { xmlParseChunk(ctxt, nil, 0, 1) }
            return true
        }

        /// Whether the parser stopped in the content of the top-level `<graph>` with nothing
        /// but white space left unparsed, no error, and our state outside any element of the
        /// graph (and, with `expectingNothingRead`, no node or edge read yet).
        func pausedInGraph(expectingNothingRead: Bool) -> Bool {
            let c = ctxt.pointee
            guard c.wellFormed != 0, c.errNo == 0, c.instate == XML_PARSER_CONTENT, c.nameNr == 2,
                let name = c.name, name[0] == 0x67,
                strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "graph") == 0,
                let input = c.input,
                var at = input.pointee.cur, let end = input.pointee.end
            else { return false }
            while at < end {
                let b = at.pointee
                guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return false }
                at += 1
            }
            let s = state.pointee
            guard s.errors.entries.isEmpty, s.diagnostics.isEmpty, !s.stop, s.sawRoot, s.graphDepth == 1,
                s.owners.isEmpty
            else { return false }
            if case .none = s.capture {} else { return false }
            return !expectingNothingRead || (s.labels.isEmpty && s.sources.isEmpty)
        }

        /// Whether the document ended well-formed with no error of ours.
        var finishedCleanly: Bool {
            let s = state.pointee
            return ctxt.pointee.wellFormed != 0 && ctxt.pointee.errNo == 0 && s.errors.entries.isEmpty
                && s.diagnostics.isEmpty && !s.stop && s.sawRoot
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
