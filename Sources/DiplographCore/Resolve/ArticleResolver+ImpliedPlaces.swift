/// Places of the alias table that an article implies without naming them in its text, for the
/// meeting stage:
/// - the dateline's city: `ArticleLayout` cuts a dateline ("KUALA LUMPUR, Feb 10 –") off the
///   text, so the resolver never reads it; a meeting with no place of its own is placed there
///   (`Meetings+ArticlePlace.swift`, rule 4);
/// - the town that begins a venue's name ("Lakeport" in "Lakeport International Airport"), or
///   the town the alias table gives for the venue (its `town` column: a palace, a seat of
///   government): a meeting at the venue is placed in the town, as when the article names it;
/// - the capital of a country the article names, for "in the Ostrian capital"
///   (`Meetings+Capital.swift`).
/// Such a place becomes an entity of the article (with no mention) only when a meeting is placed
/// there.
extension ArticleResolver {
    /// The alias table's place that `article.dateline` names ("WASHINGTON" read as the city),
    /// when it is not already an entity of `r`.
    func datelinePlace(of r: ResolvedArticle) -> LocalEntity? {
        guard let d = article.dateline, let e = index.place(named: d) else { return nil }
        return impliedPlace(e, r)
    }

    /// For each venue of `r` that the alias table gives a town (`AliasEntry.town`): that town,
    /// the article's own entity when it names it. For each other venue (a place whose last word
    /// is a venue word: `ArticleMeetings.isVenue`) whose name begins with the name of a table
    /// place that `r` does not name: that place, the longest such.
    func venueTowns(of r: ResolvedArticle) -> [String: LocalEntity] {
        var out: [String: LocalEntity] = [:]
        for v in r.entities where v.type == .place {
            if v.known, let e = index.byID[v.id], let t = index.entries[e].town {
                if let w = index.byID[t], index.entries[w].type == .place,
                    let town = r.entities.first(where: { $0.id == t && $0.type == .place }) ?? impliedPlace(w, r)
                {
                    out[v.id] = town
                }
                continue
            }
            let words = v.name.split(separator: " ")
            guard words.count >= 2, ArticleMeetings.venueWords.contains(words[words.count - 1].lowercased()) else {
                continue
            }
            for n in stride(from: words.count - 1, through: 1, by: -1) {
                guard let e = index.place(named: words[..<n].joined(separator: " ")) else { continue }
                if !ArticleMeetings.venueWords.contains(index.entries[e].name.split(separator: " ").last!.lowercased()),
                    let town = impliedPlace(e, r)
                {
                    out[v.id] = town
                }
                break
            }
        }
        return out
    }

    /// For each country of `r` mentioned before "capital" ("the Ostrian capital") whose capital
    /// the alias table gives (the role "Capital"): that capital, the article's own entity when
    /// it names it.
    func capitals(of r: ResolvedArticle) -> [String: LocalEntity] {
        guard !index.capitals.isEmpty else { return [:] }
        var out: [String: LocalEntity] = [:]
        let text = r.article.text
        for m in r.mentions where r.entities[m.entity].type == .country && m.sentence < r.sentences.count {
            // The bytes after the mention first: most countries are not before "capital".
            guard ArticleMeetings.capitalFollows(text, m.range.upperBound, r.sentences[m.sentence].range.upperBound)
            else { continue }
            let c = r.entities[m.entity]
            guard out[c.id] == nil, let e = index.capitals[c.id] else { continue }
            let id = index.entries[e].id
            if let town = r.entities.first(where: { $0.id == id && $0.type == .place }) ?? impliedPlace(e, r) {
                out[c.id] = town
            }
        }
        return out
    }

    /// For each country that a person of `r` belongs to and whose capital the alias table gives:
    /// that capital, the article's own entity when it names it (`Meetings+HostCapital.swift`).
    func hostCapitals(of r: ResolvedArticle) -> [String: LocalEntity] {
        guard !index.capitals.isEmpty else { return [:] }
        var out: [String: LocalEntity] = [:]
        for p in r.entities where p.type == .person {
            guard let c = p.affiliation, out[c] == nil, let e = index.capitals[c] else { continue }
            let id = index.entries[e].id
            if let town = r.entities.first(where: { $0.id == id && $0.type == .place }) ?? impliedPlace(e, r) {
                out[c] = town
            }
        }
        return out
    }

    /// The names of the table entries that `r`'s entities are affiliated with and `r` does not
    /// name: id -> name.
    func affiliationNames(of r: ResolvedArticle) -> [String: String] {
        let named = Set(r.entities.map(\.id))
        var out: [String: String] = [:]
        for e in r.entities {
            guard let a = e.affiliation, !named.contains(a), out[a] == nil, let i = index.byID[a] else { continue }
            out[a] = index.entries[i].name
        }
        return out
    }

    /// Table place `e` as an entity of the article, when it is not one already.
    func impliedPlace(_ e: Int, _ r: ResolvedArticle) -> LocalEntity? {
        let entry = index.entries[e]
        guard !r.entities.contains(where: { $0.id == entry.id }) else { return nil }
        var out = LocalEntity(id: entry.id, type: .place, name: entry.name, known: true)
        out.affiliation = entry.affiliation
        out.externalID = entry.externalID
        return out
    }
}

extension ResolvedArticle {
    /// Makes `datelinePlace`, the `venueTowns` and the `capitals` entities of the article (with no
    /// mention: they are not in the text) when one of `reports` is placed there.
    mutating func keepImpliedPlaces(usedBy reports: [MeetingReport]) {
        guard datelinePlace != nil || !venueTowns.isEmpty || !capitals.isEmpty || !hostCapitals.isEmpty else {
            return
        }
        for p in [datelinePlace].compactMap({ $0 }) + venueTowns.values.sorted(by: { $0.id < $1.id })
            + capitals.values.sorted(by: { $0.id < $1.id }) + hostCapitals.values.sorted(by: { $0.id < $1.id })
        where reports.contains(where: { $0.place == p.id }) && !entities.contains(where: { $0.id == p.id }) {
            entities.append(p)
        }
    }
}
