/// An entity as one article's resolver sees it.
///
/// `id` is already the stable corpus-wide id: the alias table's id for a known entity, or the
/// slug of the normalised full name for one the resolver discovered (`"sun-weidong"`), so that
/// the same person found in two articles gets one id without coordination between them.
public struct LocalEntity: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    /// The alias table's canonical name, or the most complete spelling in this article.
    public var name: String
    /// True when the entity comes from an alias table.
    public var known: Bool
    /// Surface forms seen in this article, with counts (the sum is the article's mention count).
    public var spellings: [String: Int]
    /// Country id this entity belongs to ("north-korea"), from the table or from the text.
    public var affiliation: String?
    /// Roles ("Foreign Minister"), from the table or from the text.
    public var roles: [String]
    public var externalID: String?

    public init(id: String, type: EntityType, name: String, known: Bool, spellings: [String: Int] = [:],
                affiliation: String? = nil, roles: [String] = [], externalID: String? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.known = known
        self.spellings = spellings
        self.affiliation = affiliation
        self.roles = roles
        self.externalID = externalID
    }
}

/// One resolved mention: the local entity (index into `ResolvedArticle.entities`), the byte range
/// in `Article.text`, and the sentence (index into `ResolvedArticle.sentences`).
public struct Mention: Sendable, Hashable {
    public var entity: Int
    public var range: Range<Int>
    public var sentence: Int

    public init(entity: Int, range: Range<Int>, sentence: Int) {
        self.entity = entity
        self.range = range
        self.sentence = sentence
    }
}

/// What the resolver makes of one article.
public struct ResolvedArticle: Sendable {
    public var article: Article
    public var sentences: [Sentence]
    public var entities: [LocalEntity]
    /// In text order.
    public var mentions: [Mention]
    /// Acronyms this article defines with "Full Name (ACR)": acronym -> entity id.
    public var acronyms: [String: String]
    public var diagnostics: [Diagnostic]

    public init(article: Article, sentences: [Sentence], entities: [LocalEntity] = [], mentions: [Mention] = [],
                acronyms: [String: String] = [:], diagnostics: [Diagnostic] = []) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.acronyms = acronyms
        self.diagnostics = diagnostics
    }

    /// The text of sentence `i`.
    public func sentenceText(_ i: Int) -> String { article.string(sentences[i].range) }
}

/// An entity of the whole corpus, as `entities --json` prints it.
public struct EntitySummary: Sendable, Hashable {
    public var id: String
    public var name: String
    public var type: EntityType
    /// Every spelling seen, sorted.
    public var aliases: [String]
    public var mentions: Int
    /// Ids of every article that mentions it, sorted.
    public var articles: [String]
    public var affiliation: String?
    public var roles: [String]
    public var externalID: String?

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], mentions: Int = 0,
                articles: [String] = [], affiliation: String? = nil, roles: [String] = [], externalID: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
        self.affiliation = affiliation
        self.roles = roles
        self.externalID = externalID
    }
}

/// `held`, `planned` (expected, invited, proposed: not a meeting yet) or `phone`.
public enum MeetingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case held, planned, phone
}

/// A sentence that reports something, with its article and byte offset in `Article.text`.
///
/// During a run the text may live in an `EvidenceStore` (a temporary file) rather than in a
/// `String`: `sentence` reads it back. Equal evidence has equal article, offset and text.
public struct Evidence: Sendable, Hashable, Comparable {
    public var article: String
    public var offset: Int
    var text: EvidenceText

    public var sentence: String {
        get { text.string }
        set { text = .inline(newValue) }
    }

    public init(article: String, sentence: String, offset: Int) {
        self.article = article
        self.offset = offset
        self.text = .inline(sentence)
    }

    init(article: String, offset: Int, text: EvidenceText) {
        self.article = article
        self.offset = offset
        self.text = text
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.article == b.article && a.offset == b.offset && a.text.same(as: b.text)
    }

    /// Article and offset only: equal evidence hashes alike without reading its text.
    public func hash(into h: inout Hasher) {
        h.combine(article)
        h.combine(offset)
    }

    public static func < (a: Evidence, b: Evidence) -> Bool { (a.article, a.offset) < (b.article, b.offset) }

    /// The total order of evidence: article, offset, then text.
    static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
        a < b || (!(b < a) && a.text.less(than: b.text))
    }
}

/// One article's report of a meeting (before reports of the same event are merged).
public struct MeetingReport: Sendable, Hashable {
    /// Entity ids, sorted.
    public var participants: [String]
    public var date: PartialDate?
    /// Entity id of the place (a place or country), if the text says where.
    public var place: String?
    public var status: MeetingStatus
    public var evidence: [Evidence]
    /// The article's publication date, to place undated reports in a time frame.
    public var published: PartialDate?

    public init(participants: [String], date: PartialDate? = nil, place: String? = nil, status: MeetingStatus,
                evidence: [Evidence], published: PartialDate? = nil) {
        self.participants = participants
        self.date = date
        self.place = place
        self.status = status
        self.evidence = evidence
        self.published = published
    }
}

/// A meeting of the corpus: one event, with every report of it as sources.
public struct Meeting: Sendable, Hashable {
    public var id: String
    /// Entity ids, sorted.
    public var participants: [String]
    public var date: PartialDate?
    public var place: String?
    public var status: MeetingStatus
    /// Sorted by article then offset.
    public var sources: [Evidence]

    public init(id: String, participants: [String], date: PartialDate?, place: String?, status: MeetingStatus,
                sources: [Evidence]) {
        self.id = id
        self.participants = participants
        self.date = date
        self.place = place
        self.status = status
        self.sources = sources
    }

    /// Distinct source articles, sorted.
    public var articles: [String] { Array(Set(sources.map(\.article))).sorted() }
}
