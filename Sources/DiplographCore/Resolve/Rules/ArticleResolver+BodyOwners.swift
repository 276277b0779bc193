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
        for k in (p + 1)..<end where !isGenericBodyWord(tokens[k]) { return p + 1 }
        return nil
    }

    /// A word that names no body by itself: lower-case, a generic organisation word ("Defence",
    /// "Committee"), a cue, a stopword or a title modifier. An acronym is a name.
    func isGenericBodyWord(_ t: NameToken) -> Bool {
        t.isLower
            || (!t.isAllCaps
                && (Lexicon.genericOrgWords.contains(t.key) || Lexicon.orgCues.contains(t.key)
                    || Lexicon.placeCues.contains(t.key) || Lexicon.stopwords.contains(t.key)
                    || Lexicon.titleModifiers.contains(t.key)))
    }

    /// The table entry `entry`, matched up to `end`, is a national body (an organisation of a
    /// country) written with a possessive ("the Ruritanian Parliament's") before a body of
    /// generic words only ("Defence and Security Committee"): then the national body is the
    /// mention, as a cue word with a possessive ends a body ("the Senate's …"), and the generic
    /// body after it is left out as any body of generic words without a country is. A body with
    /// a word of its own after the possessive ("the Ruritanian Parliament's Tarsk Caucus") is
    /// read as before.
    func nationalOwnerOfGenericBody(_ entry: Int, end: Int, limit b: Int) -> Bool {
        let e = index.entries[entry]
        guard e.type == .organization, end > 0, end < b, tokens[end - 1].isPossessive,
            let a = e.affiliation, let c = index.byID[a], index.entries[c].type == .country
        else { return false }
        // The body after the possessive: its capitalised words, with "and", "of", "the" between.
        var k = end
        var sawCue = false
        while k < b, tokens[k].gap == .space {
            let t = tokens[k]
            if t.isLower {
                guard t.key == Lexicon.and || t.key == Lexicon.of || t.key == Lexicon.the else { break }
            } else {
                guard isGenericBodyWord(t) else { return false }
                if Lexicon.orgCues.contains(t.key) { sawCue = true }
            }
            k += 1
        }
        return sawCue
    }

    /// The table organisation whose name or alias is `name` ("Peruvian Congress", built from
    /// "Peru's Congress"); nil when none is.
    func tableBody(named name: String) -> Int? {
        guard let e = index.entry(named: name), index.entries[e].type == .organization else { return nil }
        return e
    }

    /// The members a body's name may own with a possessive: "People's", "Workers'", "Women's".
    static let ownerMemberNouns = Lexicon.set(
        "people peoples workers women farmers peasants toilers youth children citizens veterans students")
}
