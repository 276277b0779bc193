/// Cues around a run of name words that make it a person where no title stands before it, and
/// the shape of long Arabic names (rule 4 of `Resolver`):
///
/// - a relative "who" after a comma: "replacing Hana Ortiz, who resigned" (a body takes
///   "which"); "the late Arvo Lindqvist"; an inverted attribution, "…,” said Hana Ortiz", and
///   "according to Hana Ortiz";
/// - name particles are not words of their own when a run is judged too long to be a name:
///   "Khalid Bin Nasser Al Harthi" has three name words and two particles;
/// - an acronym before a title opens no name: "KMT Legislator Hana Ortiz" is a party, a title
///   and a name, not one four-word run.
extension ArticleResolver {
    private static let who = NameTokenizer.key("who")
    private static let late = NameTokenizer.key("late")
    private static let according = NameTokenizer.key("according")

    /// Every word of `r` can be a word of a name: capitalised, not all capitals, and no title,
    /// cue, generic, event or function word ("Human Rights Watch, who …" is a body).
    func onlyNameWords(_ r: Range<Int>) -> Bool {
        for k in r where !tokens[k].isLower {
            let t = tokens[k]
            if t.isAllCaps || Lexicon.titleHeads.contains(t.key) || Lexicon.titleModifiers.contains(t.key)
                || Lexicon.orgCues.contains(t.key) || Lexicon.placeCues.contains(t.key)
                || Lexicon.genericOrgWords.contains(t.key) || Lexicon.eventWords.contains(t.key)
                || Lexicon.stopwords.contains(t.key) || Lexicon.speechVerbs.contains(t.key)
            {
                return false
            }
        }
        return true
    }

    /// Verbs of an inverted attribution: "…,” said Hana Ortiz.", "told Arvo Lindqvist".
    private static let attributionVerbs = Lexicon.set("said says added wrote asked told explained noted stressed")

    /// ", who" right after the run `r`; "the late", "according to" or a verb of an inverted
    /// attribution ("said") right before it; and the run made only of name words.
    func personCue(_ r: Range<Int>) -> Bool {
        guard onlyNameWords(r) else { return false }
        let after = r.upperBound
        if after < tokens.count, tokens[after].isLower, tokens[after].key == Self.who, commaBefore(after) {
            return true
        }
        let first = r.lowerBound
        if first >= 1, tokens[first].gap == .space, tokens[first - 1].isLower {
            let before = tokens[first - 1].key
            if Self.attributionVerbs.contains(before) { return true }
            if before == Lexicon.to, first >= 2, tokens[first - 2].key == Self.according {
                return true
            }
        }
        return first >= 2 && tokens[first].gap == .space && tokens[first - 1].isLower
            && tokens[first - 1].key == Self.late && tokens[first - 1].gap == .space && tokens[first - 2].isLower
            && tokens[first - 2].key == Lexicon.the
    }

    /// The number of words of a run that are not name particles ("Bin", "Al", "ibn").
    func nameWordCount(_ ws: [Range<Int>]) -> Int {
        ws.filter { !($0.count == 1 && Lexicon.nameParticles.contains(tokens[$0.lowerBound].key)) }.count
    }

    /// A word at `i` followed by a title at `j == i + 1` that a name follows: the run of name
    /// words ends after that word, which names the title holder's body ("DPP Legislator Hana
    /// Ortiz", "AIT Chair Ana Lind", "Norvoil CEO Ivan Petrov"). A word that is not an acronym
    /// needs two name words after the title: "Ahmed Sheikh Ali" stays one name.
    func acronymBeforeTitle(_ i: Int, _ j: Int, limit b: Int) -> Bool {
        guard j == i + 1, tokens[i].letters >= 2, tokens[j].gap == .space, let (end, _) = title(at: j, limit: b)
        else { return false }
        let needed = tokens[i].isAllCaps ? 1 : 2
        guard end + needed <= b else { return false }
        return (end..<(end + needed)).allSatisfy {
            tokens[$0].gap == .space && isNameToken(tokens[$0]) && !tokens[$0].isAllCaps
                && !Lexicon.titleHeads.contains(tokens[$0].key)
        }
    }
}

extension ArticleResolver {
    /// "of" or "for" at `i`, after a title, opens the title's complement rather than its
    /// holder's name when one or two capitalised words follow ("[the] Presidency", "the Joint
    /// Chiefs", "Housing") and then the span ends or another "of", "for" or "and" comes
    /// ("Spokesman for the Presidency said", "Secretary of Housing and Urban Development,").
    /// A longer run may end with the holder's name ("Minister of Culture Hana Ortiz"), and a
    /// table entry (a country) is handled by the table: neither is a complement here.
    func complementOfTitle(at i: Int, limit b: Int) -> Bool {
        guard tokens[i].isLower, tokens[i].key == Lexicon.of || tokens[i].key == Lexicon.forKey else { return false }
        var k = i + 1
        if k < b, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        var e = k
        while e < b, e - k < 3, tokens[e].isCap, !tokens[e].isAllCaps, tokens[e].gap == .space,
            !Lexicon.titleHeads.contains(tokens[e].key), index.match(tokens, at: e, limit: b) == nil
        {
            e += 1
        }
        guard e > k, e - k <= 2 else { return false }
        if e == b { return true }
        let next = tokens[e]
        return next.isLower && (next.key == Lexicon.of || next.key == Lexicon.forKey || next.key == Lexicon.and)
    }
}

extension ArticleResolver {
    private static let spouseWords = Lexicon.set("wife husband")
    /// Lowercase nouns after a possessive that only a person has: "Hana Ortiz's resignation".
    private static let personalNouns = Lexicon.set(
        """
        resignation death funeral widow wife husband son daughter father mother successor predecessor remarks
        re-election reelection arrest aide aides lawyer lawyers spokesman spokeswoman spokesperson
        """)

    /// "Hana Ortiz's resignation", "Arvo Lindqvist’s wife": a possessive run of name words before
    /// a noun only a person has.
    func possessiveOfPerson(_ r: Range<Int>) -> Bool {
        let last = r.upperBound - 1
        guard tokens[last].isPossessive, r.upperBound < tokens.count, onlyNameWords(r) else { return false }
        let next = tokens[r.upperBound]
        return next.isLower && next.gap == .space && Self.personalNouns.contains(next.key)
    }

    /// The name at `i` follows "wife" or "husband" and any capitalised titles: "his wife Madame
    /// Rosa …".
    func followsSpouseWord(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k + 1].gap == .space, tokens[k].isCap, Lexicon.titleHeads.contains(tokens[k].key) {
            k -= 1
        }
        return k >= 0 && tokens[k + 1].gap == .space && tokens[k].isLower && Self.spouseWords.contains(tokens[k].key)
    }

    /// "Ivo Brandt and his wife Lena": one given name after "wife" or "husband" is the spouse of
    /// the person named last in the sentence, with that person's family name ("Lena Brandt").
    /// Nil without such a person, or when that person's name puts the family name first
    /// ("Xi Jinping and his wife Peng …" names her in full).
    func spouseName(_ i: Int, sentence si: Int) -> String? {
        guard i > 0, tokens[i].gap == .space, tokens[i - 1].isLower, Self.spouseWords.contains(tokens[i - 1].key),
            tokens[i].isCap, !tokens[i].isAllCaps, tokens[i].letters >= 3, !Lexicon.stopwords.contains(tokens[i].key)
        else { return nil }
        // The partner: no word after a preposition of place ("In Norvik his wife …").
        guard let partner = items.last(where: { $0.sentence == si && $0.end <= i - 1 }), !partner.placePreposition,
            mayBePerson(partner),
            partner.first == 0 || !Lexicon.venuePrepositions.contains(tokens[partner.first - 1].key)
        else { return nil }
        let family: String
        switch partner.kind {
        case .table(let e, _):
            let ws = index.entries[e].name.split(separator: " ").map { $0.lowercased() }
            guard !AliasIndex.familyFirst(ws), let last = index.entries[e].name.split(separator: " ").last else {
                return nil
            }
            family = String(last)
        default:
            let ws = words(partner.first..<partner.end)
            guard !familyFirst(ws), let last = ws.last else { return nil }
            family = surface(last)
        }
        return surface(i..<(i + 1)) + " " + family
    }
}

extension ArticleResolver {
    /// The head of a lowercase title whose "of" or "for" complement of portfolio words ends at
    /// `j`: "secretary *of state*", "minister *for foreign affairs*". Nil when `j` is no
    /// portfolio word or no head stands before the complement.
    func headOfLowercasePortfolio(endingAt j: Int, sentenceStart: Int) -> Int? {
        func portfolio(_ t: NameToken) -> Bool {
            t.isLower && (Lexicon.titleModifiers.contains(t.key) || Lexicon.genericOrgWords.contains(t.key))
        }
        var k = j
        while k >= sentenceStart, k > j - 3, portfolio(tokens[k]), tokens[k + 1].gap == .space { k -= 1 }
        guard k < j, k - 1 >= sentenceStart, tokens[k].isLower,
            tokens[k].key == Lexicon.of || tokens[k].key == Lexicon.forKey,
            tokens[k + 1].gap == .space, tokens[k].gap == .space, tokens[k - 1].isLower,
            Lexicon.titleHeads.contains(tokens[k - 1].key)
        else { return nil }
        return k - 1
    }
}

extension ArticleResolver {
    /// A name in a script without case, in brackets after a romanised name: "Apollo Chen
    /// (陳學聖)". A list of names goes on after it ("… (陳學聖) and John Wu").
    func isBracketedCaselessName(_ item: Item) -> Bool {
        guard case .single = item.kind, (item.first..<item.end).allSatisfy({ tokens[$0].flags.contains(.caseless) })
        else { return false }
        var p = tokens[item.first].start - 1
        while p >= 0, text[p] == 0x20 { p -= 1 }
        var q = tokens[item.end - 1].end
        while q < text.count, text[q] == 0x20 { q += 1 }
        return p >= 0 && text[p] == 0x28 && q < text.count && text[q] == 0x29
    }
}
