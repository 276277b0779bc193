/// An entity as one article's resolver sees it.
///
/// `id` is already the stable corpus-wide id: the alias table's id for a known entity, or the
/// slug of the normalised full name for one the resolver discovered (`"sun-weidong"`), so that
/// the same person found in two articles gets one id without coordination between them.
public struct LocalEntity: Sendable, Hashable {
    /// The corpus-wide id: the alias table's, or the slug of the discovered full name.
    public var id: String
    /// What kind of entity it is.
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
    /// An outside identifier from the alias table (a Wikidata id such as `Q16193590`).
    public var externalID: String?

    /// Creates an entity of one article from its fields.
    public init(
        id: String, type: EntityType, name: String, known: Bool, spellings: [String: Int] = [:],
        affiliation: String? = nil, roles: [String] = [], externalID: String? = nil
    ) {
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
    /// Index into `ResolvedArticle.entities`.
    public var entity: Int
    /// Byte range of the mention in `Article.text`.
    public var range: Range<Int>
    /// Index into `ResolvedArticle.sentences`.
    public var sentence: Int

    /// Creates a mention from its fields.
    public init(entity: Int, range: Range<Int>, sentence: Int) {
        self.entity = entity
        self.range = range
        self.sentence = sentence
    }
}

/// What the resolver makes of one article.
public struct ResolvedArticle: Sendable {
    /// The article as ingested.
    public var article: Article
    /// The article's sentences, in text order.
    public var sentences: [Sentence]
    /// The entities the article mentions, each once.
    public var entities: [LocalEntity]
    /// In text order.
    public var mentions: [Mention]
    /// Acronyms this article defines with "Full Name (ACR)": acronym -> entity id.
    public var acronyms: [String: String]
    /// Warnings about the article (an ambiguous name, say).
    public var diagnostics: [Diagnostic]
    /// The sentences' tokens as the resolver read them, for the stages after it (empty when the
    /// article was not resolved by `Resolver`; `MeetingExtractor` then tokenises it itself).
    var tokens = TokenStream()
    /// The alias table's place that the article's dateline names ("KUALA LUMPUR –") when the
    /// text names it nowhere else: not an entity of the article unless a meeting is placed
    /// there (`keepImpliedPlaces(usedBy:)`).
    var datelinePlace: LocalEntity?
    /// The alias table's towns that begin the names of the article's venues ("Lakeport" for
    /// "Lakeport International Airport") when the text names them nowhere: venue id -> town.
    /// Kept like `datelinePlace`.
    var venueTowns: [String: LocalEntity] = [:]
    /// The alias table's capitals of the article's countries: country id -> capital (the
    /// article's own entity when it names it), for "in the Ostrian capital" (`Meetings+Capital.swift`).
    /// Kept like `datelinePlace`.
    var capitals: [String: LocalEntity] = [:]
    /// The alias table's capitals of the countries the article's people belong to: country id ->
    /// capital (the article's own entity when it names it), for a host who receives a guest at
    /// home (`Meetings+HostCapital.swift`). Kept like `datelinePlace`.
    var hostCapitals: [String: LocalEntity] = [:]
    /// Names of the alias table's entries that entities of the article are affiliated with but
    /// that the text does not name ("japan" for a city of Japan in an article that never says
    /// Japan): id -> name, so that outputs show the name (`EntityIndex.name(of:)`).
    var affiliationNames: [String: String] = [:]

    /// Creates a resolved article from its fields.
    public init(
        article: Article, sentences: [Sentence], entities: [LocalEntity] = [], mentions: [Mention] = [],
        acronyms: [String: String] = [:], diagnostics: [Diagnostic] = []
    ) {
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
    /// The entity id (`choe-son-hui`).
    public var id: String
    /// The canonical name (for a known entity, the alias table's).
    public var name: String
    /// What kind of entity it is.
    public var type: EntityType
    /// Every spelling seen, sorted.
    public var aliases: [String]
    /// Mentions in the whole corpus.
    public var mentions: Int
    /// Ids of every article that mentions it, sorted.
    public var articles: [String] {
        get { articleList.strings }
        set { articleList = .strings(newValue) }
    }
    /// `articles` as kept: the aggregator keeps ranks, made into strings when read.
    var articleList: ArticleList
    /// Id of the country the entity belongs to, if known.
    public var affiliation: String?
    /// Roles in order of first use (`Foreign Minister`).
    public var roles: [String]
    /// An outside identifier from the alias table, if any.
    public var externalID: String?

    /// Creates a summary from its fields.
    public init(
        id: String, name: String, type: EntityType, aliases: [String] = [], mentions: Int = 0,
        articles: [String] = [], affiliation: String? = nil, roles: [String] = [], externalID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.articleList = .strings(articles)
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
    /// Id of the article.
    public var article: String
    /// Byte offset of the sentence in `Article.text`.
    public var offset: Int
    var text: EvidenceText

    /// The sentence's text (read back from the run's evidence file when it lives there).
    public var sentence: String {
        get { text.string }
        set { text = .inline(newValue) }
    }

    /// Creates evidence from its fields.
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

    /// Same article, offset and text.
    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.article == b.article && a.offset == b.offset && a.text.same(as: b.text)
    }

    /// Article and offset only: equal evidence hashes alike without reading its text.
    public func hash(into h: inout Hasher) {
        h.combine(article)
        h.combine(offset)
    }

    /// Article id first, then offset.
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
    /// When the meeting was (or is to be), at the precision the text gives.
    public var date: PartialDate?
    /// Entity id of the place (a place or country), if the text says where.
    public var place: String?
    /// Held, planned or a phone call.
    public var status: MeetingStatus
    /// The sentences that report it.
    public var evidence: [Evidence]
    /// The article's publication date, to place undated reports in a time frame.
    public var published: PartialDate?
    /// For an article without a publication date, the latest year its text states: the article
    /// was written that year or later, so an undated report of it tells of no meeting before
    /// (`DateParser+StatedYear.swift`).
    public var statedYear: Int?

    /// Creates a report from its fields.
    public init(
        participants: [String], date: PartialDate? = nil, place: String? = nil, status: MeetingStatus,
        evidence: [Evidence], published: PartialDate? = nil, statedYear: Int? = nil
    ) {
        self.participants = participants
        self.date = date
        self.place = place
        self.status = status
        self.evidence = evidence
        self.published = published
        self.statedYear = statedYear
    }
}

/// A meeting of the corpus: one event, with every report of it as sources.
///
/// The meetings of a merge keep their sources as rows of one shared `EvidenceTable`
/// (`MeetingEvidence`): `sources` makes the `Evidence` values when read.
public struct Meeting: Sendable, Hashable {
    /// `m1`, `m2`, … in the order of the merged meetings.
    public var id: String
    /// Entity ids, sorted.
    public var participants: [String]
    /// When the meeting was (or is to be), at the best precision its reports give.
    public var date: PartialDate?
    /// Held, planned or a phone call.
    /// (Declared after `date`: its byte fills the date's padding, 8 bytes less a meeting.)
    public var status: MeetingStatus
    /// Entity id of the place, if a report says where.
    public var place: String?
    /// Sorted by article then offset.
    public var sources: [Evidence] {
        get { evidence.list }
        set { evidence = .list(newValue) }
    }
    /// `sources`, as a list or as rows of a table shared with other meetings.
    var evidence: MeetingEvidence

    /// Creates a meeting from its fields.
    public init(
        id: String, participants: [String], date: PartialDate?, place: String?, status: MeetingStatus,
        sources: [Evidence]
    ) {
        self.init(
            id: id, participants: participants, date: date, status: status, place: place, evidence: .list(sources))
    }

    init(
        id: String, participants: [String], date: PartialDate?, status: MeetingStatus, place: String?,
        evidence: MeetingEvidence
    ) {
        self.id = id
        self.participants = participants
        self.date = date
        self.place = place
        self.status = status
        self.evidence = evidence
    }

    /// Distinct source articles, sorted.
    public var articles: [String] { Array(Set(evidence.articles)).sorted() }

    /// Same fields, sources compared as `Evidence`.
    public static func == (a: Meeting, b: Meeting) -> Bool {
        a.id == b.id && a.participants == b.participants && a.date == b.date && a.place == b.place
            && a.status == b.status && a.sources == b.sources
    }

    /// Every field, sources as `Evidence`.
    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(participants)
        h.combine(date)
        h.combine(place)
        h.combine(status)
        h.combine(sources)
    }
}
