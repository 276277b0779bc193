/// Chunk: one titled person phrase, and a coordinated list of them.
///
///     [DET|POSSESSIVE|DEMONYM] [TITLE|MODIFIER|Capitalised|ORG's …] [(of|for|on|to|from|in) COMPLEMENT …]
///         [, ] PERSON [of COUNTRY]
///     "his Kestrian counterpart Ana Lind"
///     "the Kestrian prime minister's adviser on foreign affairs and national security Tomas Berg"
///     "the ministry's Business Management Director, Ana Lind"
///     "the Chairman of the Norvian People's Party Ana Lind"
///     "the speaker of the Duma, Tomas Berg" … "and the Senate, Ida Holm"
///
/// `titleGap` reads titles made of title words and capitalised words; real copy also writes
/// lowercase descriptions with complements ("adviser on foreign affairs and national security"),
/// possessive nouns ("the prime minister's adviser") and names set off by a comma after an
/// organisation. The chunk runs from `i` to the first person; it fails on anything that opens
/// another clause (a verb, a relative or reporting word, a pronoun, "with", "by"), on "and"
/// before a determiner or a person (the next item of a list), and when the person carries a
/// title of their own inside the complement ("an envoy of President Tomas Berg": the envoy is
/// the one meant, not Berg).
///
/// A person may also carry the title after the name, set off by commas ("A, Kestria's foreign
/// minister, and B": `appositiveEnd`).
///
/// `titledList` splits a list of such phrases at ", ", " and ", ", and ": the persons of the
/// list (the subjects of `titledSubjects`). `objects(from:)` and `includingList` read their items
/// with `listItem`: `titleGap`, then this chunk for an item `titleGap` cannot read.
///
/// Counterexamples: "met A and praised B" (a verb opens the second item), "met A, who later
/// called B" (a relative word), "met an envoy of President B" (B's own title), "met A, B said".
extension MeetingMatcher {
    /// Lowercase words a title may carry before its head that are no title words.
    static let chunkModifiers: WordKeys = [
        "top", "newly", "appointed", "elected", "then", "current", "interim", "caretaker", "new", "longtime",
        "long-time", "permanent", "personal", "presidential", "parliamentary", "ruling", "opposition", "main",
        "high", "regional", "provincial", "federal", "designated", "nominated", "coordinating", "assistant", "under",
        "associate", "principal", "retired", "incumbent", "president-elect", "prime-minister",
    ]
    /// Words that open a title's complement.
    static let complementWords: WordKeys = ["of", "for", "on", "to", "from", "in"]
    /// Lowercase words that end a chunk wherever they stand: they open another clause.
    static let chunkStops: WordKeys = [
        "with", "by", "who", "whom", "whose", "which", "that", "he", "she", "they", "it", "we", "i", "said", "says",
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "also", "not", "at", "during", "after",
        "before", "while", "when", "where", "as", "but", "or", "to",
    ]

    /// The person a titled phrase that starts at token `i` ends in, and the token after the
    /// phrase; nil when no such phrase starts there.
    func titledPerson(from i: Int) -> (person: Int, end: Int)? {
        guard i >= 0, i < t.count else { return nil }
        if isPerson(i), !t[i].possessive { return (i, qualifierEnd(i + 1)) }
        var k = i
        if let w = word(k),
            w == "the" || w == "a" || w == "an" || w == "their" || w == "its"
                || Words.pronounsPossessive.contains(w)
        {
            k += 1
            // "the heads of the Duma, Y": any noun right after the determiner heads a description
            // when a complement follows it.
            if word(k) != nil, !t[k].capitalized, !t[k].possessive, isWord(k + 1, "of") || isWord(k + 1, "for"),
                let w = word(k), !Self.chunkStops.contains(w), !Words.clauseCuts.contains(w), !endsInEd(k),
                !t[k].shape.contains(.ly), Words.triggers[t[k].key] == nil
            {
                k += 1
            }
        }
        var inComplement = false
        var titled = false
        while k < t.count, k - i < 24 {
            if isPerson(k) {
                // "Xi's special envoy Li": a possessive person is part of the title.
                guard t[k].possessive, !inComplement else { break }
                k += 1
                continue
            }
            switch t[k].kind {
            case .entity:
                titled = true
                k += 1
                continue
            case .punct:
                if isPunct(k, "-") || isPunct(k, ".") || isPunct(k, "'") {
                    k += 1
                    continue
                }
                // "the Duma (Lower House)": a short parenthesis that names no one.
                if isPunct(k, "("), let close = (k + 1..<min(k + 6, t.count)).first(where: { isPunct($0, ")") }),
                    !(k + 1..<close).contains(where: isPerson), close > k + 1
                {
                    k = close + 1
                    continue
                }
                // "the ministry's Business Management Director, Ana Lind": a name set off by a comma.
                if isPunct(k, ","), k > i, titled || inComplement || t[k - 1].kind == .entity,
                    t[k - 1].kind != .punct || isPunct(k - 1, ")"), let n = honorificEnd(k + 1), isPerson(n),
                    !t[n].possessive,
                    !(word(n + 1).map(Words.reportingWords.contains) ?? false)
                {
                    k = n
                    continue
                }
                // "the Minister of Foreign Affairs, Cooperation and Kestrians Abroad, Ana Lind"
                // (`MeetingMatcher+CommaComplement.swift`)
                if isPunct(k, ","), inComplement, let e = commaComplementEnd(k + 1) {
                    k = e
                    continue
                }
                return nil
            case .word:
                let w = t[k].word
                if w == "and" {
                    // "foreign affairs and national security", "Deputy Prime Minister and Foreign
                    // Minister"; never "… and the …" or "… and B", which start the next item.
                    guard k > i, k + 1 < t.count, !isPerson(k + 1), t[k + 1].kind != .punct,
                        !(word(k + 1).map {
                            Words.determiners.contains($0) || Words.pronounsPossessive.contains($0) || $0 == "their"
                                || Self.chunkStops.contains($0) || $0 == "and"
                        } ?? false)
                    else { return nil }
                    k += 1
                    continue
                }
                if Self.complementWords.contains(w), k > i, !t[k].capitalized {
                    guard !isWord(k, "to") || !inComplement else { return nil }
                    inComplement = true
                    k += 1
                    continue
                }
                if !t[k].capitalized,
                    Self.chunkStops.contains(w) || Words.clauseCuts.contains(w)
                        || Words.pronounsSubject.contains(w)
                {
                    return nil
                }
                let office =
                    Words.roleHeads.contains(w) || Self.describedOffices.contains(w) || Words.titleWords.contains(w)
                let determiner = Words.determiners.contains(w) || Words.pronounsPossessive.contains(w) || w == "their"
                if (office && !determiner) || t[k].capitalized { titled = true }
                if office || t[k].capitalized || t[k].possessive || Words.roleModifiers.contains(w)
                    || Self.describedModifiers.contains(w) || Self.chunkModifiers.contains(w)
                {
                    k += 1
                    continue
                }
                // Plain lowercase words only inside a complement ("on foreign affairs"); no adverb,
                // past form or meeting word, which would make it a clause.
                guard inComplement, !t[k].shape.contains(.ly), !endsInEd(k), Words.triggers[t[k].key] == nil else {
                    return nil
                }
                k += 1
            }
        }
        guard k > i, isPerson(k), !t[k].possessive, titled else { return nil }
        if ownTitleInComplement(person: k, from: i) { return nil }
        return (k, qualifierEnd(k + 1))
    }

    /// True when word `k` ends in "ed" ("praised"): a past form, no part of a description.
    func endsInEd(_ k: Int) -> Bool {
        let r = t[k].range
        guard r.count > 3, !t[k].possessive else { return false }
        return article.text[r.upperBound - 1] | 0x20 == 0x64 && article.text[r.upperBound - 2] | 0x20 == 0x65
    }

    /// True when the person at `p` carries a title of their own right after a complement word:
    /// "an envoy of President B", "the wife of the Kestrian President B". Joined titles ("…
    /// of Qatar and Minister of State B") and names set off by a comma are the phrase's own.
    func ownTitleInComplement(person p: Int, from i: Int) -> Bool {
        var b = p - 1
        while b > i, isPunct(b, ".") || (word(b).map(Words.addressWords.contains) ?? false) { b -= 1 }
        var hasTitle = false
        while b > i {
            if isPunct(b, ",") || isWord(b, "and") { return false }
            if let w = word(b), Self.complementWords.contains(w), !t[b].capitalized { return hasTitle }
            if let w = word(b), Words.roleHeads.contains(w) || Self.describedOffices.contains(w) { hasTitle = true }
            b -= 1
        }
        return false
    }

    /// One item of a list of people from token `i`: the person `titleGap` reaches, or else the
    /// person of a titled phrase (`titledPerson`), and the token after the item.
    func listItem(from i: Int, titled: Bool = true) -> (person: Int, end: Int)? {
        let k = titleGap(from: i)
        if isPerson(k), !t[k].possessive { return (k, qualifierEnd(k + 1)) }
        return titled ? titledPerson(from: i) : nil
    }

    /// After a list item that ends at `end` (a ","), an appositive title that names no one and
    /// is followed by the next item: "A, Kestria's foreign minister, and B", "A, the speaker of
    /// the Duma, B and C". Returns the separator after the appositive (the "," or "and" before the
    /// next item), or nil.
    func appositiveEnd(after end: Int) -> Int? {
        guard isPunct(end, ",") else { return nil }
        var k = end + 1
        if let w = word(k), w == "the" || w == "a" || w == "an" || Words.pronounsPossessive.contains(w) { k += 1 }
        let first = k
        var office = false
        while k < t.count, k - first < 16, !isPunct(k, ","), !isWord(k, "and") {
            if t[k].kind == .entity {
                guard t[k].type != .person else { return nil }
            } else if let w = word(k) {
                if Words.roleHeads.contains(w) || Self.describedOffices.contains(w) { office = true }
                let allowed =
                    t[k].capitalized || t[k].possessive || Words.titleWords.contains(w)
                    || Words.roleModifiers.contains(w)
                    || Self.chunkModifiers.contains(w) || Self.describedOffices.contains(w)
                    || (Self.complementWords.contains(w) && w != "to")
                guard allowed else { return nil }
            } else if !isPunct(k, "-") {
                return nil
            }
            k += 1
        }
        guard office, k > first, k < t.count else { return nil }
        // "Ambassador of Norvia Arvo Lindqvist": a name the resolver missed is an item, not a title.
        let name = { (j: Int) in
            self.t[j].kind == .word && self.t[j].capitalized && !Words.titleWords.contains(self.t[j].word)
        }
        if k - first >= 2, name(k - 1), name(k - 2) { return nil }
        var m = k + 1
        if isPunct(k, ","), isWord(m, "and") { m += 1 }
        return listItem(from: m) != nil ? k : nil
    }

    /// A list of titled person phrases from token `i`, split at ", ", " and ", ", and ": the
    /// person tokens and the token after the list. A list of two or more needs an "and" (or is
    /// cut to its first item: "A, B" is an apposition). Items `titledPerson` cannot read end it.
    func titledList(from i: Int) -> (people: [Int], end: Int)? {
        guard let first = listItem(from: i) else { return nil }
        var people = [first.person]
        var end = first.end
        var sawAnd = false
        while end < t.count, !sawAnd {
            if let a = appositiveEnd(after: end) { end = a }
            guard isWord(end, "and") || isPunct(end, ",") else { break }
            var m = end + 1
            if isPunct(end, ","), isWord(m, "and") { m += 1 }
            guard let next = listItem(from: m) else { break }
            if isWord(m - 1, "and") { sawAnd = true }
            people.append(next.person)
            end = next.end
        }
        if people.count > 1, !sawAnd { return ([first.person], first.end) }
        return (people, end)
    }

    /// The people of a list of titled phrases that ends with the person at `h` and opens the
    /// sentence or a clause (after a comma or "that"): "The Chairman of the Norvian People's Party
    /// A and the Chairman of the Democratic Party B met …". Nil unless it names two or more.
    func titledSubjects(endingWith h: Int) -> (people: [Int], start: Int)? {
        let end = qualifierEnd(h + 1)
        var s = max(0, h - 40)
        // Most subjects have no other person before them: one pass decides.
        guard (s..<h).contains(where: { isPerson($0) && !t[$0].possessive }) else { return nil }
        while s < h {
            if s == 0 || isPunct(s - 1, ",") || isWord(s - 1, "that"), let list = titledList(from: s), list.end == end,
                list.people.count >= 2, list.people.last == h
            {
                return (list.people.map { t[$0].entity }, s)
            }
            s += 1
        }
        return nil
    }
}
