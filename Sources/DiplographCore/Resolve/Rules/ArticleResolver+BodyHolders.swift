/// A person's name written right after a body's name with no title between them: "the
/// Presidential Media Office Lina K. Varga disclosed …" is the office and its head, not one
/// body (rule 1 of `Resolver`). The name must carry a middle initial ("K."), which no body's
/// name has; without one ("the Vexmoor Media Office Lina Varga") the span is read as before,
/// since a body's name often ends in name-like words ("Ostia Rotem Holding Tarvo Group").
extension ArticleResolver {
    /// Where the body `i..<end` ends when its last words are a name with a middle initial:
    /// a name word, one or two initials with their periods, a name word, right after a cue word.
    func holderWithInitial(after i: Int, _ end: Int) -> Int? {
        func nameWord(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.isCap && !t.isAllCaps && t.letters >= 2 && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.placeCues.contains(t.key) && !Lexicon.genericOrgWords.contains(t.key)
                && !Lexicon.titleHeads.contains(t.key) && !Lexicon.titleModifiers.contains(t.key)
                && !Lexicon.stopwords.contains(t.key)
        }
        for initials in 1...2 {
            let k = end - initials - 2
            guard k > i, nameWord(k), nameWord(end - 1), Lexicon.orgCues.contains(tokens[k - 1].key),
                tokens[k].gap == .space
            else { continue }
            if ((k + 1)...(k + initials)).allSatisfy({ tokens[$0].isCap && tokens[$0].letters == 1 })
                && ((k + 1)...(k + initials)).allSatisfy({ afterInitial($0 + 1) })
            {
                return k
            }
        }
        return nil
    }
}
