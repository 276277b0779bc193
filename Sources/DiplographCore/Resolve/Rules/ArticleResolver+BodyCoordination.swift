/// Two named bodies joined by "and": "Halvex Industries and Dorran Enterprises", "the Tarsk
/// Times and Radio Norvia" (rule 1 of `Resolver`). The first body's name ends with its cue word
/// right before "and"; after it come two or more capitalised words, the first of them a name
/// word (no generic, portfolio, rank or title word), and among them a cue word of their own.
/// One body keeps its "and": "Ministry of Trade and Industry", "Chamber of Commerce and
/// Industry" (the cue is not right before "and"), "Halvex Oil and Gas" (no cue after "and").
extension ArticleResolver {
    /// The "and" at `j`, right after a cue word, opens a second named body that ends before `b`.
    func andJoinsNamedBody(_ j: Int, limit b: Int) -> Bool {
        guard tokens[j].isLower, tokens[j].key == Lexicon.and, j + 2 < b else { return false }
        let first = tokens[j + 1]
        guard first.isCap, first.gap == .space, !Lexicon.genericOrgWords.contains(first.key),
            !Self.portfolioWords.contains(first.key), !Lexicon.titleModifiers.contains(first.key),
            !Lexicon.titleHeads.contains(first.key), !Lexicon.stopwords.contains(first.key)
        else { return false }
        var k = j + 1
        var cue = false
        while k < b, tokens[k].isCap, k == j + 1 || tokens[k].gap == .space {
            if Lexicon.orgCues.contains(tokens[k].key) { cue = true }
            k += 1
        }
        return cue && k - (j + 1) >= 2
    }
}
