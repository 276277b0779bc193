/// Where a body's name found by its cue word starts and ends (rule 1 of `Resolver`):
///
/// - Leading stopwords are not part of it ("The Vexmoor News Agency", "Photo Vexmoor Office"),
///   but a leading adjective is ("African Development Fund", "Western Vexmoor University"); nor
///   is a person's rank ("Senior Vexmoor Trade Ministry officials").
/// - A leading noun with its "of (the)" that is no body of its own names a part of the body
///   after it: "Members of the Vexmoor Finance Committee", "Meeting of the Tarsk Council".
/// - "and" joins a second body, not a part of one name, when what follows it has no portfolio
///   or generic word: "the Vexmoor Ministry of Trade and Tarsknews" ends at "Trade", while
///   "Ministry of Foreign Affairs and Trade" and "Ministry of Agriculture and Rural Affairs" are
///   one name. An acronym before "and" is a body of its own: "the VDP and Vexmoor Left Alliance".
/// - Modifiers before a table body make a body of their own: "Supreme State Council" is not the
///   table's "State Council" (a rank is a title's: "Deputy State Council chief").
extension ArticleResolver {
    /// The first word of a body's name at or after `start` (before its cue at `cue`).
    func bodyNameStart(_ start: Int, cue: Int) -> Int {
        var s = start
        while s < cue,
            tokens[s].isLower
                || (Lexicon.stopwords.contains(tokens[s].key) && !Self.nameAdjectives.contains(tokens[s].key))
                || Self.personalRanks.contains(tokens[s].key)
                // "the Opposition Tarsk Unity Party" (ArticleResolver+StanceWords).
                || stanceWordBeforeName(s, cue: cue)
        {
            s += 1
        }
        return s
    }

    /// Ranks of a person, never the first word of a body: "Senior Vexmoor Trade Ministry officials",
    /// "Deputy Department Director" (unlike "First", "Special" or "Executive": "Executive Council").
    static let personalRanks = Lexicon.set("senior deputy vice acting former assistant")

    /// Stopwords that open names of bodies ("African Union", "Western Vexmoor University").
    static let nameAdjectives = Lexicon.set(
        "asian european african western eastern northern southern global world state new")

    /// "Members of (the)": the token `j` is "of" after a capitalised lead that has no cue, and the
    /// rest holds a body. Returns where the body starts.
    func leadBeforeOf(_ j: Int, from start: Int, limit b: Int) -> Int? {
        guard tokens[j].isLower, tokens[j].key == Lexicon.of, j > start, j + 1 < b else { return nil }
        var k = j + 1
        if tokens[k].isLower && tokens[k].key == Lexicon.the { k += 1 }
        guard k < b, tokens[k].isCap,
            (start..<j).allSatisfy({ tokens[$0].isCap && !Lexicon.titleHeads.contains(tokens[$0].key) }),
            index.match(tokens, at: start, limit: j) == nil, hasCueOrTableOrg(k, b)
        else { return nil }
        return k
    }

    /// The "and" at `j`, inside a body's name whose last cue came before it, joins a second body:
    /// the words after it up to `b` have no generic, portfolio or cue word.
    func andJoinsSecondBody(_ j: Int, limit b: Int) -> Bool {
        guard tokens[j].isLower, tokens[j].key == Lexicon.and, j + 1 < b else { return false }
        var k = j + 1
        while k < b, !tokens[k].isLower || tokens[k].gap == .hyphen {
            let key = tokens[k].key
            if Lexicon.genericOrgWords.contains(key) || Lexicon.titleModifiers.contains(key)
                || Lexicon.orgCues.contains(key) || Self.portfolioWords.contains(key)
            {
                return false
            }
            k += 1
        }
        return k > j + 1
    }

    static let portfolioWords = Lexicon.set(
        """
        affairs development cooperation planning investment industry technology science culture tourism sports youth
        labour labor employment welfare environment energy resources mines transport infrastructure communications
        information agriculture fisheries forestry rural urban water housing culture heritage innovation reform
        integration immigration emigration veterans families women children social solidarity relations
        """)
}

extension ArticleResolver {
    /// `from..<to` is one or more capitalised modifiers ("Supreme", "National", "Standing",
    /// "High") that make a table body's name a body of its own: "Supreme State Council" is not
    /// the table's "State Council", nor "High Security Council" its "Security Council".
    func modifiersOnly(_ from: Int, _ to: Int) -> Bool {
        to > from
            && (from..<to).allSatisfy {
                tokens[$0].isCap && !tokens[$0].isAllCaps
                    && (Lexicon.titleModifiers.contains(tokens[$0].key)
                        || Lexicon.genericOrgWords.contains(tokens[$0].key)
                        || Self.bodyModifiers.contains(tokens[$0].key))
                    && !Lexicon.rankWords.contains(tokens[$0].key)
            }
    }

    /// Modifiers of a body's name that are no title's: "High Security Council", "Joint Staff
    /// Council".
    static let bodyModifiers = Lexicon.set("high higher joint collective federal")
}
