/// A title is no part of a body's name (rule 1 of `Resolver`). Before the body's first cue word
/// an office's title ends the body's extent, as one after its name does ("Cook Islands Prime
/// Minister X"):
///
/// - "Norvian Defence Minister Army General Ivo Brandt": the title, then another title and the
///   holder; "Army" is no body of the minister's.
/// - "Unity Party President Ivo Brandt and Kestrian Labour Party Chairman Tomas Varga": the
///   holder's name after a title, then "and" and the next body; the name is no part of it.
///
/// An office's title before a cue word that no title follows names the body ("Prime Minister
/// Office"), and an office's title in an "of" complement ("Office of the Prime Minister") or with a possessive
/// ("the Prime Minister's Office") names the body and stays in it, and so do the titles of
/// kings, emirs and generals that name foundations and assemblies ("King Harun Relief
/// Centre", "General Assembly"): only the heads in `bodylessHeads` stop an extent.
extension ArticleResolver {
    /// The extent of a body starting at `orgStart` holds, at `j` and before any cue word, an
    /// office's title that a name or another title follows: no body starts at `orgStart` (the
    /// words before the title, the title and the holder are read as such).
    func titleBeforeCue(at j: Int, from orgStart: Int, limit b: Int) -> Bool {
        let t = tokens[j]
        guard t.isCap, !t.isAllCaps, !t.isPossessive, Self.bodylessHeads.contains(t.key), j + 1 < b,
            tokens[j + 1].isCap, tokens[j + 1].gap == .space, !inComplement(j)
        else { return false }
        // "Prime Minister Office" is the office; "Defence Minister Army General" two titles.
        if Lexicon.orgCues.contains(tokens[j + 1].key) {
            guard j + 2 < b, tokens[j + 2].isCap, tokens[j + 2].gap == .space,
                Lexicon.titleHeads.contains(tokens[j + 2].key)
            else { return false }
        }
        // The title's own words from `orgStart`: "Defence Minister" (modifiers, then the head).
        return title(at: titleStart(j, from: orgStart), limit: b) != nil
    }

    /// The first of the title modifiers right before the head at `j`, not before `orgStart`.
    private func titleStart(_ j: Int, from orgStart: Int) -> Int {
        var s = j
        while s > orgStart, tokens[s - 1].isCap, tokens[s].gap == .space,
            Lexicon.titleModifiers.contains(tokens[s - 1].key)
        {
            s -= 1
        }
        return s
    }

    /// The "and" at `j` follows a holder's name right after an office's title ("President Ivo
    /// Brandt and …"), before any cue word of the extent starting at `orgStart`: the name is a
    /// person's, not the first words of the body after "and".
    func holderBeforeAnd(_ j: Int, from orgStart: Int) -> Bool {
        guard tokens[j].isLower, tokens[j].key == Lexicon.and, j > orgStart, orgStart >= 1,
            tokens[orgStart].gap == .space, tokens[orgStart - 1].isCap,
            Self.bodylessHeads.contains(tokens[orgStart - 1].key), !tokens[orgStart - 1].isPossessive
        else { return false }
        return (orgStart..<j).allSatisfy {
            tokens[$0].isCap && !tokens[$0].isAllCaps && !Lexicon.genericOrgWords.contains(tokens[$0].key)
                && !Lexicon.titleModifiers.contains(tokens[$0].key) && !Lexicon.titleHeads.contains(tokens[$0].key)
        }
    }

    /// Heads of offices held by one person, which name no body before a cue word.
    static let bodylessHeads = Lexicon.set(
        """
        minister premier president chairman chairwoman chairperson secretary ambassador envoy spokesman
        spokeswoman spokesperson chancellor governor mayor director commissioner senator consul speaker
        """)

    /// "the Political Director of the Norvian Foreign Ministry", "Senator and Honorary Chair of the
    /// Kestria Council": one capitalised word the lexicon has no class for, then a title whose
    /// complement holds a body (`titleOf`, `titleForBody`), is the title's modifier, not the
    /// first word of the body. A table name or a cue word is not ("Norvia President of …").
    func modifiedTitleOf(_ i: Int, _ b: Int) -> (bodyStart: Int, role: String?)? {
        let t = tokens[i]
        guard i + 1 < b, t.isCap, !t.isAllCaps, !t.isPossessive, tokens[i + 1].gap == .space,
            Lexicon.titleHeads.contains(tokens[i + 1].key), !Lexicon.orgCues.contains(t.key),
            !Lexicon.placeCues.contains(t.key), !Lexicon.stopwords.contains(t.key),
            index.match(tokens, at: i, limit: b) == nil
        else { return nil }
        return titleOf(i + 1, b) ?? titleForBody(i + 1, b)
    }
}
