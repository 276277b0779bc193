/// The words of a title's portfolio ("Minister *of Foreign Affairs*"), and two portfolios joined
/// by "and": "Minister of Industry and Trade Arla Quist", "Minister of Planning and Development
/// Ivo Kade" (rule 3 of `Resolver`). The holder's name starts after the last portfolio word; a
/// name after "and" is no portfolio ("Minister of Trade and Arla Quist"). An acronym is a
/// portfolio word only before "Affairs": "Minister of Foreign and VEXCOM Affairs Arla Quist"
/// (else "Affairs" was read as the holder's name: dev article 512e3634580d2a9b).
///
/// Portfolio words that open a body's name are the body's: "Director of the International
/// Monetary Fund", "Head of the National Vexmoor Fund" (a table body starts there, or the run of
/// capitalised words ends in a body's cue word). "Minister of Foreign Affairs Ivo Brandt" keeps
/// its portfolio.
extension ArticleResolver {
    /// The capitalised words from `k` (a title's complement) name a body.
    func complementOpensBody(_ k: Int, limit: Int) -> Bool {
        if let m = index.match(tokens, at: k, limit: limit), index.entries[m.hit.entry].type == .organization {
            return true
        }
        var n = k
        while n < limit, tokens[n].isCap, n == k || tokens[n].gap == .space {
            if Lexicon.orgCues.contains(tokens[n].key) { return true }
            n += 1
        }
        return false
    }

    /// Token `k` can be a word of a portfolio: a title modifier, a generic body word, a
    /// portfolio word ("Development") or a word that qualifies "Affairs".
    func portfolioWord(_ k: Int, limit: Int) -> Bool {
        let t = tokens[k]
        guard t.isCap, t.gap == .space else { return false }
        // "Minister of Foreign and CARICOM Affairs": an acronym qualifies "Affairs" only.
        if t.isAllCaps { return qualifiesAffairs(k, limit: limit) }
        return Lexicon.titleModifiers.contains(t.key) || Lexicon.genericOrgWords.contains(t.key)
            || Self.portfolioWords.contains(t.key) || qualifiesAffairs(k, limit: limit)
    }

    /// The "and" at `k` joins a second portfolio word.
    func joinsPortfolios(_ k: Int, limit: Int) -> Bool {
        k + 1 < limit && tokens[k].isLower && tokens[k].key == Lexicon.and && portfolioWord(k + 1, limit: limit)
    }
}
