/// Persons from the shape of a name, where no title, cue or table entry says so (rule 4 of
/// `Resolver`):
///
/// - a run of two to four capitalised words in running text, each of them name-like: not an
///   ordinary English word when lower-cased (`EnglishWords`), no title, cue, generic, event,
///   calendar or function word, and the run not followed by a head noun of a place or a body
///   ("the Gelora Bung Karno complex"), not after "the", not in a headline: "took power from
///   Ivo Marek last August", "under his predecessor Jaro Tovan", "including Pita Rangsu and 10
///   others";
/// - a person's run that opens with ordinary English words or acronyms before at least two
///   name-like words: those words are an office the table does not know, not part of the name:
///   "Barrister Omar Ali Shah", "Chief Organizer Lina Hamza", "Minister for Climate Change Jon
///   Hale", "PDI-P Ganjar Wiro".
extension ArticleResolver {
    /// Lowercase words after a run that make it a place or a body, beside `Lexicon.placeCues`
    /// and `Lexicon.orgCues`: "the Gelora Bung Karno complex".
    private static let headNouns = Lexicon.set(
        """
        complex compound residence house estate grounds camp crossing border checkpoint station terminal arena
        field area areas range hills forest mall market centre center campus township railway line highway corridor
        pipeline project fighters militants rebels troops soldiers forces members supporters lawmakers legislators
        delegates activists officials leaders workers staff executives candidates voters government coalition
        """)
    private static let which = NameTokenizer.key("which")
    /// Lowercase words before a run that make it a place: "moved toward Khan Yunes", "visited
    /// Angkor Wat".
    private static let placeOpeners = Lexicon.set(
        """
        toward towards into across through throughout over around near via inside outside within visited visiting
        toured touring entered reached
        """)

    /// The token at `k`, lower-cased, is an ordinary English word (`EnglishWords`). The test is
    /// one probe with the token's key; bytes are built only for a word that may be inflected
    /// (ending in "s", "ed" or "ing") and is not listed as it stands.
    func englishWord(_ k: Int) -> Bool {
        let t = tokens[k]
        if EnglishWords.set.contains(t.key) { return true }
        let last = text[t.end - 1] | 0x20
        guard t.letters > 3, last == 0x73 || last == 0x64 || last == 0x67 else { return false }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        NameTokenizer.appendNormalized(text, t, to: &bytes)
        return EnglishWords.containsInflected(bytes)
    }

    /// A capitalised word of a name: not all capitals, not a title, cue, generic, event,
    /// calendar, function or faith word ("Sunni Muslims"), and not an ordinary English word.
    /// One letter is an initial.
    func nameLikeWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCap, !t.isAllCaps, !t.flags.contains(.digit), !t.flags.contains(.caseless) else { return false }
        // "PMs", "MPs": an abbreviation in the plural.
        if t.end - t.start >= 2, text[t.start + 1] >= 0x41, text[t.start + 1] <= 0x5A { return false }
        if t.letters == 1 { return true }
        return !Lexicon.stopwords.contains(t.key) && !Lexicon.calendar.contains(t.key)
            && !Lexicon.titleHeads.contains(t.key) && !Lexicon.titleModifiers.contains(t.key)
            && !Lexicon.orgCues.contains(t.key) && !Lexicon.placeCues.contains(t.key)
            && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.eventWords.contains(t.key)
            && !Lexicon.speechVerbs.contains(t.key) && !Lexicon.functionWords.contains(t.key)
            && !Lexicon.nameParticles.contains(t.key) && !Lexicon.faithWords.contains(t.key) && !englishWord(k)
    }

    /// The word at `k` ends like a noun of an agent or of a portfolio: "-er", "-or", "-ist",
    /// "-ian", "-ant", "-ent", "-ment", "-tion", "-sion".
    func officeNoun(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.letters >= 5 else { return false }
        let e = t.end
        let (a, b, c) = (text[e - 3] | 0x20, text[e - 2] | 0x20, text[e - 1] | 0x20)
        switch c {
        case 0x72: return b == 0x65 || b == 0x6F  // -er, -or
        case 0x74: return b == 0x6E && (a == 0x61 || a == 0x65) || b == 0x73 && a == 0x69  // -ant, -ent, -ist
        case 0x6E: return b == 0x61 && a == 0x69 || b == 0x6F && a == 0x69  // -ian, -ion
        default: return false
        }
    }

    /// Every capitalised token of the words `ws` is name-like; the first and last words have two
    /// letters or more.
    func nameLikeWords(_ ws: ArraySlice<Range<Int>>) -> Bool {
        guard let first = ws.first, let last = ws.last, tokens[first.lowerBound].letters >= 2,
            tokens[last.lowerBound].letters >= 2
        else { return false }
        for w in ws {
            for k in w where !tokens[k].isLower && !nameLikeWord(k) { return false }
        }
        return true
    }

    /// The run `r` (words `ws`, sentence `si`) has the shape of a person's name on its own:
    /// two to four name-like words in running text, not after "the" and not before a head noun
    /// of a place or a body.
    func nameShaped(_ r: Range<Int>, _ ws: [Range<Int>], sentence si: Int, headline: Bool) -> Bool {
        guard !headline, ws.count >= 2, ws.count <= 4, tokens[r.lowerBound].gap != .glued else { return false }
        // Cheap tests first: no bytes are built unless the run passes them.
        if r.lowerBound > 0 {
            // "the Gelora Bung Karno complex"; "en el Palacio …": a lowercase word before the
            // run must be English.
            let prev = tokens[r.lowerBound - 1]
            if prev.key == Lexicon.the || prev.isLower && Self.placeOpeners.contains(prev.key) { return false }
            if prev.isLower && !Lexicon.stopwords.contains(prev.key) && !Lexicon.functionWords.contains(prev.key)
                && !englishWord(r.lowerBound - 1)
            {
                return false
            }
        }
        if r.upperBound < tokens.count {
            let next = tokens[r.upperBound]
            if next.gap == .glued { return false }
            // "…, which": a thing, not a person (who takes "who").
            if next.isLower, next.key == Self.which, commaBefore(r.upperBound) { return false }
            if !tokens[r.upperBound - 1].isPossessive, next.gap == .space || next.gap == .hyphen, next.isLower,
                Self.headNouns.contains(next.key) || Lexicon.placeCues.contains(next.key)
                    || Lexicon.orgCues.contains(next.key) || Lexicon.attributiveSuffixes.contains(next.key)
            {
                return false
            }
        }
        // "Vexmoor Menteri Besar": a run cut off from a capitalised word right before it names
        // that word's office or part. A demonym or a possessive country before a name is a
        // nationality ("Norvian Ivo Brandt", "Norvia's Ana Varga": ArticleResolver+PersonCountries),
        // and the head of a body or a place ends an office's complement ("secretary of the Union
        // State Ivo Brandt").
        if r.lowerBound > 0, tokens[r.lowerBound].gap == .space, tokens[r.lowerBound - 1].isCap {
            let p = tokens[r.lowerBound - 1].key
            let head =
                Lexicon.orgCues.contains(p) || Lexicon.genericOrgWords.contains(p) || Lexicon.placeCues.contains(p)
            if !head && !afterNationality(r) { return false }
        }
        // "Maroko-Widan": names joined by a hyphen are two people (or a route), not one.
        if ws.dropFirst().allSatisfy({ tokens[$0.lowerBound].gap == .hyphen }) { return false }
        return nameLikeWords(ws[...]) && runningText(si, around: r)
    }

    /// The sentence `si` around the run `r` is running text, not a caption or a title-case line
    /// ("Eid Prayers." alone, "Call by US Amb on Min Vaskar (small)"): two lowercase words or
    /// more that are no function words, within 32 tokens of the run (a bounded window: a giant
    /// one-line "sentence" costs no more per run than a short one).
    func runningText(_ si: Int, around r: Range<Int>) -> Bool {
        let s = sentenceTokens[si]
        let window = max(s.lowerBound, r.lowerBound - 32)..<min(s.upperBound, r.upperBound + 32)
        var lower = 0
        for k in window where tokens[k].isLower && tokens[k].gap != .hyphen {
            if !Lexicon.stopwords.contains(tokens[k].key) && !Lexicon.functionWords.contains(tokens[k].key) {
                lower += 1
                if lower >= 2 { return true }
            }
        }
        return false
    }

    /// Where the name of a person's run `r` starts once leading words that make an office are
    /// left out, when at least two name-like words remain; nil when nothing is left out. Such
    /// words are acronyms and title modifiers ("PDI-P Ganjar Wiro"), English nouns of an agent
    /// or a portfolio ("Barrister Omar Ali Shah", "Organizer Lina Hamza", "… and Investment
    /// Budi Santosa"), and after a title two English words or more ("Minister for Climate
    /// Change Jon Hale"). One other English word may be a given name or a family name first
    /// ("Maria Ana Holt", "President Park Geun-hye").
    func nameStartAfterUnknownTitle(_ r: Range<Int>, _ ws: [Range<Int>], titled: Bool) -> Int? {
        guard ws.count >= 3 else { return nil }
        var n = 0
        var plain = 0  // English words that are no noun of an agent or a portfolio
        while n < ws.count - 2 {
            let k = ws[n].lowerBound
            let t = tokens[k]
            // "PDI-P": an acronym, with a one-letter part after a hyphen.
            if t.isAllCaps || (t.letters == 1 && t.gap == .hyphen) || Lexicon.titleModifiers.contains(t.key) {
                n += 1
                continue
            }
            guard t.isCap, !Lexicon.familyFirst.contains(t.key), englishWord(k) else { break }
            if !officeNoun(k) { plain += 1 }
            n += 1
        }
        if plain > 0 && !(titled && n >= 2) { return nil }
        guard n > 0, nameLikeWords(ws[n...]) else { return nil }
        return ws[n].lowerBound
    }
}

/// The English word list (`englishWordListText`, from SCOWL: see data/english-words.COPYRIGHT)
/// as token keys. Inflected forms whose stem is listed are not in the list: "houses", "signed",
/// "building" are found by their stems ("house", "sign", "build"), and "raging" by "rage".
enum EnglishWords {
    static let set: KeySet = {
        var keys: [UInt64] = []
        keys.reserveCapacity(22_000)
        var h = FNV1a.offset
        var empty = true
        for b in englishWordListText.utf8 {
            if b == 0x0A {
                if !empty { keys.append(h) }
                h = FNV1a.offset
                empty = true
            } else {
                h = FNV1a.step(h, b)
                empty = false
            }
        }
        if !empty { keys.append(h) }
        return KeySet(keys)
    }()

    /// The lowercase word `w` or one of its stems is listed: "-s" off a word of four letters
    /// or more, "-ed" or "-d" off one of five or more, "-ing" (or "-ing" to "-e") off one of six
    /// or more (the rule `scripts/make-english-words.py` leaves inflected forms out by).
    static func containsInflected(_ w: [UInt8]) -> Bool {
        func key(_ n: Int, plusE: Bool = false) -> UInt64 {
            var h = FNV1a.offset
            for b in w[0..<n] { h = FNV1a.step(h, b) }
            return plusE ? FNV1a.step(h, 0x65) : h
        }
        let n = w.count
        if set.contains(FNV1a.hash(w)) { return true }
        if n > 3, w[n - 1] == 0x73, set.contains(key(n - 1)) { return true }
        if n > 4, w[n - 2] == 0x65, w[n - 1] == 0x64, set.contains(key(n - 2)) || set.contains(key(n - 1)) {
            return true
        }
        if n > 5, w[n - 3] == 0x69, w[n - 2] == 0x6E, w[n - 1] == 0x67,
            set.contains(key(n - 3)) || set.contains(key(n - 3, plusE: true))
        {
            return true
        }
        return false
    }
}
