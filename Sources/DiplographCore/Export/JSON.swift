/// A JSON value with ordered object keys, printed deterministically.
///
/// ```swift
/// JSONValue.object([("id", .string("m1")), ("n", .int(2))]).rendered()   // {"id": "m1", "n": 2}
/// ```
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Equal when rendered the same (object keys keep their order).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    /// Hashes the rendered text.
    public func hash(into h: inout Hasher) { h.combine(rendered()) }

    /// `s` as a string, or `null`.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Compact with one space after `:` and `,` when `pretty` is false; indented by two spaces
    /// per level with one array element or object member per line when true.
    public func rendered(pretty: Bool = false) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Appends the JSON text to `out`; `pretty` indents nested values by two spaces from `indent`.
    public func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? AttributeColumn.text(d) : "null"
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += pretty ? "," : ", " }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { out += pretty ? "," : ", " }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.quote(k, into: &out)
                out += ": "
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// Writes `s` as a JSON string: quotes, backslashes and control characters escaped; other
    /// characters (CJK included) as UTF-8.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}

/// The JSON shapes of `entities --json` and `meetings --json` that the command-line contract
/// fixes (docs/cli-contract.md).
public enum ContractJSON {
    /// The `entities --json` document.
    public static func entities(_ list: [EntitySummary]) -> JSONValue {
        .object([("entities", .array(list.map(entity)))])
    }

    /// One entity of `entities --json`.
    public static func entity(_ e: EntitySummary) -> JSONValue {
        var m: [(String, JSONValue)] = [
            ("id", .string(e.id)), ("name", .string(e.name)), ("type", .string(e.type.rawValue)),
            ("aliases", .array(e.aliases.map(JSONValue.string))), ("mentions", .int(e.mentions)),
            ("articles", .array(e.articles.map(JSONValue.string))), ("affiliation", .optional(e.affiliation)),
            ("roles", .array(e.roles.map(JSONValue.string))),
        ]
        if let x = e.externalID { m.append(("external_id", .string(x))) }
        return .object(m)
    }

    /// The `meetings --json` document (participant names from `entities`).
    public static func meetings(_ list: [Meeting], entities: EntityIndex) -> JSONValue {
        .object([("meetings", .array(list.map { meeting($0, entities: entities) }))])
    }

    /// One meeting of `meetings --json`.
    public static func meeting(_ m: Meeting, entities: EntityIndex) -> JSONValue {
        .object([
            ("id", .string(m.id)),
            ("participants", .array(m.participants.map { .string(entities[id: $0]?.name ?? $0) })),
            ("participant_ids", .array(m.participants.map(JSONValue.string))),
            ("date", .optional(m.date?.iso)),
            ("date_precision", .optional(m.date?.precision.rawValue)),
            ("place", .optional(m.place.map(entities.name(of:)))),
            ("place_id", .optional(m.place)),
            ("status", .string(m.status.rawValue)),
            (
                "sources",
                .array(
                    m.sources.map { s in
                        .object([
                            ("article", .string(s.article)), ("sentence", .string(s.sentence)),
                            ("offset", .int(s.offset)),
                        ])
                    })
            ),
        ])
    }
}
