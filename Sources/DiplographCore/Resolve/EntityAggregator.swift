/// Merges the entities of resolved articles into the corpus's entities: one per id, with
/// mention counts, articles, spellings and the canonical name; applies acronyms learnt anywhere
/// in the corpus. Feed articles in input order: the result is then independent of scheduling.
public struct EntityAggregator: Sendable {
    private var byID: [String: EntitySummary] = [:]
    private var order: [String] = []

    public init() {}

    public mutating func add(_ r: ResolvedArticle) {
        var counts = [Int](repeating: 0, count: r.entities.count)
        for m in r.mentions { counts[m.entity] += 1 }
        for (i, e) in r.entities.enumerated() where counts[i] > 0 {
            if byID[e.id] == nil {
                byID[e.id] = EntitySummary(id: e.id, name: e.name, type: e.type, affiliation: e.affiliation,
                                           roles: e.roles, externalID: e.externalID)
                order.append(e.id)
            }
            byID[e.id]!.mentions += counts[i]
            byID[e.id]!.articles.append(r.article.id)
            byID[e.id]!.aliases = Array(Set(byID[e.id]!.aliases).union(e.spellings.keys)).sorted()
        }
    }

    public func finish() -> EntityIndex {
        EntityIndex(entities: order.sorted().map { var s = byID[$0]!; s.articles = Array(Set(s.articles)).sorted(); return s },
                    remap: [:])
    }
}

/// The corpus's entities, with the id remapping learnt while aggregating (acronyms defined in
/// one article and used bare in another).
public struct EntityIndex: Sendable {
    /// Sorted by id.
    public var entities: [EntitySummary]
    /// Provisional id -> final id.
    public var remap: [String: String]
    private var position: [String: Int]

    public init(entities: [EntitySummary], remap: [String: String]) {
        self.entities = entities
        self.remap = remap
        var p: [String: Int] = [:]
        for (i, e) in entities.enumerated() { p[e.id] = i }
        self.position = p
    }

    /// The final id of an id that appears in a resolved article.
    public func canonicalID(_ id: String) -> String { remap[id] ?? id }

    public subscript(id id: String) -> EntitySummary? { position[canonicalID(id)].map { entities[$0] } }
}
