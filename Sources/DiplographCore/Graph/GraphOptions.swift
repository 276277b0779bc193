/// Which relation a graph shows.
public enum GraphKind: String, Sendable, CaseIterable {
    /// One edge per pair that co-occurs or meets; weight = co-occurrence weight (the measure;
    /// by default the number of windows) + number of meetings.
    case combined
    /// Weight = number of windows (sentences, paragraphs or articles) mentioning both.
    case cooccurrence
    /// Only entities that met; weight = number of distinct meetings (held or by phone; planned
    /// meetings never count). Nodes: the entities with at least one such edge.
    case meetings
}

/// Association measure used as the co-occurrence weight, from n = windows mentioning both,
/// na, nb = windows mentioning each, N = all windows; rounded to six decimals:
///
/// - `count`: n
/// - `npmi`: ln(p(a,b) / (p(a)·p(b))) / −ln p(a,b) with p = count / N, in −1…1 (1 when p(a,b) = 1)
/// - `jaccard`: n / (na + nb − n)
/// - `dice`: 2n / (na + nb)
public enum AssociationMeasure: String, Sendable, CaseIterable {
    case count, npmi, jaccard, dice
}

/// What to keep when turning a corpus into a graph.
public struct GraphOptions: Sendable {
    /// Which relation the graph shows.
    public var kind: GraphKind = .combined
    /// The co-occurrence weight.
    public var measure: AssociationMeasure = .count
    /// Drop edges lighter than this. Setting it (or `top`) also drops the nodes left without edges.
    public var minWeight: Double?
    /// Keep only the N strongest edges (ties broken by the entity ids of the pair, ascending).
    public var top: Int?
    /// Keep only nodes of these types (nil: all).
    public var types: Set<EntityType>?
    /// Keep only meetings on or after / on or before these dates (undated meetings are dropped
    /// when either is set). Dates compare as periods: `until 2025-09` includes 2025-09-30, and a
    /// meeting dated only "2025-09" passes `since 2025-09-15`. Co-occurrences carry no date and
    /// are not filtered.
    public var since: PartialDate?
    /// See `since`.
    public var until: PartialDate?
    /// What counts as mentioned together: a sentence, a paragraph or an article.
    public var window: CooccurrenceWindow = .sentence

    /// Every entity and pair, combined graph, count measure, sentence window.
    public init() {}
}
