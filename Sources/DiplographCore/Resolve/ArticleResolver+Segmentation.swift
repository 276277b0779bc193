/// Segmentation: a sentence into capitalised spans, a span into table names, titles, cue
/// entities and runs of name words (rules 1-4 of `Resolver`, in order).
extension ArticleResolver {
    /// Splits a sentence into capitalised spans and segments each.
    mutating func segmentSentence(_ si: Int, _ range: Range<Int>, headline: Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isNameToken(tokens[i]) else {
                i += 1
                continue
            }
            var j = i + 1
            var attributive = false
            while j < range.upperBound {
                let t = tokens[j]
                if (t.gap == .punct && !afterInitial(j) && !afterHonorificApostrophe(j)) || t.gap == .start { break }
                if t.gap == .hyphen && (t.isLower || t.flags.contains(.digit)) {
                    if Lexicon.attributiveSuffixes.contains(t.key) {
                        attributive = true
                        break
                    }
                    j += 1
                    continue
                }
                // A capitalised function word inside a span ("… Hall To Strengthen …" in a
                // headline, "… Resistance Against …") starts a new span.
                if isNameToken(t) && !(Lexicon.functionWords.contains(t.key) && !t.isAllCaps) {
                    j += 1
                    continue
                }
                if isNameToken(t), closesKoreanName(i, j, range.upperBound) {
                    j += 1
                    continue
                }
                if isNameToken(t) { break }
                // "the Kestrian Council on Coastal Fisheries" (ArticleResolver+BodyComplements).
                if onComplementJoins(i, j, limit: range.upperBound) {
                    j += 1
                    continue
                }
                // Connectors: "of", "of the", "for", "for the", "and", name particles, and "to"
                // after a title head ("Ambassador to Vietnam Hana Ortiz").
                let titleTo =
                    t.key == Lexicon.to && Lexicon.titleHeads.contains(tokens[j - 1].key) && !tokens[j - 1].isLower
                if t.isLower
                    && (t.key == Lexicon.of || t.key == Lexicon.forKey || t.key == Lexicon.and
                        || Lexicon.nameParticles.contains(t.key) || titleTo)
                {
                    var k = j + 1
                    if k < range.upperBound, tokens[k].key == Lexicon.the, tokens[k].isLower, tokens[k].gap == .space,
                        t.key == Lexicon.of || t.key == Lexicon.forKey || titleTo
                    {
                        k += 1
                    }
                    // "Plaza de la Reforma", "Ursula von der Leyen": two particles in a row.
                    if Lexicon.nameParticles.contains(t.key), k < range.upperBound, k == j + 1, tokens[k].isLower,
                        tokens[k].gap == .space, Lexicon.nameParticles.contains(tokens[k].key)
                    {
                        k += 1
                    }
                    // "Abdel Fattah el-Sisi": a particle glued to the name by a hyphen.
                    if k < range.upperBound,
                        tokens[k].gap == .space
                            || (tokens[k].gap == .hyphen && k == j + 1 && Lexicon.nameParticles.contains(t.key)),
                        isNameToken(tokens[k]), !tokens[k].isAllCaps || tokens[k].letters > 1,
                        !(t.key == Lexicon.and && opensTitle(k))
                    {
                        j = k
                        continue
                    }
                }
                break
            }
            // "the Ministry of Energy, Water Resources, and Irrigation": one body.
            if !attributive, let list = portfolioListEnd(i, j, limit: range.upperBound) {
                if list.head > i {
                    segmentSpan(
                        i..<list.head, sentence: si, sentenceStart: range.lowerBound, headline: headline,
                        attributive: false)
                }
                addCueEntity(
                    list.head..<list.end, type: .organization, qualifier: nil, sentence: si, headline: headline)
                i = list.end
                continue
            }
            // "President Ivo brandt": a table name with a later word in lower case.
            if !attributive, let e = lowercaseNameTail(i, j, limit: range.upperBound) { j = e }
            // "in Vexmoor province", "the Tarsk forces": a lowercase noun types the name before it.
            if !attributive,
                let cue = trailingCueNoun(i..<j, limit: range.upperBound)
                    ?? mediaCueNoun(i..<j, limit: range.upperBound)
            {
                if cue.name.lowerBound > i {
                    segmentSpan(
                        i..<cue.name.lowerBound, sentence: si, sentenceStart: range.lowerBound, headline: headline,
                        attributive: false)
                }
                addTrailingCue(cue, sentence: si, headline: headline)
                i = cue.end
                continue
            }
            segmentSpan(
                i..<j, sentence: si, sentenceStart: range.lowerBound, headline: headline, attributive: attributive)
            i = j
            if let e = roleDescription(after: j, limit: range.upperBound, sentence: si, headline: headline) { i = e }
        }
    }

    /// A description of an office holder after a country, "the Turkish president", "China's
    /// foreign minister" (lowercase title words, no name after them): a mention of the one
    /// table person of that country who held that office on the article's date, by the table's
    /// dated roles. Nothing when the article has no date or the table names none or several.
    /// Returns the end of the description.
    mutating func roleDescription(after j: Int, limit: Int, sentence si: Int, headline: Bool) -> Int? {
        guard j < limit, let date = article.published, let last = items.last, last.end == j,
            case .table(let c, _) = last.kind, index.entries[c].type == .country, tokens[j].gap == .space,
            tokens[j - 1].isPossessive
                || (last.first > 0 && tokens[last.first - 1].isLower && tokens[last.first - 1].key == Lexicon.the)
        else { return nil }
        var k = j
        while k < limit, k - j < 3, tokens[k].isLower, k == j || tokens[k].gap == .space,
            Lexicon.titleModifiers.contains(tokens[k].key)
        { k += 1 }
        guard k < limit, tokens[k].isLower, k == j || tokens[k].gap == .space,
            Lexicon.officeHeads.contains(tokens[k].key)
        else { return nil }
        let end = k + 1
        // "the Turkish president Recep …": a title for the name after it, not a description.
        if end < limit, tokens[end].gap == .space, isNameToken(tokens[end]) { return nil }
        // "Choe Son-hui, North Korea's foreign minister, met …": an appositive restates the
        // person named before it.
        let opening = tokens[j - 1].isPossessive ? last.first : last.first - 1
        if opening > 0, commaBefore(opening), items.count >= 2, items[items.count - 2].end == opening,
            mayBePerson(items[items.count - 2])
        {
            return nil
        }
        let role = (j..<end).map { NameTokenizer.normalized(text, tokens[$0]) }.joined(separator: " ")
        guard let person = index.holder(of: role, country: index.entries[c].id, on: date) else { return nil }
        var item = Item(
            kind: .table(entry: person, demonym: false), first: j, end: end, sentence: si, headline: headline)
        item.role = roleText(j..<end)
        item.titled = true
        item.affiliation = index.entries[c].id
        item.description = true
        items.append(item)
        return end
    }

    /// A table person right after the run `i..<end` of one or two capitalised words, joined by
    /// a space: the run is more of that person's given names ("Matamela Cyril Ramaphosa").
    func givenNamesBefore(_ i: Int, _ end: Int, limit b: Int) -> (entry: Int, end: Int)? {
        guard end < b, end - i <= 2, tokens[end].gap == .space,
            (i..<end).allSatisfy({ tokens[$0].isCap && !tokens[$0].isAllCaps && !tokens[$0].isPossessive }),
            let m = index.match(tokens, at: end, limit: b), !m.hit.demonym, index.entries[m.hit.entry].type == .person
        else { return nil }
        return (m.hit.entry, m.end)
    }

    /// The item is or may turn out to be a person (a table or discovered person, or name words
    /// still to resolve).
    func mayBePerson(_ item: Item) -> Bool {
        switch item.kind {
        case .table(let e, _): return index.entries[e].type == .person
        case .discovered(let type, _, _): return type == .person
        case .single, .pendingRun: return true
        }
    }

    /// Token `k` opens a title of its own: a title head or a rank ("… Kobyakov and Deputy
    /// Chairman of the Cabinet …", "… Federation and Chairman of the Council …"). After "and" it
    /// starts a new span: "X and Title …" joins two phrases, not the words of one name.
    func opensTitle(_ k: Int) -> Bool {
        Lexicon.titleHeads.contains(tokens[k].key) || Lexicon.rankWords.contains(tokens[k].key)
    }

    /// Capitalised "In" at `j` is the last syllable of a name in the span `i..<j` ("When Moon
    /// Jae In was …"): a known family name and one or two romanised syllables right before it,
    /// and no capitalised word after it ("Kim Jong Un In Talks With …" is a headline's case).
    func closesKoreanName(_ i: Int, _ j: Int, _ end: Int) -> Bool {
        guard tokens[j].isCap, !tokens[j].isAllCaps, tokens[j].gap == .space, tokens[j].key == Lexicon.inKey else {
            return false
        }
        if j + 1 < end, tokens[j + 1].gap == .space, tokens[j + 1].isCap { return false }
        return [j - 2, j - 3].contains { s in s >= i && tokens[s].isCap && familyFirst(words(s..<j)) }
    }

    /// Token `j` follows an initial or an abbreviated title and its period: "Dana K. Ruiz",
    /// "G. L. Peiris", "Kh.Battulga", "Md. Touhid Hossain", "Lt. Gen. Mahmoud Freihat". The
    /// capitalised word before has at most two letters (or is a title) and only a period and
    /// spaces stand between.
    func afterInitial(_ j: Int) -> Bool {
        guard j > 0, tokens[j].isCap else { return false }
        let p = tokens[j - 1]
        guard p.isCap, !p.flags.contains(.abbreviation),
            p.letters <= 2 || Lexicon.titleHeads.contains(p.key) || Lexicon.titleModifiers.contains(p.key),
            p.end < tokens[j].start, text[p.end] == 0x2E
        else { return false }
        for b in (p.end + 1)..<tokens[j].start where text[b] != 0x20 { return false }
        return true
    }

    struct Context {
        var role: String?
        var titled = false
        var affiliation: String?
    }

    /// `span` without a capitalised "The" that opens it ("The Senate" at a sentence's start).
    func withoutOpeningThe(_ span: Range<Int>) -> Range<Int> {
        guard let f = span.first, tokens[f].key == Lexicon.the, tokens[f].isCap else { return span }
        return (f + 1)..<span.upperBound
    }

    /// The entity id and type of an alias table hit.
    func entry(_ hit: AliasIndex.Hit) -> AliasEntry { index.entries[hit.entry] }

    mutating func segmentSpan(
        _ span: Range<Int>, sentence si: Int, sentenceStart: Int, headline: Bool, attributive: Bool
    ) {
        if !attributive {
            let name = withoutOpeningThe(span)
            // "the Senate", "the House of Commons": a chamber named alone.
            if isBareChamber(name) {
                addChamber(name, sentence: si, headline: headline)
                return
            }
            // "the Greens", "the Social Democrats": a party named by its members.
            if isPartyPlural(name) {
                addTypedRun(name, type: .organization, sentence: si, headline: headline)
                return
            }
        }
        var ctx = preContext(before: span.lowerBound, sentenceStart: sentenceStart)
        let prep = placePosition(span, sentenceStart: sentenceStart)
        // A run of all-capital words ("BY KIM EUN-BIN", "ZHAO JIA") is a byline or a shout.
        let capsRun =
            span.count >= 2 && tokens[span].allSatisfy { $0.isAllCaps || $0.gap == .hyphen || $0.isLower }
            && tokens[span].filter(\.isAllCaps).count >= 2
        var i = span.lowerBound
        let b = span.upperBound
        func startsSentence(_ k: Int) -> Bool { k == sentenceStart }
        // `cueExtent(i, b)` finds nothing unless a cue word lies in `i..<b`: the last one.
        var lastCueWord = -1
        for k in span where Lexicon.orgCues.contains(tokens[k].key) || Lexicon.placeCues.contains(tokens[k].key) {
            lastCueWord = k
        }
        while i < b {
            let t = tokens[i]
            if t.isLower || t.flags.contains(.digit) {
                // "the Speaker of the Varsadag Per Holm": a body in its own language
                // (Rules/ArticleResolver+NativeBodyNames); the holder's name follows.
                if ctx.titled, !capsRun, let body = nativeBodyAfterTitle(at: i, limit: b) {
                    addCueEntity(body, type: .organization, qualifier: nil, sentence: si, headline: headline)
                    i = body.upperBound
                    continue
                }
                // "Spokesman for the Presidency": the title's complement names no holder.
                if ctx.titled, complementOfTitle(at: i, limit: b) { ctx = Context() }
                // "Archbishop of Norvik Ivo Brandt": the holder after a one-word complement.
                if ctx.titled, let holder = holderAfterOneWordComplement(at: i, limit: b) {
                    i = holder
                    continue
                }
                i += 1
                continue
            }
            if Lexicon.calendar.contains(t.key) {
                i += 1
                continue
            }
            // 1. Organisation / place by cue words.
            if !capsRun && lastCueWord >= i {
                // "Secretary of the Union State Dmitry Mezentsev", "Head of the Presidential
                // Administration of Uzbekistan Saida Mirziyoyeva": a title, "of", the body, then
                // the holder's name. The title is not part of the body's name.
                // ("The Director-General of the …": the article opens no name.)
                let lead = i + 1 < b && Lexicon.stopwords.contains(t.key) && !t.isAllCaps ? i + 1 : i
                if let (bodyStart, role) = titleOf(lead, b) ?? titleForBody(lead, b) ?? modifiedTitleOf(lead, b) {
                    ctx.titled = true
                    if let role { ctx.role = role }
                    i = bodyStart
                    continue
                }
                // "Norvia's Chief of Army Staff", "the Commander-in-Chief of Defence Services":
                // a title, after a country's possessive, that holds the cue words or names a body
                // after it (ArticleResolver+JoinedTitleHeads).
                if let owned = titleAfterOwner(lead, limit: b, lastCue: lastCueWord) {
                    if let owner = owned.owner {
                        items.append(
                            Item(
                                kind: .table(entry: owner, demonym: false), first: lead, end: owned.titleStart,
                                sentence: si, headline: headline))
                        ctx.affiliation = index.entries[owner].id
                    }
                    // "… Chairperson-in-Office and Tarvia's Minister …": no holder after "and".
                    if owned.next < b, tokens[owned.next].isLower, tokens[owned.next].key == Lexicon.and {
                        ctx = Context()
                    } else {
                        ctx.titled = true
                        if let role = owned.role { ctx.role = role }
                    }
                    i = owned.next
                    continue
                }
                switch cueExtent(i, b) {
                case .entity(var end, let type, let qualifier, let qualifierEnd):
                    // "the Tarsk League Council": an organ of a table body is the body
                    // (Rules/ArticleResolver+BodyOrgans).
                    if type == .organization, qualifierEnd == nil, let organ = organParent(i..<end) {
                        if let e = organ.entry {
                            items.append(
                                Item(
                                    kind: .table(entry: e, demonym: false), first: organ.range.lowerBound,
                                    end: organ.range.upperBound, sentence: si, headline: headline))
                        }
                        ctx = Context()
                        i = end
                        continue
                    }
                    var next: Int? = nil
                    // … and the holder's name after the body goes to the title.
                    if ctx.titled, type == .organization, let cut = trailingName(after: i, end) {
                        end = cut
                    } else if type == .organization, let cut = holderWithInitial(after: i, end) {
                        // "… Media Office Lina K. Varga": the office, then its head.
                        end = cut
                        ctx = Context()
                    } else if let cut = holderAfterBody(i, end) {
                        // "… Office of the Premier Mr. Ivo Brandt", "… Cabinet Secretaries Ana
                        // Lind" (ArticleResolver+HolderNames).
                        (end, next) = (cut.bodyEnd, cut.name)
                        ctx.titled = true
                    } else {
                        ctx = Context()
                    }
                    if let q = qualifierEnd {
                        // "China's Foreign Ministry": the country is a mention too.
                        // The country may follow leading stopwords ("Later Japan's Foreign Ministry").
                        var k = i
                        while k < q {
                            if let m = index.match(tokens, at: k, limit: q), m.end == q {
                                // "Vexmoor's Coast Guard Law": a capital owning a body is its
                                // government (ArticleResolver+CapitalLists).
                                let owner =
                                    type == .organization && tokens[q - 1].isPossessive
                                    ? governmentOf(capital: m.hit.entry) : nil
                                items.append(
                                    Item(
                                        kind: .table(entry: owner ?? m.hit.entry, demonym: m.hit.demonym), first: k,
                                        end: m.end, sentence: si, headline: headline))
                                break
                            }
                            k += 1
                        }
                    }
                    let from = qualifierEnd ?? i
                    // "met at Government House": the building (ArticleResolver+VenueHeads).
                    if type == .organization, qualifierEnd == nil, !attributive, venueBody(i..<end, sentence: si) {
                        addTypedRun(i..<end, type: .place, sentence: si, headline: headline)
                    } else if !attributive || end < b {
                        addCueEntity(from..<end, type: type, qualifier: qualifier, sentence: si, headline: headline)
                    }
                    i = next ?? end
                    continue
                case .skip(let to):
                    // "Ivo Kade of the Vexmoor Institute": the name before the body is a person.
                    if let lead = personBeforeBody(i, body: to) {
                        var named = Context()
                        named.titled = true
                        classifyRun(
                            lead, ctx: named, prep: false, sentenceInitial: startsSentence(i), sentence: si,
                            headline: headline, attributive: false)
                    }
                    i = to
                    continue
                case .none:
                    break
                }
            }
            // "North America", "Central Java" (ArticleResolver+CompassPlaces).
            if !capsRun, let end = compassPlace(at: i, limit: b) {
                addTypedRun(i..<end, type: .place, sentence: si, headline: headline)
                ctx = Context()
                i = end
                continue
            }
            // "H.E. Ivo Brandt", "the Rt. Hon. …", "Alhaji …": an honorific titles the name
            // (ArticleResolver+Honorifics).
            if let end = honorificEnd(at: i, limit: b) {
                ctx.titled = true
                i = end
                continue
            }
            // 2. Alias table.
            // "Dr Kingston": a place's name after a form of address is a person's
            // (Rules/ArticleResolver+HonorificPlaces).
            if var m = index.match(tokens, at: i, limit: b), !placeNamesPerson(i, entry: m.hit.entry) {
                // "Sheikh Tamo bin Harun Al-Vesk": a short alias, then the rest of the full name.
                m.end = personMatchEnd(m.end, entry: m.hit.entry, from: i, limit: b)
                // The entry the item names, by index: reading fields of `index.entries[en]` copies
                // no `AliasEntry`.
                var en = m.hit.entry
                var item = Item(
                    kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: i, end: m.end,
                    sentence: si, headline: headline)
                // A country named by its capital ("Washington") is the city after "in"/"at" and
                // in a dateline ("WASHINGTON –"); elsewhere it is the government.
                if index.entries[en].type == .country, !m.hit.demonym,
                    (prep && i == span.lowerBound) || isDateline(i, m.end, sentenceStart: sentenceStart),
                    let p = index.placeReading(tokens, i, m.end)
                {
                    item.kind = .table(entry: p, demonym: false)
                    en = p
                }
                // A capital that speaks or acts is its government: "Moscow said", "Beijing has
                // supported", "Seoul's foreign ministry"; after "in", "to", "from" … it is the city.
                if index.entries[en].type == .place, let country = index.entries[en].affiliation,
                    let c = index.byID[country], index.entries[en].roles.contains(where: { $0.title == "Capital" }),
                    prep
                        ? capitalInGroup(i, m.end, sentenceStart: sentenceStart)
                        : actsAsGovernment(i, m.end, sentenceStart: sentenceStart)
                {
                    item.kind = .table(entry: c, demonym: false)
                    en = c
                }
                // A seat of government is the office it houses unless it is where something
                // happens: "the Kremlin said", "Kremlin spokesman" / "talks at the Kremlin".
                if case .table(let hit, _) = item.kind, let other = index.seats[hit] {
                    let venue = isVenue(i, span: span, prep: prep, sentenceStart: sentenceStart)
                    if venue == (index.entries[en].type != .place) {
                        item.kind = .table(entry: other, demonym: false)
                        en = other
                    }
                }
                if index.entries[en].type == .person {
                    item.role = ctx.role
                    item.titled = ctx.titled
                    item.affiliation = ctx.affiliation
                    appositive(after: m.end - 1, into: &item)
                    ctx = Context()
                } else if index.entries[en].type == .country,
                    preposition(before: i, sentenceStart: sentenceStart) != Lexicon.to
                {
                    // After "to" the country is where a title holder is posted ("Ambassador to
                    // Vietnam"), not the holder's own.
                    ctx.affiliation = index.entries[en].id
                }
                items.append(item)
                i = m.end
                continue
            }
            // "Norvians Ivo Brandt and …": the country, then its people.
            if let e = pluralDemonym(at: i, limit: b) {
                items.append(
                    Item(kind: .table(entry: e, demonym: true), first: i, end: i + 1, sentence: si, headline: headline))
                i += 1
                continue
            }
            // 3. Title.
            if let (end, role) = title(at: i, limit: b) {
                // "the Premier's Media Unit": what the office has, not its holder.
                let owned = ownedByPossessiveTitle(end, limit: b)
                if owned > end {
                    ctx = Context()
                    i = owned
                    continue
                }
                ctx.titled = true
                if let r = role { ctx.role = r }
                i = end
                continue
            }
            // "State Secretaries Ana Vidal and …": a title in the plural (ArticleResolver+HolderNames).
            if let end = pluralTitleEnd(at: i, limit: b) {
                ctx.titled = true
                i = end
                continue
            }
            // "President Per Halvorsen": after a title a stopword may be a given name
            // (Rules/PersonGivenNames).
            if Lexicon.stopwords.contains(t.key) && !t.isAllCaps
                && !(ctx.titled && stopwordOpensTitledName(at: i, limit: b))
            {
                // "New Taipei", "at the State Guest House": a listed place or a venue that opens
                // with such a word.
                if !ctx.titled, !capsRun,
                    let end = gazetteerName(at: i, limit: b) ?? venueHeadRun(at: i, limit: b, sentence: si)
                {
                    addTypedRun(i..<end, type: .place, sentence: si, headline: headline)
                    ctx = Context()
                    i = end
                    continue
                }
                i += 1
                continue
            }
            // "Varsema Speaker Ina Holm": a body in its own language, then its presiding title
            // (Rules/ArticleResolver+NativeBodyNames).
            if !ctx.titled, !capsRun, let end = nativeBodyBeforeTitle(at: i, limit: b) {
                addCueEntity(i..<end, type: .organization, qualifier: nil, sentence: si, headline: headline)
                i = end
                continue
            }
            // 4. A run of name words; before a head that types it ("Vexmoor Governor") a place or body.
            if !ctx.titled, !capsRun, let q = headQualifier(at: i, limit: b) {
                addHeadQualifier(i, q.end, type: q.type, sentence: si, headline: headline)
                i = q.end
                continue
            }
            let end = nameRun(at: i, limit: b)
            if ctx.titled, let m = givenNamesBefore(i, end, limit: b) {
                // "President Matamela Cyril Ramaphosa": the table person's fuller name; but "his
                // wife Rosa Ivo Brandt" is the spouse, who shares the family name.
                let name = personName(i..<m.end)
                var item = Item(
                    kind: followsSpouseWord(i)
                        ? .discovered(type: .person, id: NameTokenizer.slug(name), name: name)
                        : .table(entry: m.entry, demonym: false),
                    first: i, end: m.end, sentence: si, headline: headline)
                item.role = ctx.role
                item.titled = true
                item.affiliation = ctx.affiliation
                appositive(after: m.end - 1, into: &item)
                items.append(item)
                ctx = Context()
                i = m.end
                continue
            }
            // "his wife Lena" after "Ivo Brandt": Lena Brandt.
            if end == i + 1, let name = spouseName(i, sentence: si) {
                var item = Item(
                    kind: .discovered(type: .person, id: NameTokenizer.slug(name), name: name), first: i, end: end,
                    sentence: si, headline: headline)
                item.titled = true
                items.append(item)
                ctx = Context()
                i = end
                continue
            }
            if !capsRun {
                // After "and", a one-word run continues the place list: "in Vexmoor and Ostia".
                let listed = isJoiner(i - 1) && oneWord(at: i, limit: b)
                classifyRun(
                    i..<end, ctx: ctx, prep: prep && (i == span.lowerBound || listed),
                    sentenceInitial: startsSentence(i), sentence: si, headline: headline,
                    attributive: attributive && end == b)
            }
            ctx = Context()
            i = end
        }
    }
}
