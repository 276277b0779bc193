/// The objects of a meeting clause: the people after its verb or noun, past titles and their
/// complements, in lists; and the antecedent of a pronoun.
extension MeetingMatcher {
    /// True when the person at `p` completes a lowercase noun through "of" and a title: "a
    /// special envoy of the Japanese Prime Minister X", "the wife of President X" (the envoy or
    /// the wife is the subject, not X). "Secretary of State X", "President of Norvia X" and "the
    /// head of the Presidential Administration X" name X.
    func complementOfNoun(_ p: Int) -> Bool {
        var k = p - 1
        var titled = false
        while k >= 0, isTitleToken(k), !isWord(k, "of") {
            if t[k].kind == .word, Words.titleWords.contains(t[k].word), !Words.determiners.contains(t[k].word) {
                titled = true
            }
            k -= 1
        }
        guard titled, isWord(k, "of"), k > 0, let head = word(k - 1), !t[k - 1].capitalized else { return false }
        return !Words.determiners.contains(head)
    }

    /// The people named before token `j`, one per id, in order.
    func distinctPeople(before j: Int) -> [Int] {
        var seen = Set<String>()
        return (0..<max(j, 0)).filter { isPerson($0) && seen.insert(id($0)).inserted }.map { t[$0].entity }
    }

    func hasAnd(from a: Int, to b: Int) -> Bool {
        (max(a, 0)..<max(b, a)).contains { isWord($0, "and") }
    }

    /// The people a list names, the token after it, and whether it holds an item the resolver
    /// left unnamed (whose side is then unknown).
    struct Objects {
        var people: [Int]
        var end: Int
        var unnamed = false
        /// The text says the people were met one by one ("met A, and with B"; "his counterparts
        /// from …"): pairs, never one meeting of all.
        var paired = false
    }

    /// People named from token `i` on, after a title gap: "Chinese Foreign Minister Wang Yi",
    /// "President Putin and Russian Foreign Minister Sergei Lavrov", "A, B and C".
    /// Returns the people and the index after the last one.
    /// `titled`: items may be titled phrases `titleGap` cannot read ("the prime minister's adviser
    /// on foreign affairs Y": `MeetingMatcher+TitledPerson.swift`).
    func objects(from i0: Int, titled: Bool = true) -> Objects? {
        func object(_ k: Int) -> Bool { isPerson(k) && !t[k].possessive }
        // "held talks with both A and B": "both" opens the list.
        let i = isWord(i0, "both") && i0 + 1 < t.count && t[i0 + 1].kind != .punct ? i0 + 1 : i0
        var k = titleGap(from: i)
        var firstEnd: Int?
        if !object(k), titled, let c = titledPerson(from: i) {
            k = c.person
            firstEnd = c.end
        }
        guard object(k) else {
            // "met the prime minister": the title names no one after it, so it is a description.
            var h = i
            while h < t.count, h < k,
                !(word(h).map { Words.roleHeads.contains($0) || Self.leaderNouns.contains($0) } ?? false)
            {
                h += 1
            }
            guard h < k, !(h + 1 < t.count && (t[h + 1].capitalized || t[h + 1].kind == .entity)),
                let (p, start) = roleReferent(endingAt: h), start == i
            else { return nil }
            return Objects(people: [p], end: h + 1)
        }
        var people = [t[k].entity]
        var end = firstEnd ?? qualifierEnd(k + 1)
        // `sawAnd`: the current list has had its "and" (it ends with that item); `listed`: some
        // list did ("A and B, as well as with C, D and E" is two lists).
        var sawAnd = false
        var listed = false
        var unnamed = false
        var paired = false
        while end < t.count {
            // "A, Kestria's foreign minister, and B" (`MeetingMatcher+TitledPerson.swift`)
            if titled, let a = appositiveEnd(after: end) { end = a }
            guard isWord(end, "and") || isPunct(end, ",") else { break }
            var isAnd = isWord(end, "and")
            var m = end + 1
            if isPunct(end, ","), isWord(m, "and") { m += 1 }
            if isAnd || isWord(end + 1, "and"), isWord(m, "also") { m += 1 }  // "B and also C"
            // "met with A, and with B": the preposition again, one meeting each.
            if m > end + 1 || isAnd, isWord(m, "with") {
                m += 1
                paired = true
            }
            // "…, as well as (with) D": another list begins.
            if isWord(m, "as"), isWord(m + 1, "well"), isWord(m + 2, "as") {
                m += 3
                if isWord(m, "with") { m += 1 }
                isAnd = false
                sawAnd = false
                listed = true
            }
            let closes = isAnd || isWord(end + 1, "and")
            if let item = listItem(from: m, titled: titled) {
                people.append(t[item.person].entity)
                end = item.end
            } else if let skip = unnamedItemEnd(from: m) {
                // An item the resolver left unnamed ("Ambassador of Norvia Arvo Lindqvist" with no
                // person in it) does not end the list: the items after it are still met. A long
                // description may end with its holder: that person is met too.
                end = skip
                if isPerson(skip - 1) { people.append(t[skip - 1].entity) } else { unnamed = true }
                if closes { sawAnd = true }
                if sawAnd, !(isPunct(end, ",") && isWord(end + 1, "as") && isWord(end + 2, "well")) { break }
                continue
            } else {
                // "A, B and other senior officials": the list closes on a plural description.
                if closes, isWord(m, "other") || isWord(m, "others") { listed = true }
                break
            }
            if closes {
                sawAnd = true
                listed = true
            }
            if sawAnd, !(isPunct(end, ",") && isWord(end + 1, "as") && isWord(end + 2, "well")) { break }
        }
        // "A, B" without "and" is an apposition ("Wang Yi, China's top diplomat"): keep A only.
        if people.count > 1 && !listed { return Objects(people: [people[0]], end: firstEnd ?? k + 1) }
        return Objects(people: people, end: end, unnamed: unnamed, paired: paired)
    }

    /// The "," or "and" after a list item that ends in a name the resolver did not find: a title
    /// gap or a description ("the special envoy for the talks"), then two or more capitalised
    /// words that are no title ("Arvo Lindqvist"), or a person the title gap did not reach ("the
    /// special envoy for the talks Arvo Lindqvist"). Nil when the item holds a person elsewhere or
    /// a word that opens a clause.
    func unnamedItemEnd(from m: Int) -> Int? {
        var k = m
        while k < t.count, k - m < 16, !isPunct(k, ","), !isWord(k, "and") {
            if isPerson(k) {
                let last = k + 1 < t.count && (isPunct(k + 1, ",") || isWord(k + 1, "and"))
                guard last, k - m >= 2, !t[k].possessive else { return nil }
                return k + 1
            }
            if t[k].kind == .punct, !isPunct(k, "-"), !isPunct(k, "'"), !isPunct(k, ".") { return nil }
            if let w = word(k), !t[k].capitalized, Words.clauseCuts.contains(w) || Words.pronounsSubject.contains(w) {
                return nil
            }
            k += 1
        }
        guard k < t.count, k - m >= 2, isPunct(k, ",") || isWord(k, "and") else { return nil }
        let name = { (j: Int) in
            self.t[j].kind == .word && self.t[j].capitalized && !Words.titleWords.contains(self.t[j].word)
        }
        return name(k - 1) && name(k - 2) ? k : nil
    }

    /// The token where the titles of one list item that start at `i` end: the person they name,
    /// or the first token that is no part of a title. A title may hold a possessive person ("Xi's
    /// special envoy Li") or country, a hyphenated modifier ("the independence-leaning Taiwanese
    /// President"), two titles joined by "and" ("Energy and Water Minister X"), a complement
    /// ("Ambassador to Kestria"), an acronym in brackets ("National Security Adviser (NSA) X"), a
    /// description with a possessive ("the country's Vice President"), a name set off by a comma
    /// ("the Norvian top diplomat, Arvo Lindqvist"), an honorific with an apostrophe ("Dato'") and
    /// a delegation and its leader ("a government delegation headed by Z").
    func titleGap(from i: Int) -> Int {
        // "the leader of the Kestrian opposition Y" (`MeetingMatcher+DescribedHolder.swift`)
        if let p = describedHolder(from: i) { return p }
        var k = listIntroEnd(from: i) ?? i
        var gap = 0
        var delegation = false
        if let d = delegationLeader(from: k) ?? groupLeader(from: k) {
            k = d
            delegation = true
        }
        while k < t.count, !(isPerson(k) && !t[k].possessive), gap < 13 {
            let delegationWord = isWord(k, "delegation") || isWord(k, "delegations")
            if delegationWord { delegation = true }
            let joined = isWord(k, "and") && k > i && isTitleToken(k + 1) && !isWord(k + 1, "and")
            let led = delegation && (delegationWord || isWord(k, "led") || isWord(k, "headed") || isWord(k, "by"))
            if isPunct(k, "("), k > i, isTitleToken(k - 1), isPunct(k + 2, ")"), !isPerson(k + 1) {
                k += 3
                gap += 3
                continue
            }
            let hyphenated = t[k].kind == .word && (isPunct(k + 1, "-") || isPunct(k - 1, "-"))
            // "the country's Vice President": a possessive description after "the".
            let described = t[k].kind == .word && t[k].possessive && isWord(k - 1, "the")
            // "Dato' Saifuddin": an apostrophe that closes an honorific.
            let honorific =
                isPunct(k, "'") && k > i && t[k - 1].capitalized
                && t[k - 1].range.upperBound == t[k].range.lowerBound
            if let c = titleComplement(k) {
                gap += c - k
                k = c
                continue
            }
            guard
                isTitleToken(k) || (isPerson(k) && t[k].possessive) || hyphenated || described || honorific
                    || titleComma(k) || joined || led || (isWord(k, "then") && k + 1 < t.count && t[k + 1].capitalized)
                    // "parliament speaker Y": the noun and its role (`MeetingMatcher+NounAdjunct.swift`)
                    || isTitleAdjunct(k) || (k > i && isTitleAdjunct(k - 1))
            else { break }
            k += 1
            gap += 1
        }
        return k
    }

    /// "three top-ranking Kestrian leaders — ": a plural description of the people a list after a
    /// dash or colon names; the token after the dash, or nil.
    func listIntroEnd(from i: Int) -> Int? {
        var k = i
        while k < t.count, k - i < 10, !isPunct(k, "—"), !isPunct(k, ":") {
            guard t[k].kind == .entity ? t[k].type != .person : t[k].kind == .word || isPunct(k, "-") else {
                return nil
            }
            k += 1
        }
        guard k > i, isPunct(k, "—") || isPunct(k, ":") else { return nil }
        // The plural head, perhaps before a time adverbial ("… leaders this year —").
        var h = k - 1
        while h > i, let w = word(h), Words.timeWords.contains(w) || Words.timeOpeners.contains(w) || w == "year" {
            h -= 1
        }
        return word(h).map(Words.pairNouns.contains) ?? false ? k + 1 : nil
    }

    /// "a (United States government) delegation headed by": the token after "by" when a
    /// delegation noun and its leader's "led by" / "headed by" follow `i` within a few words.
    func delegationLeader(from i: Int) -> Int? {
        var k = i
        while k < t.count, k - i < 6, !isWord(k, "delegation") {
            guard t[k].kind != .punct || isPunct(k, "-"), !isPerson(k),
                word(k).map({ !Words.modifierStops.contains($0) }) ?? true
            else { return nil }
            k += 1
        }
        guard isWord(k, "delegation"), isWord(k + 1, "led") || isWord(k + 1, "headed"), isWord(k + 2, "by") else {
            return nil
        }
        return k + 3
    }

    /// "to", "of", "from" or "in" inside a title, before its country or portfolio: "Ambassador
    /// *to* Kestria", "Secretary *of* Foreign Affairs *of* Norvia", "his counterpart *from that
    /// country*", "Harbour Institute *in* Norvia Chair". Returns the token to go on from (the
    /// country, or the token after "country"), or nil.
    func titleComplement(_ k: Int) -> Int? {
        guard isWord(k, "to") || isWord(k, "of") || isWord(k, "from") || isWord(k, "in"), k >= 1 else { return nil }
        let p = t[k - 1]
        guard p.kind == .entity || (p.kind == .word && (p.capitalized || Words.titleWords.contains(p.word))) else {
            return nil
        }
        let n = isWord(k + 1, "the") || isWord(k + 1, "that") || isWord(k + 1, "this") ? k + 2 : k + 1
        guard n < t.count else { return nil }
        if isWord(n, "country"), n == k + 2 { return n + 1 }
        guard !isWord(k + 1, "that"), !isWord(k + 1, "this") else { return nil }
        return (t[n].kind == .entity && t[n].type != .person) || (t[n].kind == .word && t[n].capitalized) ? n : nil
    }

    /// A comma that sets off a name after its title: "the Norvian top diplomat, Arvo Lindqvist".
    func titleComma(_ k: Int) -> Bool {
        guard isPunct(k, ","), let n = honorificEnd(k + 1), isPerson(n), !t[n].possessive else { return false }
        if let w = word(k - 1), Words.titleWords.contains(w) { return true }
        // "the President of Uzbekistan, Shavkat Mirziyoyev", "the chairman of the Kestrian Senate,
        // Arvo Lindqvist", "his counterpart from that country, Arvo Lindqvist", "Secretary of
        // Trade and Industry, Arvo Lindqvist": a title, "of" or "from", then a country, an
        // organisation or capitalised words (two joined by "and").
        var b = k - 1
        while b >= 0, k - b <= 6, !isWord(b, "of"), !isWord(b, "from") {
            let joined = isWord(b, "and") && b < k - 1 && t[b + 1].capitalized && b > 0 && t[b - 1].capitalized
            let fits =
                t[b].kind == .entity
                ? t[b].type != .person
                : word(b).map { t[b].capitalized || $0 == "the" || $0 == "that" || $0 == "this" || $0 == "country" }
                    ?? false || joined
            guard fits else { return false }
            b -= 1
        }
        guard b < k - 1, isWord(b, "of") || isWord(b, "from") else { return false }
        // "Minister of Foreign Affairs and International Cooperation of Norvia, X": the title may
        // end in a capitalised word of its own.
        return word(b - 1).map { Words.titleWords.contains($0) || capitalizedTitleEnd(b - 1) } ?? false
    }

    /// The token after the honorifics that start at `i` ("Dato' ", "Datuk Seri", "H.E."): up to
    /// three capitalised words, each perhaps closed by an apostrophe or a full stop; `i` when
    /// there are none.
    func honorificEnd(_ i: Int) -> Int? {
        var k = i
        while k < t.count, k - i < 6, t[k].kind == .word, t[k].capitalized {
            k += 1
            if isPunct(k, "'") || isPunct(k, "."), t[k - 1].range.upperBound == t[k].range.lowerBound { k += 1 }
        }
        return k < t.count ? k : nil
    }

    /// After a person: "of the Republic of Korea", "of Japan" (a country or organisation) or a
    /// short parenthetical is part of the person's description; returns the index after it, or `i`.
    func qualifierEnd(_ i: Int) -> Int {
        // "A (Kestria), B (Norvia) and C" (`MeetingMatcher+Parenthetical.swift`)
        if let e = parentheticalEnd(i) { return qualifierEnd(e) }
        // "King Salman bin Abdulaziz": the rest of a patronymic the mention left out.
        if isWord(i, "bin") || isWord(i, "ibn") || isWord(i, "bint"), i + 1 < t.count, t[i + 1].kind == .word,
            t[i + 1].capitalized
        {
            return qualifierEnd(i + 2)
        }
        guard isWord(i, "of") else { return i }
        var k = i + 1
        if isWord(k, "the") { k += 1 }
        guard k < t.count, t[k].kind == .entity, t[k].type == .country || t[k].type == .organization, !t[k].possessive
        else { return i }
        return k + 1
    }

    /// The one person (by id) mentioned in this sentence before token `j`, not in `excluding`;
    /// when the sentence names nobody before it, the person an earlier sentence makes the topic
    /// (`previousTopic`).
    func antecedent(before j: Int, excluding: Set<String>) -> Int? {
        var found: Int?
        var foundID: String?
        for k in 0..<j where isPerson(k) {
            let e = id(k)
            if excluding.contains(e) { continue }
            if foundID == nil {
                foundID = e
                found = t[k].entity
            } else if foundID != e {
                return nil
            }
        }
        if let f = found { return f }
        guard !(0..<j).contains(where: { isPerson($0) }) else { return nil }
        guard let p = unresolvedName(before: j) ? untaggedPerson(before: j) : previousTopic() else { return nil }
        return excluding.contains(article.r.entities[p].id) ? nil : p
    }
}
