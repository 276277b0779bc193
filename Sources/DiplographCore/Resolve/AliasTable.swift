/// A role held over an optional ISO date range ("Foreign Minister 2022-06-").
public struct Role: Sendable, Hashable {
    /// The office: "Foreign Minister".
    public var title: String
    /// First day held (nil: unknown or always).
    public var from: PartialDate?
    /// Last day held (nil: still held or unknown).
    public var to: PartialDate?

    /// A role held from `from` to `to`.
    public init(title: String, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }
}

/// One entity of an alias table.
///
/// `aliases` are other names of the entity ("DPRK", "Choe Son-hui"); `demonyms` are adjectives
/// that count as mentions of it ("North Korean"): in "North Korean Foreign Minister Choe" the
/// demonym also gives Choe her affiliation.
public struct AliasEntry: Sendable, Hashable {
    /// Stable id: `north-korea`, `kim-jong-un`.
    public var id: String
    /// Person, country, organisation or place.
    public var type: EntityType
    /// The canonical name.
    public var name: String
    /// Other names and spellings.
    public var aliases: [String]
    /// For countries: adjectives and demonyms ("North Korean").
    public var demonyms: [String]
    /// A country id (for people, organisations, places).
    public var affiliation: String?
    /// Dated roles ("Foreign Minister 2022-06-").
    public var roles: [Role]
    /// An outside id passed to the outputs (a Wikidata QID, say).
    public var externalID: String?
    /// For a venue (a palace, a seat of government): the id of the place it stands in, a
    /// meeting there is placed in that town (`Meetings+VenueTown.swift`).
    public var town: String?
    /// Where the entry was read: file and line.
    public var file: String
    /// The line of the table the entry comes from (for messages).
    public var line: Int

    /// An entry from its fields.
    public init(
        id: String, type: EntityType, name: String, aliases: [String] = [], demonyms: [String] = [],
        affiliation: String? = nil, roles: [Role] = [], externalID: String? = nil, town: String? = nil,
        file: String = "", line: Int = 0
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.demonyms = demonyms
        self.affiliation = affiliation
        self.roles = roles
        self.externalID = externalID
        self.town = town
        self.file = file
        self.line = line
    }

    /// The name and every alias (not the demonyms).
    public var allNames: [String] { [name] + aliases }
}

/// A set of alias entries; later tables override earlier ones entry by entry (by id).
public struct AliasTable: Sendable {
    /// Entries, later tables overriding earlier ones by id.
    public var entries: [AliasEntry]
    /// Warnings found while loading (the table loaded anyway).
    public var warnings: [Diagnostic]
    /// Every affiliation field of one parsed file (also of rejected rows), for diagnostics.
    var affiliationRefs: [AffiliationRef] = []

    /// An entry from its fields.
    public init(entries: [AliasEntry] = [], warnings: [Diagnostic] = []) {
        self.entries = entries
        self.warnings = warnings
    }

    /// `self` overridden by `other` entry by entry: an entry of `other` replaces the entry of the
    /// same id in place; new ids are appended in `other`'s order.
    public func overridden(by other: AliasTable) -> AliasTable {
        var out = entries
        var position: [String: Int] = [:]
        for (i, e) in out.enumerated() { position[e.id] = i }
        for e in other.entries {
            if let i = position[e.id] {
                out[i] = e
            } else {
                position[e.id] = out.count
                out.append(e)
            }
        }
        return AliasTable(entries: out, warnings: warnings + other.warnings)
    }

    /// The entry with id `id`.
    public func entry(id: String) -> AliasEntry? { entries.first { $0.id == id } }
}

/// Where a parsed table names an affiliation.
struct AffiliationRef: Sendable, Hashable {
    var file: String
    var line: Int
    var column: Int
    var id: String
    /// The column naming it: "affiliation" or "town".
    var field = "affiliation"
}
