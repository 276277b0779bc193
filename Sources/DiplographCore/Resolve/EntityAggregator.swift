/// Merges the entities of resolved articles into the corpus's entities: one per id, with
/// mention counts, articles, spellings and the canonical name; applies acronyms learnt anywhere
/// in the corpus. Feed articles in input order: the result is then independent of scheduling.
///
/// The canonical name of an entity no table knows is its most complete name (most words), then
/// the most mentioned, then the one without hyphens, then the smallest string — stable across
/// runs. A bare acronym that one article could not resolve (a provisional organisation whose id
/// is the acronym's slug) is merged into the entity another article defined it for
/// ("China Daily Information Co (CDIC)"); so is a person's shorter form or misspelling
/// (`personVariantMerges`), and one name spelt two ways: a middle initial, joined parts, the
/// order of two parts, a transliteration, a body's "the"/"of" (`nameVariantMerges`), and accents,
/// an acronym or a transliteration of two words across articles (`corpusNameJoins`);
/// `EntityIndex.remap` records the moves.
public struct EntityAggregator: Sendable {
    struct Acc: Sendable {
        var summary: EntitySummary
        var known: Bool
        var names: [String: Int] = [:]
        var spellings: Set<String> = []
        /// Interned article ids (`ArticleIDs`), in input order; duplicates only when two
        /// articles share an id.
        var articles: [Int32] = []
    }

    /// Accumulators in order of first appearance, found by id through `slot`.
    var accs: [Acc] = []
    var slot: [String: Int] = [:]
    var articleIDs = ArticleIDs()
    /// Acronym -> entity id, first definition in input order wins.
    var acronyms: [String: String] = [:]
    /// Names of ids the articles refer to without naming them: a town or dateline city that
    /// places a meeting (an entity with no mention: `ResolvedArticle.keepImpliedPlaces`) and a
    /// table entry an entity is affiliated with (`ResolvedArticle.affiliationNames`). They are no
    /// nodes, but outputs show them by name. First name in input order wins.
    var impliedNames: [String: String] = [:]

    /// An empty aggregate.
    public init() {}

    /// - Complexity: O(e + m) for e local entities and m mentions, amortised: each entity's
    ///   accumulator is updated in place and articles are appended (they arrive in input order).
    public mutating func add(_ r: ResolvedArticle) {
        var counts = [Int](repeating: 0, count: r.entities.count)
        for m in r.mentions where m.entity >= 0 && m.entity < counts.count { counts[m.entity] += 1 }
        let article = articleIDs.intern(r.article.id)
        for (i, e) in r.entities.enumerated() where counts[i] == 0 && impliedNames[e.id] == nil {
            impliedNames[e.id] = e.name
        }
        for (id, name) in r.affiliationNames where impliedNames[id] == nil { impliedNames[id] = name }
        for (i, e) in r.entities.enumerated() where counts[i] > 0 {
            let k: Int
            if let s = slot[e.id] {
                k = s
            } else {
                k = accs.count
                slot[e.id] = k
                accs.append(Acc(summary: EntitySummary(id: e.id, name: e.name, type: e.type), known: e.known))
            }
            Self.update(&accs[k], with: e, count: counts[i], article: article)
        }
        if !r.acronyms.isEmpty {
            for (acr, id) in r.acronyms.sorted(by: { $0.key < $1.key }) where acronyms[acr] == nil {
                acronyms[acr] = id
            }
        }
    }

    private static func update(_ acc: inout Acc, with e: LocalEntity, count: Int, article: Int32) {
        if e.known && !acc.known {
            acc.known = true
            acc.summary.type = e.type
        }
        if e.known { acc.summary.name = e.name }
        acc.names[e.name, default: 0] += count
        acc.summary.mentions += count
        if acc.articles.last != article { acc.articles.append(article) }
        for s in e.spellings.keys { acc.spellings.insert(s) }
        if acc.summary.affiliation == nil { acc.summary.affiliation = e.affiliation }
        if acc.summary.externalID == nil { acc.summary.externalID = e.externalID }
        for role in e.roles {
            let lower = role.lowercased()
            if !acc.summary.roles.contains(where: { $0.lowercased() == lower }) { acc.summary.roles.append(role) }
        }
    }

    /// Canonical names, acronyms applied: the corpus-wide entity index.
    public func finish() -> EntityIndex {
        var accs = self.accs
        var remap: [String: String] = [:]
        for (acr, target) in acronyms.sorted(by: { $0.key < $1.key }) {
            let provisional = NameTokenizer.slug(acr)
            guard provisional != target, let pi = slot[provisional], let ti = slot[target] else { continue }
            let p = accs[pi]
            guard remap[provisional] == nil, !p.known, p.summary.type == .organization, p.summary.name == acr,
                remap[target] == nil
            else { continue }
            accs[ti].summary.mentions += p.summary.mentions
            accs[ti].articles += p.articles
            accs[ti].spellings.formUnion(p.spellings)
            remap[provisional] = target
        }
        // One person, two nodes: a shorter form or a slip of another person's name.
        // Then one name spelt two ways (`NameVariantKeys`).
        var merges = Self.personVariantMerges(accs, skipping: Set(remap.keys))
        let moved = Set(remap.keys).union(merges.map { accs[$0.from].summary.id })
        merges += Self.nameVariantMerges(accs, skipping: moved)
        // A table body or place named without its head ("Vesta News" for "Vesta News Agency").
        merges += Self.knownShortFormMerges(accs, skipping: moved.union(merges.map { accs[$0.from].summary.id }))
        // Accents, acronyms and transliterations across articles (`CorpusNameJoins`).
        merges += Self.corpusNameJoins(accs, skipping: moved.union(merges.map { accs[$0.from].summary.id }))
        var into: [Int: Int] = [:]
        for m in merges { into[m.from] = m.to }
        for (from, to) in merges {
            var t = to
            while let next = into[t], next != from { t = next }
            let p = accs[from]
            accs[t].summary.mentions += p.summary.mentions
            accs[t].articles += p.articles
            accs[t].spellings.formUnion(p.spellings)
            remap[p.summary.id] = accs[t].summary.id
        }
        let order = articleIDs.sortedOrder()
        let table = order.table()
        let entities = slot.filter { remap[$0.key] == nil }.sorted { $0.key < $1.key }.map { (_, k) -> EntitySummary in
            let acc = accs[k]
            var s = acc.summary
            if !acc.known { s.name = EntityAggregator.canonicalName(acc.names) }
            s.aliases = acc.spellings.sorted()
            s.articleList = .ranks(order.ranks(acc.articles), table)
            return s
        }
        return EntityIndex(entities: entities, remap: remap, impliedNames: impliedNames)
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
    /// Names of ids that are no entity of the corpus but a meeting's place or an entity's
    /// affiliation (`EntityAggregator.impliedNames`).
    public var impliedNames: [String: String]
    private var position: [String: Int]

    /// An index of `entities`, with `remap` sending merged ids to the id that stands for them.
    public init(entities: [EntitySummary], remap: [String: String], impliedNames: [String: String] = [:]) {
        self.entities = entities
        self.remap = remap
        self.impliedNames = impliedNames
        var p: [String: Int] = [:]
        for (i, e) in entities.enumerated() { p[e.id] = i }
        self.position = p
    }

    /// The final id of an id that appears in a resolved article.
    public func canonicalID(_ id: String) -> String { remap[id] ?? id }

    /// The final ids of `ids`, distinct and sorted: a meeting's participants once remapped.
    /// The one place meeting participants are canonicalised (the pipeline and the graph).
    public func canonicalIDs(_ ids: [String]) -> [String] { ids.map(canonicalID).sortedUnique() }

    /// The entity of `id` (or of the id it was merged into).
    public subscript(id id: String) -> EntitySummary? { position[canonicalID(id)].map { entities[$0] } }

    /// The name `id` is shown by, as a meeting's place or an entity's affiliation: its entity's,
    /// else the name of an id the articles refer to without naming it, else the id.
    public func name(of id: String) -> String { self[id: id]?.name ?? impliedNames[id] ?? id }
}

/// Article ids interned to numbers in order of first appearance, so that per-entity and per-pair
/// article lists are arrays of small integers that grow by appending.
struct ArticleIDs: Sendable {
    private(set) var ids: [String] = []
    private var number: [String: Int32] = [:]
    /// The last id interned: consecutive mentions of one article skip the lookup.
    private var last: (id: String, n: Int32)?

    init() {}

    mutating func intern(_ id: String) -> Int32 {
        if let l = last, l.id == id { return l.n }
        let n: Int32
        if let k = number[id] {
            n = k
        } else {
            n = Int32(ids.count)
            number[id] = n
            ids.append(id)
        }
        last = (id, n)
        return n
    }

    /// The ids' sort order, to turn lists of interned ids into sorted lists of strings.
    func sortedOrder() -> SortedArticleIDs { SortedArticleIDs(ids) }
}

/// The rank of each interned article id in the sorted order of the ids.
struct SortedArticleIDs: Sendable {
    let ids: [String]
    /// rank[n]: position of interned id n among the sorted ids.
    let rank: [Int32]
    /// True when ids were interned in sorted order (then rank[n] == n).
    let identity: Bool

    init(_ ids: [String]) {
        self.ids = ids
        let identity = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        self.identity = identity
        if identity {
            rank = []
        } else {
            var r = [Int32](repeating: 0, count: ids.count)
            for (pos, n) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { r[n] = Int32(pos) }
            rank = r
        }
    }

    /// The strings of a list of interned ids, sorted and distinct.
    func strings(_ list: [Int32]) -> [String] {
        if identity {
            if isStrictlyAscending(list) { return list.map { ids[Int($0)] } }
            return distinct(list.sorted()).map { ids[Int($0)] }
        }
        let ranked = list.map { (rank: rank[Int($0)], n: $0) }
        if zip(ranked, ranked.dropFirst()).allSatisfy({ $0.rank < $1.rank }) { return ranked.map { ids[Int($0.n)] } }
        let sorted = ranked.sorted { $0.rank < $1.rank }
        var out: [String] = []
        out.reserveCapacity(sorted.count)
        var prev: Int32 = -1
        for x in sorted where x.rank != prev {
            prev = x.rank
            out.append(ids[Int(x.n)])
        }
        return out
    }

    private func isStrictlyAscending(_ a: [Int32]) -> Bool {
        var i = 1
        while i < a.count {
            if a[i - 1] >= a[i] { return false }
            i += 1
        }
        return true
    }

    private func distinct(_ sorted: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(sorted.count)
        for x in sorted where out.last != x { out.append(x) }
        return out
    }
}
