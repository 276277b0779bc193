/// Finds and resolves the entity mentions of one article. Pure: safe to run on many articles at
/// once.
///
/// The rules, in the order they apply inside each capitalised sequence of a sentence:
///
/// 1. Organisation and place cue words ("… Academy of Social Sciences", "… State Guesthouse")
///    make the sequence an organisation or a place; "X of the Y" with an organisation Y names Y
///    ("Political Bureau of the Communist Party …"); an organisation made only of generic words
///    ("Foreign Ministry") needs a country ("China's Foreign Ministry" → Chinese Foreign Ministry).
/// 2. Alias table names, aliases and demonyms, longest match first; a demonym or possessive
///    country before a title gives the person after it an affiliation ("Chinese Foreign
///    Minister Wang Yi").
/// 3. Titles ("Vice Foreign Minister", "Premier") are not entities: they type the name after
///    them as a person and give it a role.
/// 4. Other runs of capitalised words are people when a title precedes them, an appositive or a
///    speech verb follows them, or they have the shape of a Korean or Chinese name; places after
///    "in"/"at"; otherwise nothing.
/// 5. A single capitalised word is a back-reference to a person of the article by family name
///    (Korean, Chinese) or last name (others): "Choe", "Premier Li"; two candidates leave it
///    unresolved with a warning. "Full Name (ACR)" teaches an acronym; an unknown acronym is a
///    provisional organisation; "in Gyeongju" is a place.
///
/// In the headline only table names, back-references and names also found in the body count.
public struct Resolver: Sendable {
    public let table: AliasTable
    let index: AliasIndex
    /// `AliasIndex.shortFormKey(of:)` of each table person's name (nil for other entries),
    /// computed once instead of for every mention.
    let shortFormKeys: [UInt64?]

    public init(table: AliasTable) {
        self.table = table
        self.index = AliasIndex(table: table)
        self.shortFormKeys = index.entries.map { $0.type == .person ? AliasIndex.shortFormKey(of: $0.name) : nil }
    }

    /// `meter` counts the name tokens made.
    public func resolve(_ article: Article, sentences: [Sentence], meter: WorkMeter? = nil) -> ResolvedArticle {
        var work = ArticleWork(article: article, sentences: sentences, index: index, shortFormKeys: shortFormKeys)
        let resolved = work.run()
        meter?.count.tokens += work.tokens.count
        return resolved
    }
}

/// One article's resolution state.
struct ArticleWork {
    let article: Article
    let sentences: [Sentence]
    let index: AliasIndex
    let shortFormKeys: [UInt64?]
    let text: [UInt8]
    var tokens: [NameToken] = []
    /// Token range of each sentence.
    var sentenceTokens: [Range<Int>] = []
    var items: [Item] = []

    init(article: Article, sentences: [Sentence], index: AliasIndex, shortFormKeys: [UInt64?]) {
        self.article = article
        self.sentences = sentences
        self.index = index
        self.shortFormKeys = shortFormKeys
        self.text = article.text
    }

    /// What a piece of a sentence turned out to be, before back-references are resolved.
    struct Item {
        enum Kind {
            /// An alias table entry (`demonym`: matched through a demonym).
            case table(entry: Int, demonym: Bool)
            /// A discovered entity with its id and canonical name.
            case discovered(type: EntityType, id: String, name: String)
            /// One capitalised word to resolve later (back-reference, acronym, place).
            case single
            /// Several name words without evidence: a person of the article if one has this id,
            /// else its words are resolved one by one (the `.single` items that follow, which
            /// carry `partOf`).
            case pendingRun(id: String)
        }
        var kind: Kind
        /// Token range.
        var first: Int
        var end: Int
        var sentence: Int
        var headline: Bool
        /// Role title from the context ("Foreign Minister"), if it names an office.
        var role: String?
        /// A title precedes the word (office or not).
        var titled: Bool = false
        var affiliation: String?
        /// Preceded by "in", "at" …
        var placePreposition: Bool = false
        var sentenceInitial: Bool = false
        /// Country qualifying a generic organisation ("China's Foreign Ministry").
        var qualifier: String?
        /// Index of the `.pendingRun` item this word belongs to.
        var partOf: Int?
    }

    // MARK: - Driver

    mutating func run() -> ResolvedArticle {
        tokens.reserveCapacity(text.count / 6 + 16)
        sentenceTokens.reserveCapacity(sentences.count)
        text.withUnsafeBufferPointer { t in
            for s in sentences {
                let lo = tokens.count
                NameTokenizer.tokenize(t, s.range, into: &tokens)
                sentenceTokens.append(lo..<tokens.count)
            }
        }
        for (si, range) in sentenceTokens.enumerated() {
            let headline = sentences[si].block < article.blocks.count && article.blocks[sentences[si].block].kind == .headline
            segmentSentence(si, range, headline: headline)
        }
        return resolveItems()
    }

    // MARK: - Segmentation

    func isNameToken(_ t: NameToken) -> Bool {
        (t.isCap || t.flags.contains(.caseless)) && !Lexicon.calendar.contains(t.key)
    }

    /// Splits a sentence into capitalised spans and segments each.
    mutating func segmentSentence(_ si: Int, _ range: Range<Int>, headline: Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isNameToken(tokens[i]) else { i += 1; continue }
            var j = i + 1
            var attributive = false
            while j < range.upperBound {
                let t = tokens[j]
                if (t.gap == .punct && !afterInitial(j)) || t.gap == .start { break }
                if t.gap == .hyphen && (t.isLower || t.flags.contains(.digit)) {
                    if Lexicon.attributiveSuffixes.contains(t.key) { attributive = true; break }
                    j += 1
                    continue
                }
                // A capitalised function word inside a span ("… Hall To Strengthen …" in a
                // headline, "… Resistance Against …") starts a new span.
                if isNameToken(t) && !(Lexicon.functionWords.contains(t.key) && !t.isAllCaps) { j += 1; continue }
                if isNameToken(t) { break }
                // Connectors: "of", "of the", "for", "for the", "and", name particles.
                if t.isLower && (t.key == Lexicon.of || t.key == Lexicon.forKey || t.key == Lexicon.and
                                 || Lexicon.nameParticles.contains(t.key)) {
                    var k = j + 1
                    if k < range.upperBound, tokens[k].key == Lexicon.the, tokens[k].isLower, tokens[k].gap == .space,
                       t.key == Lexicon.of || t.key == Lexicon.forKey {
                        k += 1
                    }
                    if k < range.upperBound, tokens[k].gap == .space, isNameToken(tokens[k]), !tokens[k].isAllCaps || tokens[k].letters > 1 {
                        j = k
                        continue
                    }
                }
                break
            }
            segmentSpan(i..<j, sentence: si, sentenceStart: range.lowerBound, headline: headline, attributive: attributive)
            i = j
        }
    }

    /// Token `j` follows an initial or an abbreviated title and its period: "Dana K. Ruiz",
    /// "G. L. Peiris", "Kh.Battulga", "Md. Touhid Hossain", "Lt. Gen. Mahmoud Freihat". The
    /// capitalised word before has at most two letters (or is a title) and only a period and
    /// spaces stand between.
    func afterInitial(_ j: Int) -> Bool {
        guard j > 0, tokens[j].isCap else { return false }
        let p = tokens[j - 1]
        guard p.isCap, !p.flags.contains(.abbreviation), p.letters <= 2 || Lexicon.titleHeads.contains(p.key) || Lexicon.titleModifiers.contains(p.key),
              p.end < tokens[j].start, text[p.end] == 0x2E else { return false }
        for b in (p.end + 1)..<tokens[j].start where text[b] != 0x20 { return false }
        return true
    }

    struct Context {
        var role: String?
        var titled = false
        var affiliation: String?
    }

    /// The entity id and type of an alias table hit.
    func entry(_ hit: AliasIndex.Hit) -> AliasEntry { index.entries[hit.entry] }

    mutating func segmentSpan(_ span: Range<Int>, sentence si: Int, sentenceStart: Int, headline: Bool, attributive: Bool) {
        var ctx = preContext(before: span.lowerBound, sentenceStart: sentenceStart)
        let prep = span.lowerBound > sentenceStart && Lexicon.placePrepositions.contains(tokens[span.lowerBound - 1].key)
            && tokens[span.lowerBound - 1].isLower && tokens[span.lowerBound].gap == .space
        // A run of all-capital words ("BY KIM EUN-BIN", "ZHAO JIA") is a byline or a shout.
        let capsRun = span.count >= 2 && tokens[span].allSatisfy { $0.isAllCaps || $0.gap == .hyphen || $0.isLower }
            && tokens[span].filter(\.isAllCaps).count >= 2
        var i = span.lowerBound
        let b = span.upperBound
        func startsSentence(_ k: Int) -> Bool { k == sentenceStart }
        // `cueExtent(i, b)` finds nothing unless a cue word lies in `i..<b`: the last one.
        var lastCueWord = -1
        for k in span where Lexicon.orgCues.contains(tokens[k].key) || Lexicon.placeCues.contains(tokens[k].key) { lastCueWord = k }
        while i < b {
            let t = tokens[i]
            if t.isLower || t.flags.contains(.digit) { i += 1; continue }
            if Lexicon.calendar.contains(t.key) { i += 1; continue }
            // 1. Organisation / place by cue words.
            if !capsRun && lastCueWord >= i {
                // "Secretary of the Union State Dmitry Mezentsev", "Head of the Presidential
                // Administration of Uzbekistan Saida Mirziyoyeva": a title, "of", the body, then
                // the holder's name. The title is not part of the body's name.
                if let (bodyStart, role) = titleOf(i, b) {
                    ctx.titled = true
                    if let role { ctx.role = role }
                    i = bodyStart
                    continue
                }
                switch cueExtent(i, b) {
                case .entity(var end, let type, let qualifier, let qualifierEnd):
                    // … and the holder's name after the body goes to the title.
                    if ctx.titled, type == .organization, let cut = trailingName(after: i, end) {
                        end = cut
                    } else {
                        ctx = Context()
                    }
                    if let q = qualifierEnd {
                        // "China's Foreign Ministry": the country is a mention too.
                        // The country may follow leading stopwords ("Later Japan's Foreign Ministry").
                        var k = i
                        while k < q {
                            if let m = index.match(tokens, at: k, limit: q), m.end == q {
                                items.append(Item(kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: k, end: m.end,
                                                  sentence: si, headline: headline))
                                break
                            }
                            k += 1
                        }
                    }
                    let from = qualifierEnd ?? i
                    if !attributive || end < b {
                        addCueEntity(from..<end, type: type, qualifier: qualifier, sentence: si, headline: headline)
                    }
                    i = end
                    continue
                case .skip(let to):
                    i = to
                    continue
                case .none:
                    break
                }
            }
            // 2. Alias table.
            if let m = index.match(tokens, at: i, limit: b) {
                var e = entry(m.hit)
                var item = Item(kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: i, end: m.end,
                                sentence: si, headline: headline)
                // A country named by its capital ("Washington") is the city after "in"/"at" and
                // in a dateline ("WASHINGTON –"); elsewhere it is the government.
                if e.type == .country, !m.hit.demonym, (prep && i == span.lowerBound) || isDateline(i, m.end, sentenceStart: sentenceStart),
                   let p = index.placeReading(tokens, i, m.end) {
                    item.kind = .table(entry: p, demonym: false)
                    e = index.entries[p]
                }
                // A capital that speaks or acts is its government: "Moscow said", "Beijing has
                // supported", "Seoul's foreign ministry"; after "in", "to", "from" … it is the city.
                if e.type == .place, !prep, let country = e.affiliation, let c = index.byID[country],
                   e.roles.contains(where: { $0.title == "Capital" }), actsAsGovernment(i, m.end, sentenceStart: sentenceStart) {
                    item.kind = .table(entry: c, demonym: false)
                    e = index.entries[c]
                }
                if e.type == .person {
                    item.role = ctx.role
                    item.titled = ctx.titled
                    item.affiliation = ctx.affiliation
                    appositive(after: m.end - 1, into: &item)
                    ctx = Context()
                } else if e.type == .country {
                    ctx.affiliation = e.id
                }
                items.append(item)
                i = m.end
                continue
            }
            // 3. Title.
            if let (end, role) = title(at: i, limit: b) {
                ctx.titled = true
                if let r = role { ctx.role = r }
                i = end
                continue
            }
            if Lexicon.stopwords.contains(t.key) && !t.isAllCaps { i += 1; continue }
            // 4. A run of name words.
            let end = nameRun(at: i, limit: b)
            if !capsRun {
                classifyRun(i..<end, ctx: ctx, prep: prep && i == span.lowerBound, sentenceInitial: startsSentence(i),
                            sentence: si, headline: headline, attributive: attributive && end == b)
            }
            ctx = Context()
            i = end
        }
    }

    /// A title phrase (modifiers then a head) that ends right before `k`, in lowercase
    /// ("leader Kim", "spokesman Guo"), and a country item right before it.
    func preContext(before k: Int, sentenceStart: Int) -> Context {
        var ctx = Context()
        var j = k - 1
        guard j >= sentenceStart, tokens[k].gap == .space, tokens[j].isLower, Lexicon.titleHeads.contains(tokens[j].key) else {
            return ctx
        }
        let headKey = tokens[j].key
        var start = j
        while j - 1 >= sentenceStart, tokens[j].gap == .space, tokens[j - 1].isLower,
              Lexicon.titleModifiers.contains(tokens[j - 1].key) || Lexicon.titleHeads.contains(tokens[j - 1].key) {
            j -= 1
            start = j
        }
        ctx.titled = true
        if Lexicon.officeHeads.contains(headKey) {
            ctx.role = roleText(start..<k)
        }
        // A country right before the title: "North Korean leader Kim", "China's top diplomat Wang".
        if start - 1 >= sentenceStart, tokens[start].gap == .space, let last = items.last, last.end == start,
           case .table(let e, _) = last.kind, index.entries[e].type == .country {
            ctx.affiliation = index.entries[e].id
        }
        return ctx
    }

    /// Title-cased role text of a title phrase ("vice foreign minister" → "Vice Foreign Minister",
    /// "FM" → "Foreign Minister").
    func roleText(_ r: Range<Int>) -> String {
        var words: [String] = []
        for k in r {
            let w = NameTokenizer.normalized(text, tokens[k])
            switch w {
            case "fm": words += ["Foreign", "Minister"]
            case "pm": words += ["Prime", "Minister"]
            case "of", "for", "the": words.append(w)
            default: words.append(w.prefix(1).uppercased() + w.dropFirst())
            }
        }
        return words.joined(separator: " ")
    }

    /// A capitalised title inside a span: modifiers then a head; returns its end and the role.
    func title(at i: Int, limit: Int) -> (Int, String?)? {
        var j = i
        var lastHead: Int? = nil
        while j < limit {
            let k = tokens[j].key
            if j > i && tokens[j].gap != .space { break }
            if Lexicon.titleHeads.contains(k) { lastHead = j; j += 1; continue }
            if Lexicon.titleModifiers.contains(k) { j += 1; continue }
            break
        }
        guard let h = lastHead else { return nil }
        let end = titleComplementEnd(after: h, limit: limit)
        let role = Lexicon.officeHeads.contains(tokens[h].key) ? roleText(i..<end) : nil
        return (end, role)
    }

    /// The end of an "of" / "for" complement of a title head made only of portfolio words:
    /// "Minister *of Foreign Affairs*", "Secretary *of State*", "Vice Minister *for Foreign
    /// Affairs*". Returns `h + 1` when there is none ("President of the Republic of …" names a
    /// country, not a portfolio).
    func titleComplementEnd(after h: Int, limit: Int) -> Int {
        var k = h + 1
        guard k < limit, tokens[k].isLower, tokens[k].gap == .space,
              tokens[k].key == Lexicon.of || tokens[k].key == Lexicon.forKey else { return h + 1 }
        k += 1
        if k < limit, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        let first = k
        while k < limit, tokens[k].isCap, !tokens[k].isAllCaps, tokens[k].gap == .space,
              Lexicon.titleModifiers.contains(tokens[k].key) || Lexicon.genericOrgWords.contains(tokens[k].key) {
            k += 1
        }
        guard k > first else { return h + 1 }
        // "Minister of State Security Bureau …": a cue word after it makes it an organisation.
        if k < limit, Lexicon.orgCues.contains(tokens[k].key) || Lexicon.placeCues.contains(tokens[k].key) { return h + 1 }
        return k
    }

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
           tokens[m.end - 1].isPossessive, m.end < b {
            qualifier = index.entries[m.hit.entry].id
            qualifierEnd = m.end
            j = m.end
        }
        let orgStart = j
        var sawOfAfterCue = false
        while j < b {
            let t = tokens[j]
            if t.isLower {
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
                if e.type == .person { stop = j; break }
                j = m.end
                continue
            }
            if Lexicon.eventWords.contains(t.key) { return .none }
            // "Chief Cabinet Secretary", "Party Secretary": a cue word that is only a modifier of
            // a title head, with title modifiers before it, is part of the title.
            if Lexicon.orgCues.contains(t.key), j + 1 < b, tokens[j + 1].isCap, tokens[j + 1].gap == .space,
               Lexicon.titleHeads.contains(tokens[j + 1].key),
               (orgStart...j).allSatisfy({ Lexicon.titleModifiers.contains(tokens[$0].key) && tokens[$0].isCap }) {
                return .none
            }
            if Lexicon.orgCues.contains(t.key) { lastCue = (j, .organization); sawOfAfterCue = false }
            // A place cue right after a title head is a name: "President Park Geun-hye".
            else if Lexicon.placeCues.contains(t.key), !(j > 0 && t.gap == .space && tokens[j - 1].isCap
                                                           && Lexicon.titleHeads.contains(tokens[j - 1].key)) {
                lastCue = (j, .place); sawOfAfterCue = false
            }
            else if Lexicon.titleHeads.contains(t.key), lastCue != nil { stop = j; break }
            if t.isPossessive, lastCue != nil, lastCue!.index == j { j += 1; stop = j; break }
            j += 1
        }
        if j >= b { stop = min(stop, b) }
        guard let cue = lastCue else { return .none }
        // The extent runs to the stop point when what follows the last cue is an "of …"
        // complement or more name words, else to the cue.
        var end = stop
        while end > cue.index + 1 && tokens[end - 1].isLower { end -= 1 }
        if end > cue.index + 1 {
            let next = tokens[cue.index + 1]
            if !(next.isLower && (next.key == Lexicon.of || next.key == Lexicon.forKey || next.key == Lexicon.and)) && !isNameToken(next) {
                end = cue.index + 1
            }
        }
        // Strip leading stopwords ("The Yonhap News Agency").
        var start = orgStart
        while start < cue.index, Lexicon.stopwords.contains(tokens[start].key) || tokens[start].isLower { start += 1 }
        if start != orgStart && qualifierEnd == nil {
            return start < end ? cueExtentShifted(start, end, cue.type, qualifier) : .none
        }
        return .entity(end: end, type: cue.type, qualifier: qualifier, qualifierEnd: qualifierEnd)
    }

    private func cueExtentShifted(_ start: Int, _ end: Int, _ type: EntityType, _ qualifier: String?) -> CueResult {
        // Re-run from the first real word so the extent starts there.
        switch cueExtent(start, end) {
        case .entity(let e, let ty, let q, let qe): return .entity(end: e, type: ty, qualifier: q ?? qualifier, qualifierEnd: qe ?? start)
        default: return .skip(to: end)
        }
    }

    /// Where the body starts in "Title of [the] Body …" at `i` ("Secretary of the Union State"),
    /// with the title's role, when the title's complement is not a portfolio ("Secretary of
    /// State" is one title) and a cue word or table organisation follows; nil otherwise.
    func titleOf(_ i: Int, _ b: Int) -> (bodyStart: Int, role: String?)? {
        guard let (end, role) = title(at: i, limit: b), end < b, tokens[end].isLower, tokens[end].key == Lexicon.of else { return nil }
        var k = end + 1
        if k < b, tokens[k].isLower, tokens[k].key == Lexicon.the { k += 1 }
        guard k < b, hasCueOrTableOrg(k, b) else { return nil }
        return (k, role)
    }

    /// The start of a person's name that closes an organisation's extent `i..<end` after a title
    /// ("… of Uzbekistan Saida Mirziyoyeva", "… Union State Dmitry Mezentsev"): two or three
    /// capitalised words at the end that are no cue, generic or title word and no table entry,
    /// after a cue word or a table entity. Nil when there is none.
    func trailingName(after i: Int, _ end: Int) -> Int? {
        func nameWord(_ t: NameToken) -> Bool {
            t.isCap && !t.isAllCaps && (t.gap == .space || t.gap == .hyphen) && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.placeCues.contains(t.key) && !Lexicon.genericOrgWords.contains(t.key)
                && !Lexicon.titleModifiers.contains(t.key) && !Lexicon.titleHeads.contains(t.key) && !Lexicon.stopwords.contains(t.key)
        }
        for n in 2...3 {
            let k = end - n
            guard k > i, (k..<end).allSatisfy({ nameWord(tokens[$0]) }) else { continue }
            // No table entry among the name words ("… of the Russian Federation").
            if (k..<end).contains(where: { index.match(tokens, at: $0, limit: end) != nil }) { continue }
            // What precedes the name ends the body: a cue, generic or title word, or a table entry.
            let prev = tokens[k - 1]
            if Lexicon.orgCues.contains(prev.key) || Lexicon.genericOrgWords.contains(prev.key) || Lexicon.titleModifiers.contains(prev.key) {
                return k
            }
            if (i..<k).contains(where: { index.match(tokens, at: $0, limit: k)?.end == k }) { return k }
        }
        return nil
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
    mutating func addCueEntity(_ r: Range<Int>, type: EntityType, qualifier: String?, sentence si: Int, headline: Bool) {
        guard !r.isEmpty else { return }
        if let m = index.match(tokens, at: r.lowerBound, limit: r.upperBound), m.end == r.upperBound {
            items.append(Item(kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: r.lowerBound, end: r.upperBound,
                              sentence: si, headline: headline))
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
                } else { specific = true }
                k = m.end
                continue
            }
            let t = tokens[k]
            if !t.isLower && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.orgCues.contains(t.key)
                && !Lexicon.placeCues.contains(t.key) && !Lexicon.stopwords.contains(t.key) {
                specific = true
            }
            k += 1
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
        if let e = index.byID[id] {
            items.append(Item(kind: .table(entry: e, demonym: false), first: r.lowerBound, end: r.upperBound, sentence: si,
                              headline: headline))
            return
        }
        var item = Item(kind: .discovered(type: type, id: id, name: name), first: r.lowerBound, end: r.upperBound,
                        sentence: si, headline: headline)
        item.qualifier = qualifier
        items.append(item)
    }

    /// The end of a run of name words starting at `i`.
    func nameRun(at i: Int, limit b: Int) -> Int {
        var j = i + 1
        while j < b {
            let t = tokens[j]
            if tokens[j - 1].isPossessive { break }
            if t.gap == .glued { break }
            if t.gap == .hyphen && (t.isLower || t.flags.contains(.digit)) { j += 1; continue }
            if t.isLower {
                if Lexicon.nameParticles.contains(t.key), j + 1 < b, isNameToken(tokens[j + 1]) { j += 2; continue }
                break
            }
            guard isNameToken(t) else { break }
            if index.match(tokens, at: j, limit: b) != nil { break }
            if title(at: j, limit: b) != nil && Lexicon.officeHeads.contains(t.key) { break }
            j += 1
        }
        return j
    }

    /// Word starts of a run: tokens that are not hyphen continuations or particles.
    func words(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            var e = k + 1
            while e < r.upperBound, tokens[e].gap == .hyphen, tokens[e].isLower || tokens[e].flags.contains(.digit) { e += 1 }
            if !(tokens[k].isLower) { out.append(k..<e) }
            k = e
        }
        return out
    }

    mutating func classifyRun(_ r: Range<Int>, ctx: Context, prep: Bool, sentenceInitial: Bool, sentence si: Int,
                              headline: Bool, attributive: Bool) {
        let ws = words(r)
        guard !ws.isEmpty else { return }
        func singles() {
            var owner: Int? = nil
            if ws.count >= 2 && ws.count <= 4 && !tokens[r].contains(where: { $0.isAllCaps }) {
                owner = items.count
                items.append(Item(kind: .pendingRun(id: NameTokenizer.slug(personName(r))), first: r.lowerBound,
                                  end: r.upperBound, sentence: si, headline: headline))
            }
            for (n, w) in ws.enumerated() {
                var item = Item(kind: .single, first: w.lowerBound, end: w.upperBound, sentence: si, headline: headline)
                item.sentenceInitial = sentenceInitial && n == 0
                item.placePreposition = prep && n == 0 && ws.count == 1
                if ws.count == 1 {
                    item.role = ctx.role
                    item.titled = ctx.titled
                    item.affiliation = ctx.affiliation
                }
                item.end = w.upperBound
                item.partOf = owner
                // Only the first token of a hyphenated word can be a back-reference.
                if w.count > 1 && !(tokens[w.lowerBound + 1].flags.contains(.digit)) { continue }
                items.append(item)
            }
        }
        if ws.count == 1 || attributive || ws.count > 4 || tokens[r].contains(where: { $0.flags.contains(.caseless) }) {
            if !attributive { singles() }
            return
        }
        if tokens[r].contains(where: { Lexicon.eventWords.contains($0.key) }) { singles(); return }
        var person = ctx.titled
        var item = Item(kind: .single, first: r.lowerBound, end: r.upperBound, sentence: si, headline: headline)
        item.role = ctx.role
        item.titled = ctx.titled
        item.affiliation = ctx.affiliation
        if appositive(after: r.upperBound - 1, into: &item) { person = true }
        if !person, namedAfterTitle(r, into: &item) { person = true }
        if !person, coordinatedWithPerson(r) { person = true }
        if !person, r.upperBound < tokens.count, tokens[r.upperBound].gap == .space, tokens[r.upperBound].isLower,
           Lexicon.speechVerbs.contains(tokens[r.upperBound].key), !tokens[r.upperBound - 1].isPossessive {
            person = true
        }
        var place = false
        if !person && prep { place = true }
        if !person && !place && familyShape(ws) { person = true }
        // A run that starts with a stopword (sentence-initial "The …") is not a name.
        if Lexicon.stopwords.contains(tokens[r.lowerBound].key) { person = false; place = false }
        guard person || place else { singles(); return }
        if person {
            let name = personName(r)
            let id = NameTokenizer.slug(name)
            if let e = index.byID[id] {
                item.kind = .table(entry: e, demonym: false)
            } else {
                item.kind = .discovered(type: .person, id: id, name: name)
            }
        } else {
            let name = surface(r)
            let id = NameTokenizer.slug(name)
            if let e = index.byID[id] { item.kind = .table(entry: e, demonym: false) }
            else { item.kind = .discovered(type: .place, id: id, name: name) }
        }
        items.append(item)
    }

    /// "Kim Jong-un", "Sun Weidong": a known family name, then romanised syllables; the family
    /// name is followed by a space, not a hyphen ("Kim-Xi" is two people).
    func familyShape(_ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 3 else { return false }
        guard tokens[ws[0].lowerBound].isCap, !tokens[ws[0].lowerBound].isAllCaps, ws[0].count == 1 else { return false }
        guard tokens[ws[1].lowerBound].gap == .space else { return false }
        return familyFirst(ws)
    }

    /// `AliasIndex.familyFirst` of the words' normalised forms, with its first test (a known
    /// family name first) made on the first token's key before any string is built: the key of
    /// a token is the key of its normalised form.
    func familyFirst(_ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 4, Lexicon.familyFirst.contains(tokens[ws[0].lowerBound].key) else { return false }
        // The other words' hyphen-separated parts are their tokens' normalised forms: each
        // must be romanised syllables.
        var part: [UInt8] = []
        part.reserveCapacity(16)
        for w in ws.dropFirst() {
            for k in w {
                part.removeAll(keepingCapacity: true)
                NameTokenizer.appendNormalized(text, tokens[k], to: &part)
                if !part.withUnsafeBufferPointer({ Lexicon.isSyllabic($0) }) { return false }
            }
        }
        return true
    }

    /// A name set off by commas after a title: "Norvia's top diplomat, Arvo Lindqvist, said",
    /// "met Palau's President, Surangel Whipps." The run must close at a comma, a period, a
    /// semicolon, a bracket or the end of the line ("the minister, Human Rights Watch reported"
    /// names no one). The title gives the role when it names an office.
    @discardableResult
    func namedAfterTitle(_ r: Range<Int>, into item: inout Item) -> Bool {
        let first = r.lowerBound, last = r.upperBound - 1
        guard first > 0, tokens[first].gap == .punct, Lexicon.titleHeads.contains(tokens[first - 1].key),
              commaBefore(first) else { return false }
        var p = tokens[last].end
        while p < text.count, text[p] == 0x20 { p += 1 }
        guard p == text.count || [0x2C, 0x2E, 0x3B, 0x29, 0x0A].contains(text[p]) else { return false }
        item.titled = true
        if item.role == nil, Lexicon.officeHeads.contains(tokens[first - 1].key) {
            var s = first - 1
            while s - 1 >= 0, tokens[s].gap == .space, Lexicon.titleModifiers.contains(tokens[s - 1].key) { s -= 1 }
            item.role = roleText(s..<first)
        }
        return true
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
    func coordinatedWithPerson(_ r: Range<Int>) -> Bool {
        let first = r.lowerBound
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
        var prev = items.count - 1
        // "… of Canada and": a country item after the person, joined by "of" or in brackets.
        if case .table(let e, _) = items[prev].kind, index.entries[e].type == .country, prev > 0 {
            let between = items[prev - 1].end..<items[prev].first
            let joined = between.count == 1 && tokens[between.lowerBound].isLower && tokens[between.lowerBound].key == Lexicon.of
            guard joined || between.isEmpty else { return false }
            prev -= 1
        }
        let p = items[prev]
        guard p.sentence == items[items.count - 1].sentence, p.end <= k else { return false }
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
                || Lexicon.orgCues.contains(key) || Lexicon.placeCues.contains(key) || Lexicon.genericOrgWords.contains(key)
                || Lexicon.speechVerbs.contains(key) || Lexicon.stopwords.contains(key) || Lexicon.eventWords.contains(key) {
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
            if text[p] == 0x2C { sawComma = true } else if text[p] == 0x2E || text[p] == 0x3B || text[p] == 0x3A { return false }
        }
        guard sawComma else { return false }
        var k = k0
        var country: String? = nil
        var found = false
        var role: String? = nil
        let limit = min(tokens.count, k0 + 10)
        while k < limit {
            if k > k0 && tokens[k].gap == .punct { break }
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

    /// Display name of a discovered person: words title-cased, hyphenated lowercase syllables
    /// as words ("Pak Myong-ho" → "Pak Myong Ho").
    func personName(_ r: Range<Int>) -> String {
        var words: [String] = []
        for k in r {
            let t = tokens[k]
            var s = String(decoding: text[t.start..<t.end], as: UTF8.self)
            if t.isAllCaps { s = s.prefix(1) + s.dropFirst().lowercased() }
            if t.isLower && t.gap == .hyphen { s = s.prefix(1).uppercased() + s.dropFirst() }
            if t.isLower && Lexicon.nameParticles.contains(t.key) { words.append(s); continue }
            if k + 1 < r.upperBound, afterInitial(k + 1) { s += "." }  // "Dana K. Ruiz"
            words.append(s)
        }
        return words.joined(separator: " ")
    }

    /// The text of a token range with runs of white space collapsed.
    func surface(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let raw = text[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end]
        var out: [UInt8] = []
        var space = false
        for b in raw {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = true
            } else {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Resolution

    mutating func resolveItems() -> ResolvedArticle {
        var out = ResolvedArticle(article: article, sentences: sentences)
        var local: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []

        // Discovered entities of the body (the headline accepts only those).
        var bodyIDs = Set<String>()
        for n in items.indices where !items[n].headline {
            if case .discovered(_, let id, _) = items[n].kind { bodyIDs.insert(id) }
        }
        // Short forms of the article's people.
        var shortForms: [UInt64: [String: String]] = [:]  // key -> id -> name
        for n in items.indices {
            switch items[n].kind {
            case .table(let e, _) where index.entries[e].type == .person:
                if let k = shortFormKeys[e] {
                    shortForms[k, default: [:]][index.entries[e].id] = index.entries[e].name
                }
            case .discovered(.person, let id, let name) where !items[n].headline || bodyIDs.contains(id):
                let ws = words(items[n].first..<items[n].end)
                let key: UInt64 = familyFirst(ws) && tokens[ws[1].lowerBound].gap == .space
                    ? tokens[ws[0].lowerBound].key : tokens[ws[ws.count - 1].lowerBound].key
                shortForms[key, default: [:]][id] = name
            default: break
            }
        }
        // One-word names after an office ("Indonesian Foreign Minister Sugiono"), unless the word
        // is a family name or the short form of someone else.
        for n in items.indices where items[n].role != nil && !items[n].headline && items[n].end == items[n].first + 1 {
            guard case .single = items[n].kind else { continue }
            let t = tokens[items[n].first]
            guard t.isCap, !t.isAllCaps, t.letters >= 3, !Lexicon.familyFirst.contains(t.key), !Lexicon.stopwords.contains(t.key),
                  shortForms[t.key] == nil, (index.shortForms[t.key] ?? []).isEmpty else { continue }
            let name = surface(items[n].first..<items[n].end)
            shortForms[t.key] = [NameTokenizer.slug(name): name]
        }
        // Acronyms defined here: "Full Name (ACR)".
        var acronyms: [UInt64: (id: Int?, discovered: (EntityType, String, String)?)] = [:]
        var acronymNames: [String: String] = [:]
        for n in items.indices where n > 0 {
            guard case .single = items[n].kind, tokens[items[n].first].isAllCaps, items[n].end == items[n].first + 1 else { continue }
            let prev = items[n - 1]
            guard prev.sentence == items[n].sentence, prev.end == items[n].first, isParenthesised(items[n].first) else { continue }
            switch prev.kind {
            case .table(let e, false) where index.entries[e].type != .person:
                acronyms[tokens[items[n].first].key] = (e, nil)
                acronymNames[surface(items[n].first..<items[n].end)] = index.entries[e].id
            case .discovered(let type, let id, let name) where type != .person:
                acronyms[tokens[items[n].first].key] = (nil, (type, id, name))
                acronymNames[surface(items[n].first..<items[n].end)] = id
            default: break
            }
        }
        out.acronyms = acronymNames

        var warned = Set<String>()
        func add(_ id: String, type: EntityType, name: String, known: Bool, entry: Int?, item n: Int,
                 range: Range<Int>, out: inout ResolvedArticle) {
            let idx: Int
            if let i = local[id] { idx = i } else {
                idx = out.entities.count
                local[id] = idx
                var e = LocalEntity(id: id, type: type, name: name, known: known)
                if let en = entry {
                    e.affiliation = index.entries[en].affiliation
                    // Only people's roles are reported (a capital's "Capital" is for the resolver).
                    if type == .person { e.roles = index.entries[en].roles.map(\.title) }
                    e.externalID = index.entries[en].externalID
                }
                out.entities.append(e)
            }
            let spelling = String(decoding: text[range], as: UTF8.self)
            out.entities[idx].spellings[spelling, default: 0] += 1
            if type == .person {
                if out.entities[idx].affiliation == nil, let a = items[n].affiliation, a != id { out.entities[idx].affiliation = a }
                if let r = items[n].role, !out.entities[idx].roles.contains(where: { $0.lowercased() == r.lowercased() }) {
                    out.entities[idx].roles.append(r)
                }
            }
            out.mentions.append(Mention(entity: idx, range: range, sentence: items[n].sentence))
        }

        var articlePeople: [String: (EntityType, String, Int?)] = [:]
        for n in items.indices {
            switch items[n].kind {
            case .table(let e, _) where index.entries[e].type == .person:
                articlePeople[index.entries[e].id] = (.person, index.entries[e].name, e)
            case .discovered(.person, let id, let name) where !items[n].headline || bodyIDs.contains(id):
                articlePeople[id] = (.person, name, nil)
            default: break
            }
        }
        // Where each person of the article is first named in full in the body.
        var firstFull: [String: Int] = [:]
        for n in items.indices where !items[n].headline {
            var id: String? = nil
            switch items[n].kind {
            case .table(let e, _) where index.entries[e].type == .person: id = index.entries[e].id
            case .discovered(.person, let d, _): id = d
            case .pendingRun(let d) where articlePeople[d] != nil: id = d
            default: break
            }
            if let id, firstFull[id] == nil { firstFull[id] = n }
        }
        var resolvedRuns = Set<Int>()
        for n in items.indices {
            let range = tokens[items[n].first].start..<tokens[items[n].end - 1].end
            if let owner = items[n].partOf, resolvedRuns.contains(owner) { continue }
            switch items[n].kind {
            case .pendingRun(let id):
                // "Bui Thanh Son also met …": the full name of a person found elsewhere.
                if let p = articlePeople[id] {
                    resolvedRuns.insert(n)
                    if let e = p.2 {
                        add(index.entries[e].id, type: .person, name: index.entries[e].name, known: true, entry: e, item: n, range: range, out: &out)
                    } else {
                        add(id, type: .person, name: p.1, known: false, entry: nil, item: n, range: range, out: &out)
                    }
                }
            case .table(let e, _):
                add(index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name, known: true, entry: e, item: n, range: range, out: &out)
            case .discovered(let type, let id, let name):
                if items[n].headline && !bodyIDs.contains(id) { continue }
                add(id, type: type, name: name, known: false, entry: nil, item: n, range: range, out: &out)
            case .single:
                let t = tokens[items[n].first]
                let single = tokens[items[n].first].start..<tokens[items[n].first].end
                if t.isAllCaps {
                    if let a = acronyms[t.key] {
                        if let e = a.id {
                            add(index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name, known: true, entry: e, item: n, range: single, out: &out)
                        } else if let d = a.discovered {
                            add(d.1, type: d.0, name: d.2, known: false, entry: nil, item: n, range: single, out: &out)
                        }
                        continue
                    }
                    if isAcronymCandidate(items[n].first) {
                        let name = surface(items[n].first..<(items[n].first + 1))
                        add(NameTokenizer.slug(name), type: .organization, name: name, known: false, entry: nil, item: n,
                            range: single, out: &out)
                    }
                    continue
                }
                guard t.isCap else { continue }
                if var people = shortForms[t.key] {
                    // Several people share the name: a back-reference points to someone already
                    // introduced, so when only one of them has been named in full so far, it is them.
                    if people.count > 1 {
                        let introduced = people.filter { (firstFull[$0.key] ?? .max) < n }
                        if introduced.count == 1 { people = introduced }
                    }
                    if people.count == 1, let (id, name) = people.first {
                        if let e = index.byID[id] {
                            add(index.entries[e].id, type: .person, name: index.entries[e].name, known: true, entry: e, item: n, range: single, out: &out)
                        } else {
                            add(id, type: .person, name: name, known: false, entry: nil, item: n, range: single, out: &out)
                        }
                    } else {
                        let spelling = String(decoding: text[single], as: UTF8.self)
                        if warned.insert(spelling).inserted {
                            let names = people.values.sorted().joined(separator: ", ")
                            diagnostics.append(Diagnostic(file: article.source, severity: .warning,
                                                          message: "\"\(spelling)\" is ambiguous (\(names)); left unresolved"))
                        }
                    }
                    continue
                }
                // "President Xi" with no full name in the article: the table's only Xi. Untitled
                // ("Putin said", "a call with Putin"), too, unless the word opens the sentence,
                // where a capital says nothing ("Young voters …").
                if items[n].titled || (!items[n].sentenceInitial && !Lexicon.stopwords.contains(t.key) && t.letters >= 3
                                       && !inLongerName(t.key)),
                   let candidates = index.shortForms[t.key], candidates.count == 1 {
                    let c = candidates[0]
                    add(index.entries[c].id, type: .person, name: index.entries[c].name, known: true, entry: c, item: n,
                        range: single, out: &out)
                    continue
                }
                if items[n].placePreposition && !items[n].sentenceInitial && !items[n].headline && !items[n].titled
                    && !Lexicon.stopwords.contains(t.key) && t.letters >= 3 {
                    let name = surface(items[n].first..<items[n].end)
                    let id = NameTokenizer.slug(name)
                    if let e = index.byID[id] {
                        add(index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name, known: true, entry: e, item: n, range: range, out: &out)
                    } else {
                        add(id, type: .place, name: name, known: false, entry: nil, item: n, range: range, out: &out)
                    }
                }
            }
        }
        out.mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        out.diagnostics = diagnostics
        return out
    }

    /// True when the word `key` stands somewhere in the article next to another name word, as
    /// in "Anand Kumar" or "Laura K. Harris": then "Anand" or "Harris" alone refers to that
    /// person, not to a table person who happens to share the word. A scan of the article's
    /// tokens for that key (rarely asked: untitled one-word table short forms only).
    func inLongerName(_ key: UInt64) -> Bool {
        func nameWord(_ t: NameToken) -> Bool {
            t.isCap && !Lexicon.stopwords.contains(t.key) && !Lexicon.titleHeads.contains(t.key)
                && !Lexicon.titleModifiers.contains(t.key) && !Lexicon.calendar.contains(t.key)
        }
        for k in tokens.indices where tokens[k].key == key && tokens[k].isCap {
            if k > 0, tokens[k].gap == .space || tokens[k].gap == .hyphen, nameWord(tokens[k - 1]), nameWord(tokens[k]) { return true }
            if k + 1 < tokens.count, tokens[k + 1].gap == .space || tokens[k + 1].gap == .hyphen, nameWord(tokens[k + 1]), nameWord(tokens[k]) {
                return true
            }
        }
        return false
    }

    /// A capital's name at `i..<end` used for its government: possessive ("Beijing's military
    /// activities", not "Moscow's streets"), or followed by a verb of saying or acting, an
    /// auxiliary or a modal ("Moscow has demanded", "Tokyo will consider", "Seoul said"). Not
    /// after a preposition of place or motion (the caller's `prep`, and "to", "from", "for",
    /// "between" … here).
    func actsAsGovernment(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        if i > sentenceStart, tokens[i - 1].isLower, Lexicon.motionPrepositions.contains(tokens[i - 1].key) { return false }
        let last = tokens[end - 1]
        if last.isPossessive {
            guard end < tokens.count, tokens[end].isLower else { return true }
            return !Lexicon.cityNouns.contains(tokens[end].key)
        }
        guard end < tokens.count, tokens[end].gap == .space, tokens[end].isLower else { return false }
        let k = tokens[end].key
        return Lexicon.speechVerbs.contains(k) || Lexicon.governmentVerbs.contains(k)
    }

    /// "WASHINGTON –", "DAVOS, Switzerland –": all-capital words opening a sentence, followed
    /// by a dash (after an optional ", Region").
    func isDateline(_ i: Int, _ end: Int, sentenceStart: Int) -> Bool {
        guard i == sentenceStart, (i..<end).allSatisfy({ tokens[$0].isAllCaps }) else { return false }
        var p = tokens[end - 1].end
        var commas = 0
        while p < text.count {
            let c = text[p]
            if c == 0x20 { p += 1; continue }
            if c == 0x2D { return true }
            if c == 0xE2, p + 2 < text.count, text[p + 1] == 0x80, (0x93...0x95).contains(text[p + 2]) { return true }
            if c == 0x2C, commas == 0 {
                // ", Switzerland –"
                commas += 1
                p += 1
                while p < text.count, text[p] == 0x20 { p += 1 }
                while p < text.count, (text[p] >= 0x41 && text[p] <= 0x5A) || (text[p] >= 0x61 && text[p] <= 0x7A) || text[p] == 0x2E || text[p] == 0x20 && p + 1 < text.count && text[p + 1] != 0x2D && text[p + 1] != 0xE2 { p += 1 }
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

    /// An unknown all-capital word that looks like an organisation's acronym: 3–6 letters, not a
    /// common abbreviation, not part of an all-capital run (a byline or a shouted headline).
    func isAcronymCandidate(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isAllCaps, !t.flags.contains(.abbreviation), (3...6).contains(Int(t.letters)),
              t.end - t.start == Int(t.letters), !Lexicon.notAcronyms.contains(t.key) else { return false }
        if k > 0, tokens[k - 1].isAllCaps, tokens[k].gap == .space { return false }
        if k + 1 < tokens.count, tokens[k + 1].isAllCaps, tokens[k + 1].gap == .space { return false }
        return true
    }
}
