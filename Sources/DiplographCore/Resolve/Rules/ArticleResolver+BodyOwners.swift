/// A body named after a possessive owner that is no country: "the Treasury's Office of Foreign
/// Assets Control", "the Tarsk Front's Marlow Assets Unit" (rule 1 of `Resolver`). The owner
/// is no part of the body's name: the body starts after the possessive, and the owner is a
/// mention of its own when the table knows it. A country owner is a qualifier already
/// ("China's Foreign Ministry").
///
/// A possessive plural of the body's own members is a word of its name, not an owner: "the
/// Norvian People's Unity Party", "the Kestrian Workers' Front" (as "People's Liberation Army").
///
/// An office's holder stays in the name ("the Prime Minister's Media Unit"), and a body left
/// with generic words only ("the Treasury's Finance Unit") is read as before: with no country
/// to qualify it, the owner is what names it.
extension ArticleResolver {
    /// The token after the last possessive before the cue word `cue` in `start..<cue`, when the
    /// body from there to `end` has a word of its own.
    func possessiveOwnerEnd(_ start: Int, cue: Int, end: Int) -> Int? {
        // "the Prime Minister's Media Unit", "the President's Office": an office's owner names it.
        guard let p = (start..<cue).last(where: { tokens[$0].isPossessive }), p + 1 < end, !tokens[p + 1].isLower,
            !Lexicon.titleHeads.contains(tokens[p].key), !Self.ownerMemberNouns.contains(tokens[p].key)
        else { return nil }
        for k in (p + 1)..<end {
            let t = tokens[k]
            if !t.isLower && !t.isAllCaps && !Lexicon.genericOrgWords.contains(t.key)
                && !Lexicon.orgCues.contains(t.key) && !Lexicon.placeCues.contains(t.key)
                && !Lexicon.stopwords.contains(t.key) && !Lexicon.titleModifiers.contains(t.key)
            {
                return p + 1
            }
        }
        return nil
    }

    /// The members a body's name may own with a possessive: "People's", "Workers'", "Women's".
    static let ownerMemberNouns = Lexicon.set(
        "people peoples workers women farmers peasants toilers youth children citizens veterans students")
}
