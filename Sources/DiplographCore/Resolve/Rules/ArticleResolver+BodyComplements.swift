/// The "on …" complement of a body's name (rule 1 of `Resolver`): "the Kestrian Council on
/// Coastal Fisheries", "the Inter-Norvian Commission on Human Rights", "… Centre for Relief
/// Assistance on Disaster Management". A body's name, like any noun phrase, may end in a
/// complement after its head; "of" and "for" already join the span, and "on" joins it when the
/// words before it hold a body's cue word and the words after it name a topic, not an entity:
/// "the Security Council on Norvia", "the Council on Monday" and "the Council on Kestrian
/// trade" keep the body alone.
extension ArticleResolver {
    /// The lower-case "on" at `j` continues the capitalised span `i..<j` into the body's
    /// complement up to `limit`.
    func onComplementJoins(_ i: Int, _ j: Int, limit b: Int) -> Bool {
        guard tokens[j].isLower, tokens[j].key == Lexicon.on, j > i, j + 1 < b,
            tokens[j - 1].isCap, tokens[j + 1].gap == .space
        else { return false }
        let k = j + 1
        guard isNameToken(tokens[k]), tokens[k].isCap, !tokens[k].isAllCaps,
            !Lexicon.functionWords.contains(tokens[k].key), !Lexicon.stopwords.contains(tokens[k].key),
            index.match(tokens, at: k, limit: b) == nil
        else { return false }
        // The body's cue word: "Commission", "Council", "Centre".
        return (i..<j).contains { tokens[$0].isCap && Lexicon.orgCues.contains(tokens[$0].key) }
    }
}
