extension GraphBuilder {
    /// The node of an entity; its affiliation by name when that country is known.
    static func node(_ e: EntitySummary, entities: EntityIndex) -> GraphNode {
        GraphNode(
            id: e.id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articleList.count,
            aliases: e.aliases, affiliation: e.affiliation.map(entities.name(of:)),
            roles: e.roles, externalID: e.externalID)
    }

    /// The edge of a pair from its co-occurrence statistics and meetings.
    static func edge(
        _ a: Int, _ b: Int, weight: Double, stats: CooccurrenceStats?, meetings ms: [Meeting],
        entities: EntityIndex
    ) -> GraphEdge {
        let c = stats?.windows ?? 0
        // The pair's articles: the co-occurrence list (sorted and distinct) unless meetings add some.
        let articleList: [String]
        if ms.isEmpty, let list = stats?.articles, isSortedDistinct(list) {
            articleList = list
        } else {
            var articleSet = Set(stats?.articles ?? [])
            for m in ms { articleSet.formUnion(m.articles) }
            articleList = articleSet.sorted()
        }
        // Each date's ISO form made once, not twice per comparison of the sort (the forms are
        // distinct, so the order is the same).
        var dated: [(iso: String, date: PartialDate)] = []
        var seen = Set<String>()
        for m in ms {
            if let d = m.date {
                let iso = d.iso
                if seen.insert(iso).inserted { dated.append((iso, d)) }
            }
        }
        dated.sort { $0.iso < $1.iso }
        let dates = dated.map(\.date)
        let places = Array(Set(ms.compactMap { $0.place.map(entities.name(of:)) })).sorted()
        // The earliest source of the pair's meetings (each meeting's sources are sorted).
        var ev: Evidence? = nil
        for m in ms {
            for e in m.sources where ev.map({ e < $0 }) ?? true { ev = e }
        }
        return GraphEdge(
            source: a, target: b, weight: weight,
            kind: EdgeKind(meetings: ms.count, cooccurrences: c) ?? .cooccurrence,
            cooccurrences: c, articles: articleList.count, meetings: ms.count, meetingDates: dates,
            places: places, sources: articleList, evidence: ev ?? stats?.evidence)
    }
}
