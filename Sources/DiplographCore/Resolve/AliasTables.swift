import Foundation

/// Loading and checking alias tables.
///
/// An alias table is tab-separated text with a header line; `#` comments and blank lines are
/// allowed and columns are found by header name:
///
/// ```
/// id	type	name	aliases	demonyms	affiliation	roles	external_id
/// choe-son-hui	person	Choe Son Hui	Choe Son-hui	|	north-korea	Foreign Minister 2022-06-	Q16193590
/// ```
///
/// `aliases`, `demonyms` and `roles` are `|`-separated; a role is a title followed by an ISO
/// date range with open ends allowed (`Premier 2023-03-`, `President 2013-03-2025-12`).
/// `id`, `type` and `name` are required. An optional `town` column gives a venue's town (the id
/// of a place: "manila" for Malacañang Palace).
public enum AliasTables {
    /// The columns a table may have (`town` is optional, like all but `id`, `type` and `name`).
    static let columnNames: Set<String> = [
        "id", "type", "name", "aliases", "demonyms", "affiliation", "roles", "external_id", "town",
    ]

    /// The name diagnostics use for the embedded default table.
    public static let defaultTableName = "default-aliases.tsv"

    /// The default table (unless `includeDefault` is false) overridden entry by entry by `files`
    /// in order. Throws every error of every file (with the warnings of those files).
    public static func load(files: [String], includeDefault: Bool) throws(DiagnosticList) -> AliasTable {
        let defaultTable = parse(defaultAliasTableTSV, file: defaultTableName)
        var parsed: [(table: AliasTable, diagnostics: [Diagnostic])] = []
        var failures: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                failures.append(Diagnostic(file: file, message: "cannot read alias table"))
                continue
            }
            parsed.append(parse(String(decoding: data, as: UTF8.self), file: file))
        }
        var known = IDSet(capacity: defaultTable.table.entries.count + parsed.reduce(0) { $0 + $1.table.entries.count })
        known.insert(defaultTable.table.entries)
        for p in parsed { known.insert(p.table.entries) }
        var result = includeDefault ? defaultTable.table : AliasTable()
        var all: [Diagnostic] = includeDefault ? defaultTable.diagnostics : []
        for p in parsed {
            all += p.diagnostics + checkAffiliations(p.table, known: known)
            // A parsed table's ids are unique, so over an empty table it is its own override.
            result =
                result.entries.isEmpty
                ? AliasTable(entries: p.table.entries)
                : result.overridden(by: AliasTable(entries: p.table.entries))
        }
        all += failures
        if all.contains(where: { $0.severity == .error }) { throw DiagnosticList(all) }
        result.warnings = all
        return result
    }

    /// Every problem of one table file, errors and warnings, in file order. Affiliations are
    /// resolved against the file itself plus the default table.
    public static func lint(file: String) -> [Diagnostic] {
        guard let data = FileManager.default.contents(atPath: file) else {
            return [Diagnostic(file: file, message: "cannot read alias table")]
        }
        return lint(text: String(decoding: data, as: UTF8.self), file: file)
    }

    /// `lint(file:)` on text already read.
    public static func lint(text: String, file: String) -> [Diagnostic] {
        let p = parse(text, file: file)
        var known = IDSet(capacity: p.table.entries.count)
        known.insert(p.table.entries)
        if file != defaultTableName {
            known.insert(parse(defaultAliasTableTSV, file: defaultTableName).table.entries)
        }
        return (p.diagnostics + checkAffiliations(p.table, known: known)).sorted {
            ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0)
        }
    }

    /// Parses a table; affiliations are not checked here (see `checkAffiliations`).
    public static func parse(_ text: String, file: String) -> (table: AliasTable, diagnostics: [Diagnostic]) {
        var diags: [Diagnostic] = []
        var entries: [AliasEntry] = []
        var header: [String: Int]? = nil
        var headerNames: [String] = []
        // Hash maps keyed by bytes (hashed once, compared on a hash match): id -> first line,
        // and per entity type: normalised name -> owner (id, line).
        var firstLine = ByteKeyMap<Int>()
        var aliasOwner = [ByteKeyMap<(id: String, line: Int)>](
            repeating: ByteKeyMap(), count: EntityType.allCases.count)
        // The normalised names of the current row, back to back (`seen` holds their ranges).
        var normalized: [UInt8] = []
        var seen: [Range<Int>] = []
        var affiliationRefs: [AffiliationRef] = []

        func err(_ line: Int, _ col: Int?, _ msg: String, _ sev: Diagnostic.Severity = .error) {
            diags.append(Diagnostic(file: file, line: line, column: col, severity: sev, message: msg))
        }

        // Lines and fields are split on UTF-8 bytes: LF and tab never join a grapheme cluster
        // with the next character, so the pieces are those a split on Characters gives, except
        // that a CR LF pair ends a line too.
        // Line n is bytes lineStart[n] ..< lineStart[n + 1] - 1 (the last one runs to the end).
        var lineStart = [0]
        var whole = text
        whole.withUTF8 { buf in
            lineStart.reserveCapacity(buf.count / 64 + 2)
            for i in 0..<buf.count where buf[i] == 0x0A { lineStart.append(i + 1) }
        }
        let utf8 = whole.utf8
        let lineCount = lineStart.count
        firstLine.reserveCapacity(lineCount)
        // About five names a row spread over the four types: no rehash for evenly typed tables.
        // (A type with more names grows its map by rehashing the stored hashes.)
        for t in aliasOwner.indices { aliasOwner[t].reserveCapacity(lineCount * 5 / 8) }
        var idBytes: [UInt8] = []
        // Column indices of the known fields, set from the header.
        var iID = 0
        var iType = 0
        var iName = 0
        var iAliases: Int?
        var iDemonyms: Int?
        var iRoles: Int?
        var iAffiliation: Int?
        var iExternal: Int?
        var iTown: Int?
        for n in 0..<lineCount {
            let lineNo = n + 1
            let lo = utf8.index(utf8.startIndex, offsetBy: lineStart[n])
            let hi = n + 1 < lineCount ? utf8.index(utf8.startIndex, offsetBy: lineStart[n + 1] - 1) : utf8.endIndex
            var line = Substring(utf8[lo..<hi])
            if line.utf8.last == 0x0D { line = line.dropLast() }  // CR is always a Character of its own
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if line.utf8.first == UInt8(ascii: "#"), line.first == "#" { continue }
            let fields = line.splitOnByte(0x09)
            // 1-based character column of each field: byte offsets when the line is ASCII.
            let ascii = line.utf8.allSatisfy { $0 < 0x80 }
            var columns: [Int] = []
            columns.reserveCapacity(fields.count)
            var c = 1
            for f in fields {
                columns.append(c)
                c += (ascii ? f.utf8.count : f.count) + 1
            }

            guard header != nil else {
                var map: [String: Int] = [:]
                for (i, f) in fields.enumerated() {
                    let name = f.trimmedWhitespace.lowercased()
                    if map[name] != nil { err(lineNo, columns[i], "duplicate column '\(name)'") } else { map[name] = i }
                    if !columnNames.contains(name) {
                        err(lineNo, columns[i], "unknown column '\(name)' is ignored", .warning)
                    }
                }
                headerNames = fields.map { $0.trimmedWhitespace.lowercased() }
                for required in ["id", "type", "name"] where map[required] == nil {
                    err(lineNo, 1, "missing required column '\(required)'")
                }
                if ["id", "type", "name"].contains(where: { map[$0] == nil }) {
                    return (AliasTable(), diags)
                }
                header = map
                iID = map["id"]!
                iType = map["type"]!
                iName = map["name"]!
                iAliases = map["aliases"]
                iDemonyms = map["demonyms"]
                iRoles = map["roles"]
                iAffiliation = map["affiliation"]
                iExternal = map["external_id"]
                iTown = map["town"]
                continue
            }
            if fields.count > headerNames.count {
                err(
                    lineNo, columns[headerNames.count],
                    "\(fields.count - headerNames.count) extra field(s) beyond the header", .warning)
            }
            func field(_ index: Int?) -> (String, Int)? {
                guard let i = index else { return nil }
                guard i < fields.count else { return ("", c) }
                return (fields[i].trimmedWhitespace, columns[i])
            }
            var bad = false
            let (id, idCol) = field(iID)!
            if id.isEmpty {
                err(lineNo, idCol, "missing id")
                bad = true
            } else if !id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
                id.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "-") })
            {
                err(lineNo, idCol, "id '\(id)' is not a lowercase slug (letters, digits, hyphens)", .warning)
            }
            let (typeText, typeCol) = field(iType)!
            var type: EntityType? = EntityType(rawValue: typeText.lowercased())
            if typeText.lowercased() == "organisation" { type = .organization }
            if typeText.isEmpty {
                err(lineNo, typeCol, "missing type")
                bad = true
            } else if type == nil {
                err(lineNo, typeCol, "unknown type '\(typeText)' (expected person, country, organization or place)")
                bad = true
            }
            let (name, nameCol) = field(iName)!
            if name.isEmpty {
                err(lineNo, nameCol, "missing name")
                bad = true
            }
            idBytes.removeAll(keepingCapacity: true)
            idBytes.append(contentsOf: id.utf8)
            let idHash = ByteKeyMap<Int>.hash(idBytes)
            let idSlot = id.isEmpty ? nil : firstLine.find(idBytes, hash: idHash)
            if let slot = idSlot {
                err(lineNo, idCol, "duplicate id '\(id)' (first defined on line \(firstLine.values[slot]))")
                bad = true
            }
            func list(_ column: String, _ index: Int?) -> [(String, Int)] {
                guard let i = index, i < fields.count else { return [] }
                let raw = fields[i]
                // Cheap emptiness test first: only blank fields need the full trim.
                if raw.utf8.isEmpty { return [] }
                guard let (text, col) = field(index), !text.isEmpty else { return [] }
                var out: [(String, Int)] = []
                var offset = 0
                let parts: [Substring] =
                    ascii
                    ? raw.splitOnByte(UInt8(ascii: "|"))
                    : raw.split(separator: "|", omittingEmptySubsequences: false)
                for part in parts {
                    let t = part.trimmedWhitespace
                    let partCol =
                        col + offset
                        + (ascii
                            ? part.utf8.prefix(while: { $0 == 0x20 }).count : part.prefix(while: { $0 == " " }).count)
                    if t.isEmpty {
                        if raw.trimmedWhitespace.isEmpty == false {
                            err(lineNo, partCol, "empty item in '\(column)'", .warning)
                        }
                    } else {
                        out.append((t, partCol))
                    }
                    offset += (ascii ? part.utf8.count : part.count) + 1
                }
                return out
            }
            let aliases = list("aliases", iAliases)
            let demonyms = list("demonyms", iDemonyms)
            var roles: [Role] = []
            for (r, col) in list("roles", iRoles) {
                switch parseRole(r) {
                case .success(let role): roles.append(role)
                case .failure(let e):
                    err(lineNo, col + e.offset, e.message)
                    bad = true
                }
            }
            let affiliation = field(iAffiliation).flatMap { $0.0.isEmpty ? nil : $0 }
            let external = field(iExternal).flatMap { $0.0.isEmpty ? nil : $0.0 }
            let town = field(iTown).flatMap { $0.0.isEmpty ? nil : $0 }
            if let w = town {
                if type != .place { err(lineNo, w.1, "only a place has a town", .warning) }
                if w.0 == id { err(lineNo, w.1, "place is its own town", .warning) }
                affiliationRefs.append(AffiliationRef(file: file, line: lineNo, column: w.1, id: w.0, field: "town"))
            }
            if let t = type, !name.isEmpty {
                normalized.removeAll(keepingCapacity: true)
                seen.removeAll(keepingCapacity: true)
                let ti = EntityType.allCases.firstIndex(of: t)!
                func check(_ form: String, _ col: Int) {
                    let lo = normalized.count
                    NameTokenizer.appendNormalizedPhrase(form, to: &normalized)
                    let r = lo..<normalized.count
                    if r.isEmpty {
                        err(lineNo, col, "name '\(form)' has no letters or digits")
                        bad = true
                        return
                    }
                    if seen.contains(where: { $0.count == r.count && normalized[$0].elementsEqual(normalized[r]) }) {
                        err(lineNo, col, "'\(form)' repeats another name of the same entry", .warning)
                        normalized.removeSubrange(r)
                        return
                    }
                    seen.append(r)
                    normalized.withUnsafeBufferPointer { buf in
                        let key = UnsafeBufferPointer(rebasing: buf[r])
                        let h = ByteKeyMap<Int>.hash(key)
                        if let slot = aliasOwner[ti].find(key, hash: h) {
                            let owner = aliasOwner[ti].values[slot]
                            if owner.id != id {
                                err(
                                    lineNo, col,
                                    "alias '\(form)' is already claimed by \(t.rawValue) '\(owner.id)' (line \(owner.line))"
                                )
                                bad = true
                            } else {
                                aliasOwner[ti].values[slot] = (id, lineNo)
                            }
                        } else {
                            aliasOwner[ti].insert(key, hash: h, value: (id, lineNo))
                        }
                    }
                }
                check(name, nameCol)
                for (form, col) in aliases { check(form, col) }
                for (form, col) in demonyms { check(form, col) }
            }
            if let a = affiliation, a.0 == id { err(lineNo, a.1, "entry is its own affiliation", .warning) }
            if let a = affiliation {
                affiliationRefs.append(AffiliationRef(file: file, line: lineNo, column: a.1, id: a.0))
            }
            if !bad && type == .person && roles.isEmpty && affiliation == nil {
                err(lineNo, idCol, "person '\(id)' has neither roles nor affiliation", .warning)
            }
            if !id.isEmpty && idSlot == nil {
                idBytes.withUnsafeBufferPointer { firstLine.insert($0, hash: idHash, value: lineNo) }
            }
            guard !bad, let t = type else { continue }
            entries.append(
                AliasEntry(
                    id: id, type: t, name: name, aliases: aliases.map(\.0), demonyms: demonyms.map(\.0),
                    affiliation: affiliation?.0, roles: roles, externalID: external,
                    town: type == .place && town?.0 != id ? town?.0 : nil, file: file,
                    line: lineNo))
        }
        if header == nil && !text.isEmpty {
            err(1, 1, "missing header line (id, type, name, …)")
        }
        var table = AliasTable(entries: entries)
        table.affiliationRefs = affiliationRefs
        return (table, diags)
    }

    /// Errors for affiliations that name no known entry.
    static func checkAffiliations(_ table: AliasTable, known: IDSet) -> [Diagnostic] {
        table.affiliationRefs.compactMap { a in
            known.contains(a.id)
                ? nil
                : Diagnostic(file: a.file, line: a.line, column: a.column, message: "unknown \(a.field) id '\(a.id)'")
        }
    }

    struct RoleError: Error {
        var offset: Int
        var message: String
    }

    /// Parses "Title FROM-TO": the last space-separated token is a date range when it holds a
    /// digit ("2022-06-", "2013-03-2025-12", "-2020", "2019"); otherwise the whole text is the title.
    static func parseRole(_ text: String) -> Result<Role, RoleError> {
        guard let space = text.lastIndex(of: " ") else {
            if text.contains(where: \.isNumber) && text.first?.isNumber == true {
                return .failure(RoleError(offset: 0, message: "role '\(text)' has a date range but no title"))
            }
            return .success(Role(title: text))
        }
        let title = text[..<space].trimmedWhitespace
        let range = String(text[text.index(after: space)...])
        guard range.contains(where: \.isNumber) else { return .success(Role(title: text)) }
        let offset = text.distance(from: text.startIndex, to: space) + 1
        let parts = range.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // Group parts into dates: a 4-digit year followed by up to two 2-digit parts.
        var dates: [PartialDate?] = []
        var i = 0
        var current: [String] = []
        func flush() -> Bool {
            if current.isEmpty {
                dates.append(nil)
                return true
            }
            guard let d = PartialDate(iso: current.joined(separator: "-")) else { return false }
            dates.append(d)
            current = []
            return true
        }
        let malformed = RoleError(
            offset: offset, message: "malformed date range '\(range)' (expected YYYY[-MM[-DD]]-[YYYY[-MM[-DD]]])")
        while i < parts.count {
            let p = parts[i]
            if p.isEmpty {
                // An open end: "-2020" (start) or "2022-06-" (end).
                if current.isEmpty && !(i == 0) && !(i == parts.count - 1) { return .failure(malformed) }
                if !current.isEmpty { guard flush() else { return .failure(malformed) } }
                if i == 0 { dates.append(nil) }
                i += 1
                continue
            }
            guard p.allSatisfy(\.isNumber) else { return .failure(malformed) }
            if p.count == 4 {
                if !current.isEmpty { guard flush() else { return .failure(malformed) } }
                current = [p]
            } else if p.count == 2, !current.isEmpty, current.count < 3 {
                current.append(p)
            } else {
                return .failure(malformed)
            }
            i += 1
        }
        if !current.isEmpty { guard flush() else { return .failure(malformed) } }
        guard dates.count >= 1, dates.count <= 2 else { return .failure(malformed) }
        let from = dates[0]
        let to = dates.count == 2 ? dates[1] : nil
        if let f = from, let t = to, t < f {
            return .failure(RoleError(offset: offset, message: "date range '\(range)' ends before it starts"))
        }
        if title.isEmpty { return .failure(RoleError(offset: 0, message: "role '\(text)' has no title")) }
        return .success(Role(title: title, from: from, to: to))
    }
}

/// A set of entry ids keyed by their bytes.
struct IDSet {
    private var map = ByteKeyMap<Bool>()

    init(capacity: Int) { map.reserveCapacity(capacity) }

    mutating func insert(_ entries: [AliasEntry]) {
        for e in entries {
            var id = e.id
            id.withUTF8 { key in
                let h = ByteKeyMap<Bool>.hash(key)
                if map.find(key, hash: h) == nil { map.insert(key, hash: h, value: true) }
            }
        }
    }

    func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { map.find($0, hash: ByteKeyMap<Bool>.hash($0)) != nil }
    }
}

extension Substring {
    /// The pieces between the bytes `separator` (an ASCII byte, so every cut is on a scalar
    /// boundary), empty pieces kept: `utf8.split(separator:omittingEmptySubsequences: false)`.
    func splitOnByte(_ separator: UInt8) -> [Substring] {
        let u = utf8
        var cuts: [Int] = []
        let contiguous: Void? = u.withContiguousStorageIfAvailable { buf in
            for i in 0..<buf.count where buf[i] == separator { cuts.append(i) }
        }
        guard contiguous != nil else {
            return u.split(separator: separator, omittingEmptySubsequences: false).map(Substring.init)
        }
        var out: [Substring] = []
        out.reserveCapacity(cuts.count + 1)
        var start = u.startIndex
        var at = 0
        for c in cuts {
            let end = u.index(start, offsetBy: c - at)
            out.append(Substring(u[start..<end]))
            start = u.index(after: end)
            at = c + 1
        }
        out.append(Substring(u[start..<u.endIndex]))
        return out
    }

    /// The text without leading and trailing white space as `CharacterSet.whitespaces` defines
    /// it (tab, the space separators of category Zs, U+200B), like `trimmingCharacters(in:
    /// .whitespaces)` but scanning UTF-8 bytes instead of bridging to UTF-16.
    ///
    /// - Complexity: O(k), k the bytes trimmed (plus the copy of the result).
    var trimmedWhitespace: String {
        let u = utf8
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi {
            let n = Self.whitespaceLength(u, at: lo, end: hi)
            if n == 0 { break }
            lo = u.index(lo, offsetBy: n)
        }
        while lo < hi {
            // Step back to the first byte of the last scalar (continuation bytes are 10xxxxxx).
            var start = u.index(before: hi)
            while start > lo, u[start] & 0xC0 == 0x80 { start = u.index(before: start) }
            let n = Self.whitespaceLength(u, at: start, end: hi)
            if n == 0 || u.index(start, offsetBy: n) != hi { break }
            hi = start
        }
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }

    /// Byte length of the white-space scalar at `i` (tab, U+0020, U+00A0, U+1680,
    /// U+2000–U+200B, U+202F, U+205F, U+3000: CoreFoundation's set, which adds the zero width
    /// space to Zs), or 0.
    private static func whitespaceLength(_ u: UTF8View, at i: UTF8View.Index, end: UTF8View.Index) -> Int {
        let b0 = u[i]
        if b0 == 0x20 || b0 == 0x09 { return 1 }
        guard b0 >= 0xC2, b0 <= 0xE3 else { return 0 }
        let i1 = u.index(after: i)
        guard i1 < end else { return 0 }
        let b1 = u[i1]
        if b0 == 0xC2 { return b1 == 0xA0 ? 2 : 0 }
        let i2 = u.index(after: i1)
        guard i2 < end else { return 0 }
        let b2 = u[i2]
        switch (b0, b1) {
        case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0
        case (0xE2, 0x80): return (b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xAF ? 3 : 0
        case (0xE2, 0x81): return b2 == 0x9F ? 3 : 0
        case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
