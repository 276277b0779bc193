/// Organisations and places found by their cue words ("... Academy of Social Sciences",
/// "... State Guesthouse"), with a possessive country as qualifier (rule 1 of `Resolver`).
extension ArticleResolver {
    enum CueResult {
        case entity(end: Int, type: EntityType, qualifier: String?, qualifierEnd: Int?)
        case skip(to: Int)
        case none
    }

    /// An organisation or place starting at `i`, found by its cue words.
    func cueExtent(_ i: Int, _ b: Int) -> CueResult {
        var j = i
        var lastCue: (index: Int, type: EntityType)? = nil
        var qualifier: String? = nil
        var qualifierEnd: Int? = nil
        var stop = b
        // A possessive country first: "China's Foreign Ministry".
        if let m = index.match(tokens, at: i, limit: b), index.entries[m.hit.entry].type == .country,
            tokens[m.end - 1].isPossessive, m.end < b
        {
            qualifier = index.entries[m.hit.entry].id
            qualifierEnd = m.end
            j = m.end
        }
        let orgStart = j
        var sawOfAfterCue = false
        while j < b {
            let t = tokens[j]
            if t.isLower {
                // "Members of the …": the lead names a part of the body after it.
                if lastCue == nil, let body = leadBeforeOf(j, from: orgStart, limit: b) { return .skip(to: body) }
                // "… and Tarsknews": a second body.
                if let cue = lastCue,
                    andJoinsSecondBody(j, limit: b) || (cue.index == j - 1 && andJoinsNamedBody(j, limit: b))
                {
                    stop = j
                    break
                }
                // "VDP and …": an acronym before "and" is a body of its own.
                if lastCue == nil, t.key == Lexicon.and, j > orgStart, tokens[j - 1].isAllCaps {
                    return .skip(to: j + 1)
                }
                // "President Ivo Brandt and …": the holder's name (ArticleResolver+BodyTitleStops).
                if lastCue == nil, holderBeforeAnd(j, from: orgStart) { return .none }
                // "of the" before another organisation: the part before it is a sub-body.
                if t.key == Lexicon.of, j + 1 < b, tokens[j + 1].key == Lexicon.the, lastCue != nil {
                    if hasCueOrTableOrg(j + 2, b) { return .skip(to: j + 2) }
                }
                // "School of International Studies of Peking University": a second "of" after
                // the cue's own complement introduces the parent organisation.
                if t.key == Lexicon.of, lastCue != nil, sawOfAfterCue, j + 1 < b, hasCueOrTableOrg(j + 1, b) {
                    return .skip(to: j + 1)
                }
                if t.key == Lexicon.of, lastCue != nil { sawOfAfterCue = true }
                j += 1
                continue
            }
            if let m = index.match(tokens, at: j, limit: b) {
                let e = index.entries[m.hit.entry]
                if e.type == .person {
                    stop = j
                    break
                }
                // "… Airport Turkish President X": a country before a title opens a person's phrase.
                if lastCue != nil, e.type == .country, m.end < b, !inComplement(j), title(at: m.end, limit: b) != nil {
                    stop = j
                    break
                }
                // "Supreme State Council": modifiers before a table body make a body of their own;
                // so do party modifiers before a table party, "Social Democratic Party"
                // (Rules/ArticleResolver+PartyPlurals).
                // So does "of" and a country after one: "Security Council of the Republic of
                // Norvia" (Rules/ArticleResolver+CountryComplements).
                // "the Ruritanian Parliament's Defence Committee": a national table body that owns
                // a body of generic words is the mention (Rules/ArticleResolver+BodyOwners).
                if lastCue == nil, nationalOwnerOfGenericBody(m.hit.entry, end: m.end, limit: b) {
                    lastCue = (m.end - 1, .organization)
                    stop = m.end
                    break
                }
                if lastCue == nil, e.type == .organization,
                    modifiersOnly(orgStart, j) || partyModifiersOnly(orgStart, j, before: m.end)
                        || tableBodyOfCountry(orgStart, j, m.end, body: m.hit.entry, limit: b)
                {
                    lastCue = (m.end - 1, .organization)
                }
                j = m.end
                continue
            }
            if Lexicon.eventWords.contains(t.key) { return .none }
            // "Norvian Defence Minister Army General …": a title before the cue
            // (ArticleResolver+BodyTitleStops).
            if lastCue == nil, titleBeforeCue(at: j, from: orgStart, limit: b) { return .none }
            // "the ESCO Chairperson-in-Office", "the Lorin Group Co-Chairs": a title after the
            // body (ArticleResolver+JoinedTitleHeads).
            if j > orgStart, joinedTitleEnd(j, limit: b) != nil {
                stop = j
                break
            }
            // "Chief Cabinet Secretary", "Party Secretary": a cue word that is only a modifier of
            // a title head, with title modifiers before it, is part of the title.
            if Lexicon.orgCues.contains(t.key), j + 1 < b, tokens[j + 1].isCap, tokens[j + 1].gap == .space,
                Lexicon.titleHeads.contains(tokens[j + 1].key),
                (orgStart...j).allSatisfy({ Lexicon.titleModifiers.contains(tokens[$0].key) && tokens[$0].isCap })
            {
                return .none
            }
            if Lexicon.orgCues.contains(t.key) {
                lastCue = (j, .organization)
                sawOfAfterCue = false
            }
            // A place cue right after a title head is a name: "President Park Geun-hye".
            // So is one that is a family name before a given name: "Park Kyung-mee".
            else if Lexicon.placeCues.contains(t.key),
                !(j > 0 && t.gap == .space && tokens[j - 1].isCap
                    && Lexicon.titleHeads.contains(tokens[j - 1].key)),
                !familyNameNotCue(j, limit: b)
            {
                lastCue = (j, .place)
                sawOfAfterCue = false
            } else if lastCue != nil, !inComplement(j),
                Lexicon.titleHeads.contains(t.key) || title(at: j, limit: b) != nil
            {
                // A title after the body's name ends it ("Cook Islands Prime Minister X"); inside
                // an "of" complement it is part of the name ("Office of the Prime Minister").
                stop = j
                break
            }
            if t.isPossessive, lastCue != nil, lastCue!.index == j {
                j += 1
                stop = j
                break
            }
            j += 1
        }
        if j >= b { stop = min(stop, b) }
        guard let cue = lastCue else { return .none }
        // The extent runs to the stop point when what follows the last cue is an "of …"
        // complement or more name words, else to the cue.
        var end = stop
        while end > cue.index + 1 && tokens[end - 1].isLower { end -= 1 }
        // "Vexmoor's Coast Guard Law": a document named after a body (Rules/ArticleResolver+DocumentNames).
        if cue.type == .organization, documentAfterCue(cue.index, end: end) { return .none }
        if end > cue.index + 1 {
            let next = tokens[cue.index + 1]
            // "Fort de Vexmoor": a name particle joins a place's name.
            if !(next.isLower
                && (next.key == Lexicon.of || next.key == Lexicon.forKey || next.key == Lexicon.and
                    || next.key == Lexicon.on || (cue.type == .place && Lexicon.nameParticles.contains(next.key))))
                && !isNameToken(next)
            {
                end = cue.index + 1
            }
        }
        // Strip leading stopwords ("The Yonhap News Agency").
        var start = orgStart
        start = bodyNameStart(start, cue: cue.index)
        if start != orgStart && qualifierEnd == nil {
            return start < end ? cueExtentShifted(start, end, cue.type, qualifier) : .none
        }
        // "Ostia's Marlow Palace": the city is a mention of its own.
        if cue.type == .place, qualifierEnd == nil, let q = possessivePlaceEnd(orgStart, cue: cue.index) {
            return .entity(end: end, type: .place, qualifier: nil, qualifierEnd: q)
        }
        // "the Treasury's Office of Foreign Assets Control": the owner is no part of the name.
        if cue.type == .organization, qualifierEnd == nil,
            let q = possessiveOwnerEnd(orgStart, cue: cue.index, end: end)
        {
            return .entity(end: end, type: .organization, qualifier: nil, qualifierEnd: q)
        }
        return .entity(end: end, type: cue.type, qualifier: qualifier, qualifierEnd: qualifierEnd)
    }

    /// Token `j` stands in an "of" complement: "of" or "of the" right before it ("Office *of the*
    /// Prime Minister").
    /// The title words before `j` count as the complement's too ("of the Prime *Minister*").
    func inComplement(_ j: Int) -> Bool {
        var k = j
        while k >= 1, tokens[k - 1].isCap,
            Lexicon.titleModifiers.contains(tokens[k - 1].key) || Lexicon.titleHeads.contains(tokens[k - 1].key)
        {
            k -= 1
        }
        guard k >= 1, tokens[k - 1].isLower else { return false }
        if tokens[k - 1].key == Lexicon.of { return true }
        return k >= 2 && tokens[k - 1].key == Lexicon.the && tokens[k - 2].isLower && tokens[k - 2].key == Lexicon.of
    }

    func cueExtentShifted(_ start: Int, _ end: Int, _ type: EntityType, _ qualifier: String?) -> CueResult {
        // Re-run from the first real word so the extent starts there.
        switch cueExtent(start, end) {
        case .entity(let e, let ty, let q, let qe):
            return .entity(end: e, type: ty, qualifier: q ?? qualifier, qualifierEnd: qe ?? start)
        default: return .skip(to: end)
        }
    }

    func hasCueOrTableOrg(_ from: Int, _ b: Int) -> Bool {
        var j = from
        while j < b {
            if let m = index.match(tokens, at: j, limit: b) {
                if index.entries[m.hit.entry].type == .organization { return true }
                j = m.end
                continue
            }
            if Lexicon.orgCues.contains(tokens[j].key) && !tokens[j].isLower { return true }
            j += 1
        }
        return false
    }

    /// Records an organisation or place found by cue words (or the table entry it spells).
    mutating func addCueEntity(_ r: Range<Int>, type: EntityType, qualifier: String?, sentence si: Int, headline: Bool)
    {
        guard !r.isEmpty else { return }
        if let m = index.match(tokens, at: r.lowerBound, limit: r.upperBound), m.end == r.upperBound {
            items.append(
                Item(
                    kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: r.lowerBound, end: r.upperBound,
                    sentence: si, headline: headline))
            return
        }
        // "Vexmoor's Supreme Court": that country's chamber (Rules/ArticleResolver+Legislatures).
        if let q = qualifier, let c = index.byID[q], isBareChamber(r) {
            items.append(
                Item(
                    kind: chamberKind(surface(r), of: c), first: r.lowerBound, end: r.upperBound, sentence: si,
                    headline: headline))
            return
        }
        // Generic words only ("Foreign Ministry", "Central Committee") need a country.
        var hasCountry = qualifier != nil
        var specific = false
        var k = r.lowerBound
        var leadingCountry: (entry: Int, end: Int)? = nil
        while k < r.upperBound {
            if let m = index.match(tokens, at: k, limit: r.upperBound) {
                if index.entries[m.hit.entry].type == .country {
                    hasCountry = true
                    if k == r.lowerBound { leadingCountry = (m.hit.entry, m.end) }
                } else {
                    specific = true
                }
                k = m.end
                continue
            }
            let t = tokens[k]
            if !t.isLower && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.placeCues.contains(t.key) && !Lexicon.stopwords.contains(t.key)
            {
                specific = true
            }
            k += 1
        }
        if !specific,
            applyCountryBody(r, qualifier: qualifier, hasCountry: hasCountry, sentence: si, headline: headline)
        {
            return
        }
        if !specific && !hasCountry { return }
        var name = surface(r)
        // A country qualifies an organisation made of generic words only ("China's Foreign
        // Ministry" → Chinese Foreign Ministry); a specific name stands alone and the country is
        // a mention of its own ("South Korea's Unification Ministry" → Unification Ministry).
        if let q = qualifier, !specific, let e = index.byID[q].map({ index.entries[$0] }) {
            name = (e.demonyms.first ?? e.name) + " " + name
        } else if let lc = leadingCountry, !specific {
            // "China Foreign Ministry" → "Chinese Foreign Ministry".
            let e = index.entries[lc.entry]
            if let d = e.demonyms.first { name = d + " " + surface(lc.end..<r.upperBound) }
        }
        let id = NameTokenizer.slug(name)
        guard !id.isEmpty else { return }
        // "Peru's Congress" → "Peruvian Congress": the table body of that name, by its id or by
        // an alias (Rules/ArticleResolver+BodyOwners).
        if let e = index.byID[id] ?? tableBody(named: name) {
            items.append(
                Item(
                    kind: .table(entry: e, demonym: false), first: r.lowerBound, end: r.upperBound, sentence: si,
                    headline: headline))
            return
        }
        var item = Item(
            kind: .discovered(type: type, id: id, name: name), first: r.lowerBound, end: r.upperBound,
            sentence: si, headline: headline)
        item.qualifier = qualifier
        items.append(item)
    }
}
