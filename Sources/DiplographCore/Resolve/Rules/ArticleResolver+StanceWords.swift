/// A word of a party's stance written before its name is no part of the name (rule 1 of
/// `Resolver`): "the Opposition Tarsk Unity Party", "the Islamist Al-Vexmoor Party", "the ruling
/// Norvian Labour Party" name the parties "Tarsk Unity Party", "Al-Vexmoor Party" and
/// "Norvian Labour Party". The word stays where nothing but generic words would be left ("the
/// Opposition Party", "the Ruling Party"), and titles are read as before ("Opposition Leader").
extension ArticleResolver {
    /// Words of a party's stance, never the first word of its name.
    static let stanceWords = Lexicon.set("opposition ruling governing islamist")

    /// Token `s`, before the cue word at `cue`, is a stance word and a word of the name's own
    /// stands between it and the cue.
    func stanceWordBeforeName(_ s: Int, cue: Int) -> Bool {
        guard s + 1 < cue, tokens[s].isCap, Self.stanceWords.contains(tokens[s].key), tokens[s + 1].isCap else {
            return false
        }
        return ((s + 1)..<cue).contains { k in
            let t = tokens[k]
            return t.isCap && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.stopwords.contains(t.key) && !Self.stanceWords.contains(t.key)
        }
    }
}
