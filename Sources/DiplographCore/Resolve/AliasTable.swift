/// A role held over an optional ISO date range ("Foreign Minister 2022-06-").
public struct Role: Sendable, Hashable {
    public var title: String
    public var from: PartialDate?
    public var to: PartialDate?

    public init(title: String, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }
}

/// One entity of an alias table.
public struct AliasEntry: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public var affiliation: String?
    public var roles: [Role]
    public var externalID: String?
    /// Where the entry was read: file and line.
    public var file: String
    public var line: Int

    public init(id: String, type: EntityType, name: String, aliases: [String] = [], affiliation: String? = nil,
                roles: [Role] = [], externalID: String? = nil, file: String = "", line: Int = 0) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.affiliation = affiliation
        self.roles = roles
        self.externalID = externalID
        self.file = file
        self.line = line
    }
}

/// A set of alias entries; later tables override earlier ones entry by entry (by id).
public struct AliasTable: Sendable {
    public var entries: [AliasEntry]

    public init(entries: [AliasEntry] = []) { self.entries = entries }
}
