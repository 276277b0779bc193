/// One node of an `EntityGraph`: an entity with its corpus-wide counts.
public struct GraphNode: Sendable, Hashable {
    /// The entity id.
    public var id: String
    /// The canonical name (the node's label).
    public var name: String
    /// Person, country, organisation or place.
    public var type: EntityType
    /// Number of mentions in the corpus.
    public var mentions: Int
    /// Number of articles that mention the entity.
    public var articles: Int
    /// Every spelling seen, sorted.
    public var aliases: [String]
    /// The name of the country the entity belongs to (its id when the country is not a node).
    public var affiliation: String?
    /// Roles ("Foreign Minister").
    public var roles: [String]
    /// An identifier in another database (a Wikidata id), when the alias table gives one.
    public var externalID: String?

    /// A node; see the properties for the arguments.
    public init(
        id: String, name: String, type: EntityType, mentions: Int = 0, articles: Int = 0,
        aliases: [String] = [], affiliation: String? = nil, roles: [String] = [], externalID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
        self.articles = articles
        self.aliases = aliases
        self.affiliation = affiliation
        self.roles = roles
        self.externalID = externalID
    }
}

/// One edge of an `EntityGraph`: what the corpus says about a pair.
public struct GraphEdge: Sendable, Hashable {
    /// Node indices of the pair (`source < target`).
    public var source: Int
    /// The other end (see `source`).
    public var target: Int
    /// The graph kind's weight (see `GraphKind`).
    public var weight: Double
    /// Whether the pair met, was mentioned together, or both.
    public var kind: EdgeKind
    /// Number of windows mentioning both.
    public var cooccurrences: Int
    /// Number of distinct source articles (meetings and co-occurrences).
    public var articles: Int
    /// Number of meetings (held or by phone).
    public var meetings: Int
    /// Distinct meeting dates, sorted by their ISO form.
    public var meetingDates: [PartialDate]
    /// Distinct meeting places (names), sorted.
    public var places: [String]
    /// The ids of the source articles, sorted.
    public var sources: [String]
    /// The strongest supporting sentence: the earliest report of one of the pair's meetings,
    /// else the first sentence that mentions both.
    public var evidence: Evidence?

    /// An edge; see the properties for the arguments.
    public init(
        source: Int, target: Int, weight: Double, kind: EdgeKind, cooccurrences: Int = 0, articles: Int = 0,
        meetings: Int = 0, meetingDates: [PartialDate] = [], places: [String] = [], sources: [String] = [],
        evidence: Evidence? = nil
    ) {
        self.source = source
        self.target = target
        self.weight = weight
        self.kind = kind
        self.cooccurrences = cooccurrences
        self.articles = articles
        self.meetings = meetings
        self.meetingDates = meetingDates
        self.places = places
        self.sources = sources
        self.evidence = evidence
    }
}

/// The typed graph `GraphBuilder` makes from a corpus: entities as nodes (ordered by id), pairs
/// as edges (ordered by the node indices of the pair), every value with its own type.
///
/// Files carry it as an `AttributedGraph` (string and number columns): `GraphCodec` lowers one
/// to the other for the writers and reads the edge facts back for path queries.
public struct EntityGraph: Sendable, Hashable {
    /// Free text for the file's description (generator, inputs, graph kind).
    public var description: String
    /// Entities, by id.
    public var nodes: [GraphNode]
    /// Pairs, by the node indices of the pair.
    public var edges: [GraphEdge]
    /// The address of each source article that has one, by article id.
    public var articleURLs: [String: String]

    /// A graph; see the properties for the arguments.
    public init(
        description: String = "", nodes: [GraphNode] = [], edges: [GraphEdge] = [],
        articleURLs: [String: String] = [:]
    ) {
        self.description = description
        self.nodes = nodes
        self.edges = edges
        self.articleURLs = articleURLs
    }
}
