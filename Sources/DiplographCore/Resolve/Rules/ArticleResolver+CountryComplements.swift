/// A table body's name that ends in a cue word and is followed by "of" and a country is that
/// country's own body, named as written (rule 1 of `Resolver`): "the Security Council of the
/// Republic of Norvia" is Norvia's council, not the table's "Security Council" of the United
/// Nations; "the Supreme Court of Tarsk" is Tarsk's court. The table's body stays where no
/// country follows ("the Security Council voted", "the Security Council of the United Nations")
/// and where the country is a demonym or the start of a longer name ("of Norvian Airlines"), or
/// is the table body's own country ("the State Council of the People's Republic of China" is the
/// table's State Council, with China a mention of its own).
extension ArticleResolver {
    /// The table body matched at `j..<end` opens the span at `orgStart`, ends in a cue word and
    /// is followed by "of" or "of the" and a country that ends the capitalised run or a clause.
    func tableBodyOfCountry(_ orgStart: Int, _ j: Int, _ end: Int, body: Int, limit b: Int) -> Bool {
        guard j == orgStart, end < b, Lexicon.orgCues.contains(tokens[end - 1].key), tokens[end].isLower,
            tokens[end].key == Lexicon.of
        else { return false }
        var k = end + 1
        if k < b, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        guard k < b, tokens[k].gap == .space, let m = index.match(tokens, at: k, limit: b),
            index.entries[m.hit.entry].type == .country, !m.hit.demonym,
            // "the State Affairs Commission of the DPRK": the table body is that country's already.
            index.entries[body].affiliation != index.entries[m.hit.entry].id
        else { return false }
        // "of Norvia Airlines": the country opens a longer name.
        return m.end >= b || !tokens[m.end].isCap || tokens[m.end].gap != .space
            || index.match(tokens, at: m.end, limit: b) != nil
    }
}
