/// The dateline's city for the meeting stage. `ArticleLayout` cuts a dateline ("KUALA LUMPUR,
/// Feb 10 –") off the text, so the resolver never reads its city; a meeting with no place of
/// its own is placed there (`Meetings+ArticlePlace.swift`, rule 4) when the article names that
/// place elsewhere, or, through `ResolvedArticle.datelinePlace`, when the alias table knows it.
/// Such a place becomes an entity of the article only when a meeting is placed there.
extension ArticleResolver {
    /// The alias table's place that `article.dateline` names ("WASHINGTON" read as the city),
    /// when it is not already an entity of `r`.
    func datelinePlace(of r: ResolvedArticle) -> LocalEntity? {
        guard let d = article.dateline, let e = index.place(named: d) else { return nil }
        let entry = index.entries[e]
        guard !r.entities.contains(where: { $0.id == entry.id }) else { return nil }
        var out = LocalEntity(id: entry.id, type: .place, name: entry.name, known: true)
        out.affiliation = entry.affiliation
        out.externalID = entry.externalID
        return out
    }
}

extension ResolvedArticle {
    /// Makes `datelinePlace` an entity of the article (with no mention: the dateline is not
    /// text) when one of `reports` is placed there.
    mutating func keepDatelinePlace(usedBy reports: [MeetingReport]) {
        guard let p = datelinePlace, reports.contains(where: { $0.place == p.id }),
            !entities.contains(where: { $0.id == p.id })
        else { return }
        entities.append(p)
    }
}
