/// Resolution: items to entities and mentions, with back-references by family or last name,
/// acronyms and the headline rule (rule 5 of `Resolver`).
extension ArticleResolver {
    mutating func resolveItems() -> ResolvedArticle {
        attachBareChambers()
        var out = ResolvedArticle(article: article, sentences: sentences)
        out.mentions.reserveCapacity(items.count)
        var local: [String: Int] = [:]
        local.reserveCapacity(items.count / 2)
        var diagnostics: [Diagnostic] = []

        // Discovered entities of the body (the headline accepts only those).
        var bodyIDs = Set<String>()
        for n in items.indices where !items[n].headline {
            if case .discovered(_, let id, _) = items[n].kind { bodyIDs.insert(id) }
        }
        // "Díaz-Canel" after "Miguel Díaz-Canel": a discovered name that ends one longer name of
        // the article is that person.
        let variantOwner = PersonVariants.owners(
            ofTrailingParts: items.indices.compactMap { n -> String? in
                if case .discovered(.person, let id, _) = items[n].kind, !items[n].headline || bodyIDs.contains(id) {
                    return id
                }
                return nil
            },
            among: items.indices.compactMap { n -> String? in
                switch items[n].kind {
                case .table(let e, _) where index.entries[e].type == .person: return index.entries[e].id
                case .discovered(.person, let id, _): return id
                default: return nil
                }
            })
        // Short forms of the article's people, and the given names of those named with the
        // family name last.
        var shortForms: [UInt64: [String: String]] = [:]  // key -> id -> name
        var givenNames: [UInt64: [String: String]] = [:]
        // The table people the article names (in full or by an alias), for a word that several
        // table people share ("Faisal" after "Faisal bin Farhan Al Saud").
        var namedTablePeople = Set<Int>()
        for n in items.indices {
            switch items[n].kind {
            case .table(let e, _) where index.entries[e].type == .person:
                namedTablePeople.insert(e)
                if let k = index.shortFormKeys[e] {
                    shortForms[k, default: [:]][index.entries[e].id] = index.entries[e].name
                }
                // "Prince Faisal" after "Faisal bin Farhan Al Saud": the given name too.
                if let g = index.givenNameKeys[e] {
                    givenNames[g, default: [:]][index.entries[e].id] = index.entries[e].name
                }
            case .discovered(.person, let id, let name)
            where (!items[n].headline || bodyIDs.contains(id)) && variantOwner[id] == nil:
                let ws = words(items[n].first..<items[n].end)
                let familyFirst = familyFirst(ws) && tokens[ws[1].lowerBound].gap == .space
                // A Vietnamese name is shortened to its last word (`Lexicon.givenNameLast`).
                let byFamily = familyFirst && !Lexicon.givenNameLast.contains(tokens[ws[0].lowerBound].key)
                let key: UInt64 = byFamily ? tokens[ws[0].lowerBound].key : tokens[ws[ws.count - 1].lowerBound].key
                shortForms[key, default: [:]][id] = name
                if !familyFirst, ws.count >= 2, ws[0].count == 1 {
                    givenNames[tokens[ws[0].lowerBound].key, default: [:]][id] = name
                }
            default: break
            }
        }
        // One-word names after an office ("Indonesian Foreign Minister Sugiono"), unless the word
        // is a family name or the short form of someone else. When it is the short form of a
        // table person ("President Varga", the table's one Varga or the one who was president on
        // the article's date), later mentions of the word are that person too.
        for n in items.indices where items[n].role != nil && !items[n].headline && items[n].end == items[n].first + 1 {
            guard case .single = items[n].kind, let role = items[n].role else { continue }
            let t = tokens[items[n].first]
            guard t.isCap, !t.isAllCaps, t.letters >= 3, !Lexicon.familyFirst.contains(t.key),
                !Lexicon.stopwords.contains(t.key),
                shortForms[t.key] == nil, givenNames[t.key] == nil
            else { continue }
            let table = index.shortForms[t.key] ?? []
            if table.isEmpty {
                let name = surface(items[n].first..<items[n].end)
                shortForms[t.key] = [NameTokenizer.slug(name): name]
            } else if let c = table.count == 1
                ? table[0]
                : PersonDatedRoles.one(of: table, in: namedTablePeople)
                    ?? PersonDatedRoles.holder(among: table, title: role, on: article.published, in: index)
            {
                shortForms[t.key] = [index.entries[c].id: index.entries[c].name]
            }
        }
        // Acronyms defined here: "Full Name (ACR)".
        var acronyms: [UInt64: (id: Int?, discovered: (EntityType, String, String)?)] = [:]
        var acronymNames: [String: String] = [:]
        for n in items.indices where n > 0 {
            guard case .single = items[n].kind, tokens[items[n].first].isAllCaps, items[n].end == items[n].first + 1
            else { continue }
            let prev = items[n - 1]
            guard prev.sentence == items[n].sentence, prev.end == items[n].first, isParenthesised(items[n].first) else {
                continue
            }
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
        // The one person two spellings of a short form name, by the short form's key: asked once
        // per article, not per mention (`PersonVariants.spellOneName` builds strings).
        var oneOfTwo: [UInt64: String?] = [:]
        func add(
            _ id: String, type: EntityType, name: String, known: Bool, entry: Int?, item n: Int,
            range: Range<Int>, out: inout ResolvedArticle
        ) {
            let idx: Int
            if let i = local[id] {
                idx = i
            } else {
                idx = out.entities.count
                local[id] = idx
                var e = LocalEntity(id: id, type: type, name: name, known: known)
                if let en = entry {
                    e.affiliation = index.entries[en].affiliation
                    // Only people's roles are reported (a capital's "Capital" and a seat's "Seat"
                    // are for the resolver).
                    if type == .person {
                        e.roles = PersonDatedRoles.titles(index.entries[en].roles, on: article.published)
                    }
                    e.externalID = index.entries[en].externalID
                }
                out.entities.append(e)
            }
            if !items[n].description {
                let spelling = String(decoding: text[range], as: UTF8.self)
                out.entities[idx].spellings[spelling, default: 0] += 1
            }
            if type == .person {
                if out.entities[idx].affiliation == nil, let a = items[n].affiliation, a != id {
                    out.entities[idx].affiliation = a
                }
                // A past title ("former Prime Minister …") is kept as such: "Former Prime
                // Minister", no office the person holds here (Rules/PersonDatedRoles).
                if var r = items[n].role {
                    if titleIsPast(before: items[n].first) { r = "Former " + r }
                    if !out.entities[idx].roles.contains(where: { $0.lowercased() == r.lowercased() }) {
                        out.entities[idx].roles.append(r)
                    }
                }
            }
            out.mentions.append(Mention(entity: idx, range: range, sentence: items[n].sentence))
        }

        var articlePeople: [String: (EntityType, String, Int?)] = [:]
        for n in items.indices {
            switch items[n].kind {
            case .table(let e, _) where index.entries[e].type == .person:
                articlePeople[index.entries[e].id] = (.person, index.entries[e].name, e)
            case .discovered(.person, let id, let name)
            where (!items[n].headline || bodyIDs.contains(id)) && variantOwner[id] == nil:
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
            case .discovered(.person, let d, _): id = variantOwner[d] ?? d
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
            case .pendingRun(let run):
                // "Bui Thanh Son also met …": the full name of a person found elsewhere.
                let id = variantOwner[run] ?? run
                if let p = articlePeople[id] {
                    resolvedRuns.insert(n)
                    if let e = p.2 {
                        add(
                            index.entries[e].id, type: .person, name: index.entries[e].name, known: true, entry: e,
                            item: n, range: range, out: &out)
                    } else {
                        add(id, type: .person, name: p.1, known: false, entry: nil, item: n, range: range, out: &out)
                    }
                }
            case .table(let e, _):
                if index.entries[e].type == .place, placeInsideName(n) { continue }
                // "Colombo said" after "Antonio Colombo": the family name of the one person the
                // article has named in full, not the table's place or capital, unless a place
                // preposition stands before it ("talks in Colombo").
                let type = index.entries[e].type
                let f = items[n].first
                if type == .place || type == .country, items[n].end == f + 1,
                    let people = shortForms[tokens[f].key], people.count == 1,
                    let (id, name) = people.first, (firstFull[id] ?? .max) < n,
                    f == 0 || !Self.placedBefore(tokens[f - 1].key)
                {
                    let p = index.byID[id]
                    add(
                        id, type: .person, name: p.map { index.entries[$0].name } ?? name, known: p != nil, entry: p,
                        item: n, range: range, out: &out)
                    continue
                }
                add(
                    index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name, known: true,
                    entry: e, item: n, range: range, out: &out)
            case .discovered(let type, let id, let name):
                if items[n].headline && !bodyIDs.contains(id) { continue }
                // "the Convention on the Law of the Sea" (Rules/ArticleResolver+PlaceModifiers).
                if type == .place, topicOfName(items[n].first) { continue }
                if type == .person, let owner = variantOwner[id], let p = articlePeople[owner] {
                    let e = p.2
                    add(
                        owner, type: .person, name: e.map { index.entries[$0].name } ?? p.1, known: e != nil, entry: e,
                        item: n, range: range, out: &out)
                    continue
                }
                add(id, type: type, name: name, known: false, entry: nil, item: n, range: range, out: &out)
            case .single:
                let t = tokens[items[n].first]
                let single = tokens[items[n].first].start..<tokens[items[n].first].end
                if t.isAllCaps {
                    if let a = acronyms[t.key] {
                        if let e = a.id {
                            add(
                                index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name,
                                known: true, entry: e, item: n, range: single, out: &out)
                        } else if let d = a.discovered {
                            add(d.1, type: d.0, name: d.2, known: false, entry: nil, item: n, range: single, out: &out)
                        }
                        continue
                    }
                    if isAcronymCandidate(items[n].first) {
                        // "VXD-P": the acronym with its letter (Rules/ArticleResolver+HyphenCodes).
                        let codeEnd = acronymCodeEnd(items[n].first)
                        let name = surface(items[n].first..<codeEnd)
                        add(
                            NameTokenizer.slug(name), type: .organization, name: name, known: false, entry: nil,
                            item: n,
                            range: single.lowerBound..<tokens[codeEnd - 1].end, out: &out)
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
                    // Two spellings of one name ("Ana B. Lorne", "Ana Lorne"): the table's, else
                    // the longer (the corpus joins them the same way, `NameVariantKeys`).
                    if people.count == 2 {
                        let one: String?
                        if let known = oneOfTwo[t.key] {
                            one = known
                        } else {
                            let ids = people.keys.sorted { a, b in
                                let ka = (index.byID[a] == nil ? 1 : 0, -PersonVariants.words(a).count, a)
                                let kb = (index.byID[b] == nil ? 1 : 0, -PersonVariants.words(b).count, b)
                                return ka < kb
                            }
                            one = PersonVariants.spellOneName(ids[0], ids[1]) ? ids[0] : nil
                            oneOfTwo[t.key] = one
                        }
                        if let id = one, let name = people[id] { people = [id: name] }
                    }
                    if people.count == 1, let (id, name) = people.first {
                        if let e = index.byID[id] {
                            add(
                                index.entries[e].id, type: .person, name: index.entries[e].name, known: true, entry: e,
                                item: n, range: single, out: &out)
                        } else {
                            add(
                                id, type: .person, name: name, known: false, entry: nil, item: n, range: single,
                                out: &out)
                        }
                    } else {
                        let spelling = String(decoding: text[single], as: UTF8.self)
                        if warned.insert(spelling).inserted {
                            let names = people.values.sorted().joined(separator: ", ")
                            diagnostics.append(
                                Diagnostic(
                                    file: article.source, severity: .warning,
                                    message: "\"\(spelling)\" is ambiguous (\(names)); left unresolved"))
                        }
                    }
                    continue
                }
                // "Governor Lemanu" after "Lemanu Mauga": a given name alone, titled or inside a
                // sentence, is the article's only person with that given name.
                if items[n].titled || !items[n].sentenceInitial, t.letters >= 3, !Lexicon.stopwords.contains(t.key),
                    let people = givenNames[t.key], people.count == 1, let (id, name) = people.first
                {
                    let e = index.byID[id]
                    add(id, type: .person, name: name, known: e != nil, entry: e, item: n, range: single, out: &out)
                    continue
                }
                // "President Xi" with no full name in the article: the table's only Xi. Untitled
                // ("Putin said", "a call with Putin"), too, unless the word opens the sentence,
                // where a capital says nothing ("Young voters …"). Failing a family or last
                // name, the table's only person with that given name ("congratulate Anwar").
                if items[n].titled
                    || ((!items[n].sentenceInitial || subjectVerb(after: items[n].end))
                        && !Lexicon.stopwords.contains(t.key) && t.letters >= 3
                        && !inLongerName(t.key)),
                    let candidates = index.shortForms[t.key] ?? (t.letters >= 4 ? index.givenNames[t.key] : nil),
                    let c = candidates.count == 1
                        ? candidates[0]
                        : PersonDatedRoles.one(of: candidates, in: namedTablePeople)
                            ?? items[n].role.flatMap({
                                PersonDatedRoles.holder(among: candidates, title: $0, on: article.published, in: index)
                            })
                {
                    add(
                        index.entries[c].id, type: .person, name: index.entries[c].name, known: true, entry: c, item: n,
                        range: single, out: &out)
                    continue
                }
                // A place after "in", "at" …, or one the gazetteer lists ("protests spread to
                // Tarsk and Karaganda"; see ArticleResolver+GazetteerPlaces).
                if (items[n].placePreposition && !items[n].sentenceInitial && !items[n].titled
                    && (!items[n].headline || isSentenceCase(items[n].sentence)) && !placeInsideName(n)
                    && !Lexicon.stopwords.contains(t.key) && t.letters >= 3) || gazetteerSingle(n)
                {
                    let name = surface(items[n].first..<items[n].end)
                    let id = NameTokenizer.slug(name)
                    if let e = index.byID[id] {
                        add(
                            index.entries[e].id, type: index.entries[e].type, name: index.entries[e].name, known: true,
                            entry: e, item: n, range: range, out: &out)
                    } else {
                        add(id, type: .place, name: name, known: false, entry: nil, item: n, range: range, out: &out)
                    }
                }
            }
        }
        out.mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        addGazetteerCountries(&out)
        // "Lorin District" … "Lorin": one entity (Rules/ArticleShortForms).
        out.joinShortForms()
        // Bodies named only in a page's furniture (Rules/ArticleFurnitureBodies).
        out.dropFurnitureBodies(text)
        out.diagnostics = diagnostics
        return out
    }

    /// True when the word `key` stands somewhere in the article next to another name word, as
    /// in "Anand Kumar" or "Laura K. Harris": then "Anand" or "Harris" alone refers to that
    /// person, not to a table person who happens to share the word. A scan of the article's
    /// tokens for that key (rarely asked: untitled one-word table short forms only).
    func inLongerName(_ key: UInt64) -> Bool {
        func nameWord(_ t: NameToken) -> Bool {
            // "Said Obama": a speech verb before a name is no part of it.
            t.isCap && !Lexicon.stopwords.contains(t.key) && !Lexicon.titleHeads.contains(t.key)
                && !Lexicon.speechVerbs.contains(t.key)
                && !Lexicon.titleModifiers.contains(t.key) && !Lexicon.calendar.contains(t.key)
        }
        for k in tokens.indices where tokens[k].key == key && tokens[k].isCap {
            if k > 0, tokens[k].gap == .space || tokens[k].gap == .hyphen, nameWord(tokens[k - 1]), nameWord(tokens[k])
            {
                return true
            }
            if k + 1 < tokens.count, tokens[k + 1].gap == .space || tokens[k + 1].gap == .hyphen,
                nameWord(tokens[k + 1]), nameWord(tokens[k])
            {
                return true
            }
        }
        return false
    }

    /// A place preposition or "to": the word before a table place that stays a place ("in
    /// Colombo", "flew to Colombo").
    static func placedBefore(_ key: UInt64) -> Bool { Lexicon.placePrepositions.contains(key) || key == Lexicon.to }
}
