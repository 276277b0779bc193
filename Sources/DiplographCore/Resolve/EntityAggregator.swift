/// Merges the entities of resolved articles into the corpus's entities: one per id, with
/// mention counts, articles, spellings and the canonical name; applies acronyms learnt anywhere
/// in the corpus. Feed articles in input order: the result is then independent of scheduling.
///
/// The canonical name of an entity no table knows is its most complete name (most words), then
/// the most mentioned, then the one without hyphens, then the smallest string — stable across
/// runs. A bare acronym that one article could not resolve (a provisional organisation whose id
/// is the acronym's slug) is merged into the entity another article defined it for
/// ("China Daily Information Co (CDIC)"); `EntityIndex.remap` records the move.
public struct EntityAggregator: Sendable {
    private struct Acc: Sendable {
        var summary: EntitySummary
        var known: Bool
        var names: [String: Int] = [:]
        var spellings: Set<String> = []
        var articles: Set<String> = []
    }

    private var byID: [String: Acc] = [:]
    /// Acronym -> entity id, first definition in input order wins.
    private var acronyms: [String: String] = [:]

    public init() {}

    public mutating func add(_ r: ResolvedArticle) {
        var counts = [Int](repeating: 0, count: r.entities.count)
        for m in r.mentions { counts[m.entity] += 1 }
        for (i, e) in r.entities.enumerated() where counts[i] > 0 {
            var acc = byID[e.id] ?? Acc(summary: EntitySummary(id: e.id, name: e.name, type: e.type), known: e.known)
            if e.known && !acc.known {
                acc.known = true
                acc.summary.type = e.type
            }
            if e.known { acc.summary.name = e.name }
            acc.names[e.name, default: 0] += counts[i]
            acc.summary.mentions += counts[i]
            acc.articles.insert(r.article.id)
            acc.spellings.formUnion(e.spellings.keys)
            if acc.summary.affiliation == nil { acc.summary.affiliation = e.affiliation }
            if acc.summary.externalID == nil { acc.summary.externalID = e.externalID }
            for role in e.roles where !acc.summary.roles.contains(where: { $0.lowercased() == role.lowercased() }) {
                acc.summary.roles.append(role)
            }
            byID[e.id] = acc
        }
        for (acr, id) in r.acronyms.sorted(by: { $0.key < $1.key }) where acronyms[acr] == nil {
            acronyms[acr] = id
        }
    }

    public func finish() -> EntityIndex {
        var accs = byID
        var remap: [String: String] = [:]
        for (acr, target) in acronyms.sorted(by: { $0.key < $1.key }) {
            let provisional = NameTokenizer.slug(acr)
            guard provisional != target, let p = accs[provisional], !p.known, p.summary.type == .organization,
                  p.summary.name == acr, var t = accs[target] else { continue }
            t.summary.mentions += p.summary.mentions
            t.articles.formUnion(p.articles)
            t.spellings.formUnion(p.spellings)
            accs[target] = t
            accs[provisional] = nil
            remap[provisional] = target
        }
        let entities = accs.keys.sorted().map { id -> EntitySummary in
            let acc = accs[id]!
            var s = acc.summary
            if !acc.known { s.name = EntityAggregator.canonicalName(acc.names) }
            s.aliases = acc.spellings.sorted()
            s.articles = acc.articles.sorted()
            return s
        }
        return EntityIndex(entities: entities, remap: remap)
    }

    /// Most words, then most mentions, then hyphen-free, then the smallest string.
    static func canonicalName(_ names: [String: Int]) -> String {
        func words(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " || $0 == "-" }).count }
        return names.min { a, b in
            let ka = (-words(a.key), -a.value, a.key.contains("-") ? 1 : 0)
            let kb = (-words(b.key), -b.value, b.key.contains("-") ? 1 : 0)
            if ka != kb { return ka < kb }
            return a.key < b.key
        }?.key ?? ""
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
