/// The country of a foreign ministry named without one, from the foreign minister's title
/// (after `ArticleResolver+CountryBodies` found no country in the words after the ministry, in
/// an earlier foreign minister's affiliation or in the dateline): the first country written
/// right before a foreign minister's title anywhere in the article, "Ruritania's Minister of
/// Foreign Affairs, Ivo Brandt" (the name set off by a comma carries no affiliation) or "the
/// Ruritanian Foreign Minister" (with no name at all, or after the ministry). A title of
/// another portfolio ("the Ruritanian Trade Minister") or a foreign minister with no country
/// gives none, and the ministry is left out as before.
extension ArticleResolver {
    /// The table country written right before a foreign minister's title, first in the article.
    func countryBeforeForeignMinisterTitle() -> Int? {
        var k = 0
        while k < tokens.count {
            guard tokens[k].isCap, let m = index.match(tokens, at: k, limit: tokens.count) else {
                k += 1
                continue
            }
            let e = m.end
            if index.entries[m.hit.entry].type == .country, e < tokens.count, tokens[e].gap == .space,
                tokens[e].isCap, let (_, role) = title(at: e, limit: tokens.count),
                let r = role, r.lowercased().contains("foreign")
            {
                return m.hit.entry
            }
            k = e
        }
        return nil
    }
}
