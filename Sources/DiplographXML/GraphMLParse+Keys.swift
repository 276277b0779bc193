import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GraphMLParse {
    // MARK: Attributes of the current element

    /// Calls `body(name, value)` for each attribute; `value` is the value's bytes (in the
    /// parser's buffer, not NUL-terminated). libxml2 leaves `&#38;` and user-defined entity
    /// references in values it had to copy: they are decoded here (an internal entity's
    /// replacement text, one level), as its tree builder does. Static, so that `body` may mutate
    /// the parse state without a copy of it.
    @inline(__always)
    static func forEachAttribute(
        _ ctxt: xmlParserCtxtPtr, _ attributes: Attributes, _ count: Int,
        _ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let attributes, count > 0 else { return }
        for i in 0..<count {
            guard let name = attributes[5 * i], let value = attributes[5 * i + 3], let end = attributes[5 * i + 4]
            else { continue }
            let raw = UnsafeBufferPointer(start: value, count: end - value)
            if raw.count > 0, memchr(value, Int32(UInt8(ascii: "&")), raw.count) != nil {
                let decoded = decodeReferences(ctxt, raw)
                decoded.withUnsafeBufferPointer { body(name, $0) }
            } else {
                body(name, raw)
            }
        }
    }

    static func decodeReferences(_ ctxt: xmlParserCtxtPtr, _ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "&"), let semi = raw[i...].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(raw[i])
                i += 1
                continue
            }
            let ref = Array(raw[(i + 1)..<semi])
            if ref == Array("#38".utf8) {
                out.append(UInt8(ascii: "&"))
            } else if ref.first != UInt8(ascii: "#"), let doc = ctxt.pointee.myDoc {
                let ent = (ref + [0]).withUnsafeBufferPointer { xmlGetDocEntity(doc, $0.baseAddress!) }
                if let ent, ent.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = ent.pointee.content {
                    out.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            } else {
                out.append(contentsOf: raw[i...semi])
            }
            i = semi + 1
        }
        return out
    }

    // MARK: Keys

    mutating func startKey(_ attributes: Attributes, _ count: Int, empty: Bool) {
        var id: [UInt8]?
        var domain = "all"
        var name: String?
        var typeName = "string"
        var yfiles = false
        Self.forEachAttribute(ctxt, attributes, count) { n, v in
            if eq(n, sID, "id") {
                id = Array(v)
            } else if eq(n, sFor, "for") {
                domain = String(decoding: v, as: UTF8.self)
            } else if eq(n, sAttrName, "attr.name") {
                name = String(decoding: v, as: UTF8.self)
            } else if eq(n, sAttrType, "attr.type") {
                typeName = String(decoding: v, as: UTF8.self).lowercased()
            } else if eq(n, sYFilesType, "yfiles.type") {
                yfiles = true
            }
        }
        guard let id else {
            error("a <key> without an id")
            return
        }
        if yfiles && name == nil { return }  // yEd graphics: not data
        let attrName = name ?? String(decoding: id, as: UTF8.self)
        let type: AttributeType
        switch typeName {
        case "int", "integer", "short", "byte", "long", "biginteger":
            type = typeName == "long" || typeName == "biginteger" ? .long : .int
        case "double", "bigdecimal": type = .double
        case "float": type = .float
        case "boolean", "bool": type = .boolean
        default: type = .string
        }
        var key = Key(id: id, name: attrName, type: type)
        let forAll = domain == "all"
        if domain == "node" || forAll {
            if attrName == "label",
                !keys.contains(where: {
                    if case .label = $0.node { return true }
                    return false
                })
            {
                key.node = .label
            } else {
                var c = Column(name: attrName, type: type, forAll: forAll)
                if let keep = plan.nodeColumns, !keep.contains(attrName), attrName != "name" { c.use = .skip }
                nodeColumns.append(c)
                key.node = .column(nodeColumns.count - 1)
            }
        }
        if domain == "edge" || forAll {
            let exact = attrName == "weight"
            if (exact && !(weightKey.map { keys[$0].name == "weight" } ?? false))
                || (attrName.lowercased() == "weight" && weightKey == nil)
            {
                if let old = weightKey {
                    // An exact `weight` replaces an earlier `Weight`, which becomes a column.
                    appendEdgeColumn(Column(name: keys[old].name, type: keys[old].type, forAll: false))
                    keys[old].edge = .column(edgeColumns.count - 1)
                }
                weightKey = keys.count
                key.edge = .weight
            } else {
                appendEdgeColumn(Column(name: attrName, type: type, forAll: forAll))
                key.edge = .column(edgeColumns.count - 1)
            }
        }
        keys.append(key)
        if !empty { currentKey = keys.count - 1 }
    }

    /// Appends an edge column, deciding what becomes of it when it holds strings.
    mutating func appendEdgeColumn(_ column: Column) {
        var c = column
        // Deferred only when first of its name, so that a lookup by name finds the column
        // `AttributedGraph.edgeAttribute` would.
        if c.type == .string, plan.deferredEdgeStrings.contains(c.name),
            !edgeColumns.contains(where: { $0.name == c.name })
        {
            c.use = .deferred(deferred.addColumn(name: c.name))
        } else if let keep = plan.edgeColumns, !keep.contains(c.name) {
            c.use = .skip
        }
        edgeColumns.append(c)
    }

    /// The index of the key whose id is `id`; tries the key after the last match first, since
    /// `<data>` elements usually follow the order of the keys.
    @inline(__always)
    mutating func findKey(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = keys.count
        guard n > 0 else { return nil }
        var k = lastKey + 1
        for _ in 0..<n {
            if k >= n { k = 0 }
            let hit = keys[k].id.withUnsafeBufferPointer {
                $0.count == id.count && (id.count == 0 || memcmp($0.baseAddress!, id.baseAddress!, id.count) == 0)
            }
            if hit {
                lastKey = k
                return k
            }
            k += 1
        }
        return nil
    }
}
