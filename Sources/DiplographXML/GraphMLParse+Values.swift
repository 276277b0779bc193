import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphMLParse {
    // MARK: Values

    mutating func store(key k: Int, owner: Owner) {
        let text = self.text.bytes
        let target: Target?
        let row: Int
        switch owner {
        case .node(let i):
            target = keys[k].node
            row = i
        case .edge(let i):
            target = keys[k].edge
            row = i
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
                if let expected {
                    badValue(k, expected)
                    return
                }
                if isNode { nodeColumns[ci].present += 1 } else { edgeColumns[ci].present += 1 }
                return
            case .deferred(let d):
                deferred.set(column: d, row: row, text)
                edgeColumns[ci].present += 1
                return
            }
            let expected =
                isNode
                ? Self.storeValue(&nodeColumns[ci], row: row, text) : Self.storeValue(&edgeColumns[ci], row: row, text)
            if let expected { badValue(k, expected) }
        }
    }

    /// Stores `text` parsed as the column's type; the expected form when it does not parse.
    @inline(__always)
    static func storeValue(_ c: inout Column, row: Int, _ text: UnsafeBufferPointer<UInt8>) -> String? {
        switch c.kind {
        case .string: Column.put(&c.strings, row, c.recent.string(text))
        case .int: if let v = parseInt(text) { Column.put(&c.ints, row, v) } else { return "an integer" }
        case .double: if let v = parseDouble(text) { Column.put(&c.doubles, row, v) } else { return "a number" }
        case .bool: if let v = parseBool(text) { Column.put(&c.bools, row, v) } else { return "true or false" }
        }
        c.present += 1
        return nil
    }

    mutating func badValue(_ k: Int, _ expected: String) {
        let shown = String(decoding: text.bytes.prefix(40), as: UTF8.self)
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
                        if nodeColumns[ci].use == .keep {
                            Self.fillDefault(&nodeColumns[ci], d, count)
                        } else {
                            nodeColumns[ci].defaultText = d
                        }
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
        let hasLabelKey = keys.contains {
            if case .label = $0.node { return true }
            return false
        }
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
        case .string:
            let s = String(decoding: d, as: UTF8.self)
            for i in 0..<count where c.strings[i] == nil { c.strings[i] = s }
        case .int: if let v = parseInt(d) { for i in 0..<count where c.ints[i] == nil { c.ints[i] = v } }
        case .double: if let v = parseDouble(d) { for i in 0..<count where c.doubles[i] == nil { c.doubles[i] = v } }
        case .bool: if let v = parseBool(d) { for i in 0..<count where c.bools[i] == nil { c.bools[i] = v } }
        }
    }
}
