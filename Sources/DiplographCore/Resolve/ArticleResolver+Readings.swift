/// Readings of a table name by its context: a capital acting as its government, a dateline,
/// a parenthesised acronym.
extension ArticleResolver {
    /// A capital's name at `i..<end` used for its government: possessive ("Beijing's military
    /// activities", not "Moscow's streets"), or followed by a verb of saying or acting, an
    /// auxiliary or a modal ("Moscow has demanded", "Tokyo will consider", "Seoul said"). Not
    /// after a preposition of place or motion (the caller's `prep`, and "to", "from", "for",
    /// "between" … here).
    func actsAsGovernment(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        if capitalPair(i, end, sentenceStart: sentenceStart) { return true }
        if capitalInStateRole(i, sentenceStart: sentenceStart) { return true }
        if capitalInGroup(i, end, sentenceStart: sentenceStart) { return true }
        if i > sentenceStart, tokens[i - 1].isLower, Lexicon.motionPrepositions.contains(tokens[i - 1].key) {
            return false
        }
        let last = tokens[end - 1]
        if last.isPossessive {
            guard end < tokens.count, tokens[end].isLower else { return true }
            return !Lexicon.cityNouns.contains(tokens[end].key)
        }
        guard end < tokens.count, tokens[end].gap == .space, tokens[end].isLower else { return false }
        // "the centre of Tbilisi has …": the verb's subject is the noun before "of".
        if i > sentenceStart, isWord(i - 1, Lexicon.of) { return false }
        var k = tokens[end].key
        // "Vexmoor also believes": one adverb before the verb.
        if Self.clauseAdverbs.contains(k), end + 1 < tokens.count, tokens[end + 1].isLower { k = tokens[end + 1].key }
        return Lexicon.speechVerbs.contains(k) || Lexicon.governmentVerbs.contains(k)
    }

    /// The name at `i` is a venue: after a preposition of place or motion ("at", "in", "to",
    /// "from", "inside", "outside" …, with "the"), or by its neighbour ("… Lorin and the White
    /// House", "the South Lawn of the White House": ArticleResolver+VenueHeads).
    func isVenue(_ i: Int, span: Range<Int>, prep: Bool, sentenceStart: Int) -> Bool {
        if prep && i == span.lowerBound { return true }
        if let p = preposition(before: i, sentenceStart: sentenceStart), Lexicon.venuePrepositions.contains(p) {
            return true
        }
        return venueByNeighbour(i, sentenceStart: sentenceStart)
    }

    /// The key of the lowercase word before token `i`, past a "the" ("at [the] …", "to [the] …").
    func preposition(before i: Int, sentenceStart: Int) -> UInt64? {
        var k = i - 1
        if k >= sentenceStart, tokens[k].isLower, tokens[k].key == Lexicon.the { k -= 1 }
        return k >= sentenceStart && tokens[k].isLower ? tokens[k].key : nil
    }

    /// "WASHINGTON –", "DAVOS, Switzerland –": all-capital words opening a sentence, followed
    /// by a dash (after an optional ", Region").
    func isDateline(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        guard i == sentenceStart, (i..<end).allSatisfy({ tokens[$0].isAllCaps }) else { return false }
        var p = tokens[end - 1].end
        var commas = 0
        while p < text.count {
            let c = text[p]
            if c == 0x20 {
                p += 1
                continue
            }
            if c == 0x2D { return true }
            if c == 0xE2, p + 2 < text.count, text[p + 1] == 0x80, (0x93...0x95).contains(text[p + 2]) { return true }
            if c == 0x2C, commas == 0 {
                // ", Switzerland –"
                commas += 1
                p += 1
                while p < text.count, text[p] == 0x20 { p += 1 }
                while p < text.count,
                    (text[p] >= 0x41 && text[p] <= 0x5A) || (text[p] >= 0x61 && text[p] <= 0x7A) || text[p] == 0x2E
                        || text[p] == 0x20 && p + 1 < text.count && text[p + 1] != 0x2D && text[p + 1] != 0xE2
                { p += 1 }
                continue
            }
            return false
        }
        return false
    }

    /// "(KCNA)": the token sits alone between parentheses.
    func isParenthesised(_ k: Int) -> Bool {
        let t = tokens[k]
        var p = t.start - 1
        while p >= 0, text[p] == 0x20 { p -= 1 }
        guard p >= 0, text[p] == 0x28 else { return false }
        var q = t.end
        while q < text.count, text[q] == 0x20 { q += 1 }
        return q < text.count && text[q] == 0x29
    }

    /// An unknown all-capital word that looks like an organisation's acronym: 3–6 letters (7–8
    /// when the article spells it out: Rules/ArticleResolver+LongAcronyms), not a common
    /// abbreviation, not part of an all-capital run (a byline or a shouted headline).
    func isAcronymCandidate(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isAllCaps, !t.flags.contains(.abbreviation), (3...8).contains(Int(t.letters)),
            t.end - t.start == Int(t.letters), !Lexicon.notAcronyms.contains(t.key)
        else { return false }
        if k > 0, tokens[k - 1].isAllCaps, tokens[k].gap == .space { return false }
        if k + 1 < tokens.count, tokens[k + 1].isAllCaps, tokens[k + 1].gap == .space { return false }
        // The end of a web address ("Example.NET").
        if t.start > 1, text[t.start - 1] == 0x2E, text[t.start - 2] != 0x20 { return false }
        // "T-VXC", "VASA-1000": part of a longer code (Rules/ArticleResolver+HyphenCodes).
        if hyphenCodeFragment(k) { return false }
        if t.letters > 6, !longAcronymSpelledOut(t.key) { return false }
        return !acronymDefinedAsNoBody(t.key) && !acronymUsedAsNoBody(k)
    }
}
