/// Titles and appositives: the context that makes a run of name words a person and gives it
/// a role ("Vice Foreign Minister Hana Ortiz", "Norvia's top diplomat, Arvo Lindqvist,").
extension ArticleResolver {
    /// A title phrase (modifiers then a head) that ends right before `k`, in lowercase
    /// ("leader Kim", "spokesman Guo"), and a country item right before it.
    func preContext(before k: Int, sentenceStart: Int) -> Context {
        var ctx = Context()
        var j = k - 1
        // "secretary of state Ana Lind": back over a lowercase portfolio to its head.
        if j >= sentenceStart, let h = headOfLowercasePortfolio(endingAt: j, sentenceStart: sentenceStart) { j = h }
        guard j >= sentenceStart, tokens[k].gap == .space, tokens[j].isLower,
            Lexicon.titleHeads.contains(tokens[j].key) || Self.personNouns.contains(tokens[j].key)
        else {
            return ctx
        }
        let headKey = tokens[j].key
        var start = j
        while j - 1 >= sentenceStart, tokens[j].gap == .space, tokens[j - 1].isLower,
            Lexicon.titleModifiers.contains(tokens[j - 1].key) || Lexicon.titleHeads.contains(tokens[j - 1].key)
        {
            j -= 1
            start = j
        }
        ctx.titled = true
        if Lexicon.officeHeads.contains(headKey) {
            ctx.role = roleText(start..<k)
        }
        // A country right before the title: "North Korean leader Kim", "China's top diplomat Wang".
        ctx.affiliation = countryRightBefore(start, from: sentenceStart)
        return ctx
    }

    /// Title-cased role text of a title phrase ("vice foreign minister" → "Vice Foreign Minister",
    /// "FM" → "Foreign Minister").
    func roleText(_ r: Range<Int>) -> String {
        // On bytes, one buffer: a normalised word starts with an ASCII letter or digit, or with
        // a letter of a script `NameTokenizer` does not fold (then the String path capitalises).
        var out: [UInt8] = []
        out.reserveCapacity(16 * r.count)
        var word: [UInt8] = []
        for k in r {
            if k > r.lowerBound { out.append(0x20) }
            word.removeAll(keepingCapacity: true)
            NameTokenizer.appendNormalized(text, tokens[k], to: &word)
            if word == Self.fmBytes {
                out += Self.foreignMinisterBytes
            } else if word == Self.pmBytes {
                out += Self.primeMinisterBytes
            } else if word == Self.ofBytes || word == Self.forBytes || word == Self.theBytes || word.isEmpty {
                out += word
            } else if word[0] < 0x80, word.count == 1 || word[1] < 0x80 {
                out.append(ByteClass.isLower(word[0]) ? word[0] - 0x20 : word[0])
                out += word[1...]
            } else {
                let w = String(decoding: word, as: UTF8.self)
                out += (w.prefix(1).uppercased() + w.dropFirst()).utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let memberKey = NameTokenizer.key("member")
    private static let fmBytes = Array("fm".utf8)
    private static let pmBytes = Array("pm".utf8)
    private static let ofBytes = Array("of".utf8)
    private static let forBytes = Array("for".utf8)
    private static let theBytes = Array("the".utf8)
    private static let foreignMinisterBytes = Array("Foreign Minister".utf8)
    private static let primeMinisterBytes = Array("Prime Minister".utf8)

    /// A capitalised title inside a span: modifiers then a head; returns its end and the role.
    func title(at i: Int, limit: Int) -> (Int, String?)? {
        var j = i
        var lastHead: Int? = nil
        var suffixEnd: Int? = nil
        while j < limit {
            let k = tokens[j].key
            // "Secretary-General", "Vice-President": a head may be joined by a hyphen.
            if j > i && tokens[j].gap != .space && !(tokens[j].gap == .hyphen && Lexicon.titleHeads.contains(k)) {
                break
            }
            if Lexicon.titleHeads.contains(k) {
                lastHead = j
                suffixEnd = nil
                j += 1
                // "Commander-in-Chief", "Chairperson-in-Office" (ArticleResolver+JoinedTitleHeads).
                if joinedInSuffix(j, limit: limit) {
                    suffixEnd = j + 2
                    j += 2
                }
                continue
            }
            // "Co-Chairs" (ArticleResolver+JoinedTitleHeads).
            if coChair(j, limit: limit) {
                lastHead = j + 1
                suffixEnd = nil
                j += 2
                continue
            }
            if Lexicon.titleModifiers.contains(k) {
                j += 1
                continue
            }
            break
        }
        guard let h = lastHead else { return nil }
        let headEnd = suffixEnd.map { $0 - 1 } ?? h
        var end = titleComplementEnd(after: headEnd, limit: limit)
        // "Chief of Army Staff" (ArticleResolver+JoinedTitleHeads).
        if end == headEnd + 1, let e = staffComplementEnd(end, limit: limit) { end = e }
        let role = Lexicon.officeHeads.contains(tokens[h].key) ? roleText(i..<end) : nil
        return (end, role)
    }

    /// The end of an "of" / "for" complement of a title head made only of portfolio words:
    /// "Minister *of Foreign Affairs*", "Secretary *of State*", "Vice Minister *for Foreign
    /// Affairs*". Returns `h + 1` when there is none ("President of the Republic of …" names a
    /// country, not a portfolio).
    /// Two complements make one title: "Minister *of State for Foreign Affairs*".
    func titleComplementEnd(after h: Int, limit: Int) -> Int {
        var end = h + 1
        for _ in 0..<2 {
            guard let e = portfolioEnd(from: end, limit: limit) else { break }
            end = e
        }
        return end
    }

    /// The end of one "of" / "for" complement of portfolio words starting at `k`, or nil.
    private func portfolioEnd(from start: Int, limit: Int) -> Int? {
        var k = start
        guard k < limit, tokens[k].isLower, tokens[k].gap == .space,
            tokens[k].key == Lexicon.of || tokens[k].key == Lexicon.forKey
        else { return nil }
        k += 1
        if k < limit, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        let first = k
        // "Director of the International Monetary Fund": a body, not a portfolio
        // (ArticleResolver+TitlePortfolios).
        if complementOpensBody(first, limit: limit) { return nil }
        while k < limit {
            // "Governor of Central Java": a compass place, not a portfolio.
            if compassPlace(at: k, limit: limit) != nil { break }
            if portfolioWord(k, limit: limit) {
                k += 1
            } else if k > first, joinsPortfolios(k, limit: limit) {
                k += 2
            } else {
                break
            }
        }
        guard k > first else { return nil }
        // "Minister of State Security Bureau …": a cue word after it makes it an organisation;
        // so does one inside it ("Deputy Chairman of the Cabinet of Ministers": the body).
        if k < limit, Lexicon.orgCues.contains(tokens[k].key) || Lexicon.placeCues.contains(tokens[k].key) {
            return nil
        }
        if (first..<k).contains(where: { Lexicon.orgCues.contains(tokens[$0].key) }) { return nil }
        return k
    }

    /// Where the body starts in "Title of [the] Body …" at `i` ("Secretary of the Union State"),
    /// with the title's role, when the title's complement is not a portfolio ("Secretary of
    /// State" is one title) and a cue word or table organisation follows; nil otherwise.
    /// Two titles joined by "and" share the body: "Minister of State and Member of the Cabinet
    /// Ivo Brandt", "Deputy Premier and Chairman of the … Party Ivo Brandt".
    func titleOf(_ i: Int, _ b: Int) -> (bodyStart: Int, role: String?)? {
        guard let (end, role) = title(at: i, limit: b), end < b, tokens[end].isLower else { return nil }
        if tokens[end].key == Lexicon.and, end + 2 < b, tokens[end + 1].isCap, tokens[end + 1].gap == .space {
            if tokens[end + 1].key == Self.memberKey, isWord(end + 2, Lexicon.of) {
                var k = end + 3
                if isWord(k, Lexicon.the) { k += 1 }
                return k < b && hasCueOrTableOrg(k, b) ? (k, role) : nil
            }
            let next = opensTitle(end + 1) ? titleOf(end + 1, b) : modifiedTitleOf(end + 1, b)
            return next.map { ($0.bodyStart, role ?? $0.role) }
        }
        guard tokens[end].key == Lexicon.of else { return nil }
        var k = end + 1
        if k < b, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        guard k < b, hasCueOrTableOrg(k, b) else { return nil }
        return (k, role)
    }

    /// The start of a person's name that closes an organisation's extent `i..<end` after a title
    /// ("… of Uzbekistan Saida Mirziyoyeva", "… Union State Dmitry Mezentsev"): two or three
    /// capitalised words at the end that are no cue, generic or title word and no table entry,
    /// after a cue word or a table entity. Nil when there is none.
    /// A middle initial may stand in the name ("… Assembly Dana K. Ruiz"), and a given name
    /// that is a stopword may open it ("… Assembly Per Halvorsen": Rules/PersonGivenNames).
    func trailingName(after i: Int, _ end: Int) -> Int? {
        func nameWord(_ k: Int, first: Bool) -> Bool {
            let t = tokens[k]
            return t.isCap && !t.isAllCaps && (t.gap == .space || t.gap == .hyphen || !first && afterInitial(k))
                && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.placeCues.contains(t.key) && !Lexicon.genericOrgWords.contains(t.key)
                && !Lexicon.titleModifiers.contains(t.key) && !Lexicon.titleHeads.contains(t.key)
                && (!Lexicon.stopwords.contains(t.key) || first && mayOpenName(k))
        }
        for n in 2...3 {
            let k = end - n
            guard k > i, (k..<end).allSatisfy({ nameWord($0, first: $0 == k) }) else { continue }
            // No table entry among the name words ("… of the Russian Federation").
            if (k..<end).contains(where: { index.match(tokens, at: $0, limit: end) != nil }) { continue }
            // What precedes the name ends the body: a cue, generic or title word, or a table entry.
            let prev = tokens[k - 1]
            if Lexicon.orgCues.contains(prev.key) || Lexicon.genericOrgWords.contains(prev.key)
                || Lexicon.titleModifiers.contains(prev.key)
            {
                return k
            }
            if (i..<k).contains(where: { index.match(tokens, at: $0, limit: k)?.end == k }) { return k }
        }
        return nil
    }

    /// A name set off by commas after a title: "Norvia's top diplomat, Arvo Lindqvist, said",
    /// "met Palau's President, Surangel Whipps.", "the Secretary of Foreign Affairs of Norvia,
    /// Hana Ortiz,". The run must close at a comma, a period, a semicolon, a bracket, the end of
    /// the line, or "and" before another title ("Norvian president, Hana Ortiz and President of
    /// …"); "the minister, Human Rights Watch reported" names no one. The title gives the role
    /// when it names an office, and the country of its "of" complement the affiliation.
    @discardableResult
    func namedAfterTitle(_ r: Range<Int>, into item: inout Item) -> Bool {
        let first = r.lowerBound
        let last = r.upperBound - 1
        guard first > 0, tokens[first].gap == .punct, commaBefore(first),
            let (head, country) = titleHead(endingBefore: first)
        else { return false }
        var p = tokens[last].end
        while p < text.count, text[p] == 0x20 { p += 1 }
        guard p == text.count || [0x2C, 0x2E, 0x3B, 0x29, 0x0A].contains(text[p]) || titleFollows(andAfter: last) else {
            return false
        }
        item.titled = true
        var s = head
        while s - 1 >= 0, tokens[s].gap == .space,
            Lexicon.titleModifiers.contains(tokens[s - 1].key) || Lexicon.officeHeads.contains(tokens[s - 1].key)
        { s -= 1 }
        if item.role == nil, Lexicon.officeHeads.contains(tokens[head].key) { item.role = roleText(s..<head + 1) }
        // "Palau's President, Ivo Brandt": the country before the title (ArticleResolver+PersonCountries).
        if item.affiliation == nil, let country = country ?? countryRightBefore(s) { item.affiliation = country }
        return true
    }

    /// The title head of a title that ends right before token `k`: the token before, the head
    /// of "Head of Portfolio" ("The Minister of Foreign Affairs, Hana Ortiz,"), or the head of
    /// "Head [of Portfolio] of|to [the] Country|Body" when the country or body is the last item
    /// ("Secretary of Foreign Affairs of Norvia", "Ambassador to Kestria", "the governor of the
    /// Norvian Central Bank", "envoy to the Union"), with that country when it is the title's
    /// own ("of").
    func titleHead(endingBefore k: Int) -> (head: Int, country: String?)? {
        if Lexicon.titleHeads.contains(tokens[k - 1].key) { return (k - 1, nil) }
        guard let last = items.last, last.end == k else { return headBefore(portfolioEnd: k - 1).map { ($0, nil) } }
        var country: String? = nil
        switch last.kind {
        case .table(let e, false) where index.entries[e].type == .country: country = index.entries[e].id
        case .table(let e, false) where index.entries[e].type == .organization: break
        case .discovered(.organization, _, _): break
        default: return nil
        }
        var j = last.first - 1
        if j >= 0, tokens[j].isLower, tokens[j].key == Lexicon.the { j -= 1 }
        guard j >= 1, tokens[j].isLower,
            tokens[j].key == Lexicon.of || tokens[j].key == Lexicon.to,
            tokens[j].gap == .space
        else { return nil }
        let own = tokens[j].key == Lexicon.of ? country : nil
        return headBefore(portfolioEnd: j - 1).map { ($0, own) }
    }

    /// The title head at or before `j`, back over a portfolio complement within one title
    /// ("Minister *of Foreign Affairs*"): connectors and capitalised portfolio words joined by
    /// spaces.
    private func headBefore(portfolioEnd j0: Int) -> Int? {
        var j = j0
        var steps = 0
        while j >= 0, steps < 7 {
            let t = tokens[j]
            if Lexicon.titleHeads.contains(t.key) { return j }
            let connector = t.isLower && (t.key == Lexicon.of || t.key == Lexicon.forKey || t.key == Lexicon.the)
            guard
                connector
                    || (t.isCap && (Lexicon.titleModifiers.contains(t.key) || Lexicon.genericOrgWords.contains(t.key))),
                t.gap == .space
            else {
                return nil
            }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// " and President of …", " and Kestria's Foreign Minister …": another title after the name
    /// at `last`, which closes a name set off after a title as a comma would.
    func titleFollows(andAfter last: Int) -> Bool {
        let a = last + 1
        guard a + 1 < tokens.count, tokens[a].isLower, tokens[a].key == Lexicon.and, tokens[a].gap == .space,
            tokens[a + 1].gap == .space, tokens[a + 1].isCap
        else { return false }
        var n = a + 1
        if let m = index.match(tokens, at: n, limit: tokens.count), index.entries[m.hit.entry].type == .country {
            n = m.end
        }
        guard n < tokens.count, tokens[n].isCap, tokens[n].gap == .space || n == a + 1 else { return false }
        return Lexicon.titleHeads.contains(tokens[n].key) || Lexicon.titleModifiers.contains(tokens[n].key)
    }

    /// True when what separates token `k` from the one before holds a comma and otherwise only
    /// white space (and `also`, a closing bracket for ", (Estonia), B").
    func commaBefore(_ k: Int, alsoAllowing also: UInt8? = nil) -> Bool {
        var comma = false
        for p in tokens[k - 1].end..<tokens[k].start {
            if text[p] == 0x2C { comma = true } else if !ByteClass.isSpace(text[p]) && text[p] != also { return false }
        }
        return comma
    }

    /// A name in a list after a person: "her counterparts Ana Lind of Norvia and Eva Holm of
    /// Kestria", "Apollo Chen and John Wu". The run follows "and" or a comma, and before that
    /// stands a person of this sentence, optionally followed by "of Country" or "(Country)".
    /// In a list of country and name pairs ("the prime ministers of Norvia Ana Lind, Kestria
    /// Eva Holm and …") the run's country stands before it, as the person's before theirs.
    func coordinatedWithPerson(_ r: Range<Int>) -> Bool {
        var first = r.lowerBound
        var items = self.items[...]
        // "Apollo Chen (陳學聖) and …": the name in brackets is the same person's.
        while let l = items.last, isBracketedCaselessName(l) { items = items.dropLast() }
        if let c = items.last, c.end == first, tokens[first].gap == .space, isCountry(c), c.first > 0, items.count >= 3,
            isCountry(items[items.count - 3]), items[items.count - 3].end == items[items.count - 2].first
        {
            first = c.first
            items = items.dropLast()
        }
        guard first > 0, let last = items.last, last.end <= first, !last.headline else { return false }
        // The connector: "and" (a lowercase token right before), or a comma in the gap.
        var k = first
        if tokens[first - 1].isLower, tokens[first - 1].key == Lexicon.and, tokens[first].gap == .space {
            k = first - 1
        } else if tokens[first].gap == .punct {
            guard commaBefore(first, alsoAllowing: 0x29) else { return false }
        } else {
            return false
        }
        var prev = items.endIndex - 1
        // "… of Canada and": a country item after the person, joined by "of" or in brackets.
        if case .table(let e, _) = items[prev].kind, index.entries[e].type == .country, prev > 0 {
            let between = items[prev - 1].end..<items[prev].first
            let joined =
                between.count == 1 && tokens[between.lowerBound].isLower && tokens[between.lowerBound].key == Lexicon.of
            guard joined || between.isEmpty else { return false }
            prev -= 1
        }
        let p = items[prev]
        guard p.sentence == items[items.endIndex - 1].sentence, p.end <= k else { return false }
        switch p.kind {
        case .table(let e, _): guard index.entries[e].type == .person else { return false }
        case .discovered(let type, _, _): guard type == .person else { return false }
        default: return false
        }
        // Every word a name word: no title, cue, verb or function word ("Rosneft CEO Igor Sechin",
        // "Kremlin Says", "Member States" are not names).
        for k in r where !tokens[k].isLower {
            let key = tokens[k].key
            if tokens[k].isAllCaps || Lexicon.titleHeads.contains(key) || Lexicon.titleModifiers.contains(key)
                || Lexicon.orgCues.contains(key) || Lexicon.placeCues.contains(key)
                || Lexicon.genericOrgWords.contains(key)
                || Lexicon.speechVerbs.contains(key) || Lexicon.stopwords.contains(key)
                || Lexicon.eventWords.contains(key)
            {
                return false
            }
        }
        return true
    }

    /// ", an international affairs expert at …", ", the Chinese ambassador to …",
    /// ", North Korea's foreign minister,": evidence of a person, with role and affiliation.
    @discardableResult
    func appositive(after last: Int, into item: inout Item) -> Bool {
        let k0 = last + 1
        guard k0 < tokens.count, tokens[k0].gap == .punct else { return false }
        // The separator must be a comma.
        var sawComma = false
        for p in tokens[last].end..<tokens[k0].start {
            if text[p] == 0x2C {
                sawComma = true
            } else if text[p] == 0x2E || text[p] == 0x3B || text[p] == 0x3A {
                return false
            }
        }
        guard sawComma else { return false }
        var k = k0
        var country: String? = nil
        var found = false
        var role: String? = nil
        let limit = min(tokens.count, k0 + 10)
        while k < limit {
            // The appositive ends with its sentence ("…, Kremlin Says" then "Kremlin spokesman …").
            if k > k0 && (tokens[k].gap == .punct || tokens[k].gap == .start) { break }
            if let m = index.match(tokens, at: k, limit: limit) {
                let e = index.entries[m.hit.entry]
                if e.type == .country && !found { country = e.id }
                k = m.end
                continue
            }
            if Lexicon.appositiveNouns.contains(tokens[k].key) {
                found = true
                // The role: modifiers before the head ("foreign minister", "ambassador").
                if Lexicon.officeHeads.contains(tokens[k].key) {
                    var s = k
                    while s - 1 >= k0, Lexicon.titleModifiers.contains(tokens[s - 1].key) { s -= 1 }
                    role = roleText(s..<(k + 1))
                }
                break
            }
            k += 1
        }
        guard found else { return false }
        if item.role == nil { item.role = role }
        if item.affiliation == nil { item.affiliation = country }
        return true
    }

    /// The item is a country of the alias table (not through a demonym).
    func isCountry(_ item: Item) -> Bool {
        if case .table(let e, false) = item.kind { return index.entries[e].type == .country }
        return false
    }
}
