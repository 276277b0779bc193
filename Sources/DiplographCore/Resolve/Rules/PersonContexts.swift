/// Contexts that make a run a person, or keep it from being one (rules 3 to 5 of `Resolver`):
///
/// - a plural demonym right before a run names people of that country: "Norvians Ivo Brandt and
///   Lena Varga";
/// - "of" and one word after a title, then a two-word name: "Archbishop of Norvik Ivo Brandt";
/// - a lowercase noun for a person works as a title: "opposition member Ivo Brandt";
/// - a run right after a title in the possessive is what the office has, not its holder: "the
///   Premier's Media Unit said";
/// - a run followed by its own acronym in brackets is a body: "Norvia Unity Front (NUF)";
/// - a word before "Affairs" in a title's portfolio: "Minister for Gulf Affairs Ivo Brandt";
/// - a title with an apostrophe goes on to the name: "Dato’ Ivo Brandt";
/// - a short alias of a table person, then the rest of the full name: one mention;
/// - a table person's short form opening a sentence is that person when a verb follows: "Brandt
///   said", "Brandt was" (elsewhere at the start of a sentence a capital says nothing).
extension ArticleResolver {
    /// Lowercase nouns for a person, not an office, that type the name after them like a title
    /// ("opposition member Ivo Brandt", "the journalist Lena Varga").
    static let personNouns = Lexicon.set(
        """
        member activist journalist lawyer businessman businesswoman dissident militant terrorist politician
        negotiator entrepreneur banker tycoon billionaire novelist poet singer actor actress cleric imam prosecutor
        """)
    private static let affairsKey = NameTokenizer.key("affairs")
    /// Verbs after a sentence-initial short form that make it the subject, besides speech verbs.
    private static let subjectVerbs = Lexicon.set("was is has had will would could")

    /// The table country of a plural demonym at `k` ("Norvians": "Norvian" is a demonym) that a
    /// name word follows; nil otherwise.
    func pluralDemonym(at k: Int, limit b: Int) -> Int? {
        var t = tokens[k]
        guard k + 1 < b, tokens[k + 1].gap == .space, isNameToken(tokens[k + 1]), t.isCap, !t.isAllCaps,
            !t.isPossessive, t.letters >= 5, text[t.end - 1] == 0x73
        else { return nil }
        t.key = NameTokenizer.key(String(NameTokenizer.normalized(text, t).dropLast()))
        guard let m = index.match([t], at: 0, limit: 1), m.hit.demonym, index.entries[m.hit.entry].type == .country
        else { return nil }
        return m.hit.entry
    }

    /// The run `r` follows a plural demonym ("Norvians Ivo Brandt").
    func afterPluralDemonym(_ r: Range<Int>) -> Bool {
        guard let last = items.last, last.end == r.lowerBound, case .table(_, true) = last.kind else { return false }
        return text[tokens[last.first].end - 1] == 0x73 && !tokens[last.first].isPossessive
    }

    /// "of" at `i` after a title opens a one-word complement when exactly three name words
    /// follow: "Archbishop of Norvik Ivo Brandt", "Governor of Vexmoor Lena Varga". Returns where
    /// the holder's name starts; nil otherwise (no table entry, title or cue among the words).
    func holderAfterOneWordComplement(at i: Int, limit b: Int) -> Int? {
        let k = i + 1
        guard tokens[i].isLower, tokens[i].key == Lexicon.of, k + 3 <= b, nameRun(at: k, limit: b) == k + 3,
            (k..<(k + 3)).allSatisfy({ onlyNameWords($0..<($0 + 1)) && tokens[$0].gap == .space }),
            (k..<(k + 3)).allSatisfy({ index.match(tokens, at: $0, limit: b) == nil })
        else { return nil }
        return k + 1
    }

    /// The title that ends at `end` is in the possessive ("Premier's"): the capitalised run
    /// after it, if it opens with no title of its own, is what the office has. Returns that
    /// run's end (`end` when there is none).
    func ownedByPossessiveTitle(_ end: Int, limit b: Int) -> Int {
        guard end < b, tokens[end - 1].isPossessive, tokens[end].gap == .space, isNameToken(tokens[end]),
            !tokens[end].isAllCaps, title(at: end, limit: b) == nil, index.match(tokens, at: end, limit: b) == nil
        else { return end }
        return nameRun(at: end, limit: b)
    }

    /// The run `r` is followed by an acronym in brackets whose last letters are the initials of
    /// its words ("Norvia Unity Front (NUF)", "… Unity Front (NUF)"): a body, not a person.
    func namedByAcronym(_ r: Range<Int>) -> Bool {
        let k = r.upperBound
        guard k < tokens.count, tokens[k].isAllCaps, isParenthesised(k) else { return false }
        let initials = words(r).map { text[tokens[$0.lowerBound].start] }
        let acronym = Array(text[tokens[k].start..<tokens[k].end])
        return initials.count >= 2 && acronym.count >= initials.count
            && acronym.suffix(initials.count).elementsEqual(initials)
    }

    /// A verb right after a sentence-initial word ends at `end`: "Brandt said", "Brandt was".
    func subjectVerb(after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let t = tokens[end]
        return t.isLower && t.gap == .space
            && (Lexicon.speechVerbs.contains(t.key) || Self.subjectVerbs.contains(t.key))
    }

    /// The end of a table person's name matched as `start..<end`, taken further when a match of
    /// the same person that starts inside it ends later: "Sheikh Tamo" is an alias, "Tamo bin
    /// Harun Al-Vesk" the full name, and "Sheikh Tamo bin Harun Al-Vesk" one mention of it.
    func personMatchEnd(_ end: Int, entry e: Int, from start: Int, limit b: Int) -> Int {
        guard index.entries[e].type == .person, end < b, tokens[end].gap == .space else {
            return end
        }
        var best = end
        for k in (start + 1)..<end where tokens[k].isCap {
            if let m = index.match(tokens, at: k, limit: b), m.hit.entry == e, m.end > best { best = m.end }
        }
        return best
    }

    /// A capitalised word right before "Affairs" in a title's portfolio: "Minister of State for
    /// Gulf Affairs", "… for Norvian Affairs".
    func qualifiesAffairs(_ k: Int, limit: Int) -> Bool {
        k + 1 < limit && tokens[k + 1].key == Self.affairsKey && tokens[k + 1].isCap && tokens[k + 1].gap == .space
    }

    /// The name word at `j` follows a title written with an apostrophe, "Dato’ Ivo Brandt",
    /// "Dato' Seri Ivo Brandt": the span goes on, as after "Dr." (an apostrophe after a word
    /// that is no title ends it).
    func afterHonorificApostrophe(_ j: Int) -> Bool {
        guard j > 0, tokens[j].isCap else { return false }
        let p = tokens[j - 1]
        guard p.isCap, Lexicon.titleHeads.contains(p.key), p.end < tokens[j].start else { return false }
        var b = p.end
        if text[b] == 0x27 {
            b += 1
        } else if b + 2 < tokens[j].start, text[b] == 0xE2, text[b + 1] == 0x80, text[b + 2] == 0x99 {
            b += 3
        } else {
            return false
        }
        guard b < tokens[j].start else { return false }
        return text[b..<tokens[j].start].allSatisfy { $0 == 0x20 }
    }
}
