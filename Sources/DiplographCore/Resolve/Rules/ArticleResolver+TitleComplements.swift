/// A title whose "for" complement holds or precedes a body: "Special Envoy for the Global
/// Coalition of Tarsk Allies", "Undersecretary for Latin America of the Ministry of Trade"
/// (rule 1 of `Resolver`). The title and its complement are no body's name; the body is what a
/// cue word or a table organisation names after "for" or after a later "of (the)". "Minister for
/// Foreign Affairs" (a portfolio, read by `title(at:)`) and a complement with no body ("Envoy for
/// Peace") give nothing.
extension ArticleResolver {
    /// Where the body starts after a title and its "for" complement at `i`, with the title's role.
    func titleForBody(_ i: Int, _ b: Int) -> (bodyStart: Int, role: String?)? {
        guard let (end, role) = title(at: i, limit: b), end + 1 < b, isWord(end, Lexicon.forKey) else { return nil }
        var k = end + 1
        if isWord(k, Lexicon.the) { k += 1 }
        guard k < b, tokens[k].isCap, hasCueOrTableOrg(k, b) else { return nil }
        // "for Latin America of the Ministry …": the body after the last "of (the)" that opens one.
        var j = k + 1
        while j + 1 < b {
            if isWord(j, Lexicon.of) {
                var s = j + 1
                if isWord(s, Lexicon.the) { s += 1 }
                if s < b, !hasCueOrTableOrg(k, j), hasCueOrTableOrg(s, b) { return (s, role) }
            }
            j += 1
        }
        return (k, role)
    }
}
