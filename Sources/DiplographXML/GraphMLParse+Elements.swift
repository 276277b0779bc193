import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphMLParse {
    // MARK: Nodes and edges

    /// The index of the node `id`, created when new.
    @inline(__always)
    mutating func node(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        // Fast path: "n<decimal>" without leading zeros (at most 10 digits), the ids Diplograph,
        // NetworkX-converted and igraph files use.
        let n = id.count
        if n >= 2, n <= 11, id[0] == UInt8(ascii: "n"), id[1] &- UInt8(ascii: "0") < 10,
            !(id[1] == UInt8(ascii: "0") && n > 2)
        {
            var v = 0
            var i = 1
            while i < n, id[i] &- UInt8(ascii: "0") < 10 {
                v = v * 10 + Int(id[i] - UInt8(ascii: "0"))
                i += 1
            }
            if i == n, v < 4 * labels.count + 65536 {
                if v >= numericIndex.count {
                    numericIndex.append(
                        contentsOf: repeatElement(0, count: max(v + 1, numericIndex.count * 2) - numericIndex.count))
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
        guard let index else {
            error("a <node> without an id")
            if !empty { owners.append(.other) }
            return
        }
        if !empty { owners.append(.node(index)) }
    }

    mutating func startEdge(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var s: Int?
        var t: Int?
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sSource, "source") { s = node(v) } else if eq(n, sTarget, "target") { t = node(v) }
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
        if sources.count == 1 {
            firstEdgeOffset = consumed
            return
        }
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
            text.removeAll()
            captureLine = line()
            store(key: key, owner: owner)
        } else {
            beginCapture(.data(key, owner))
        }
    }
}
