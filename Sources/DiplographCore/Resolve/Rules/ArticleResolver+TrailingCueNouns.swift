/// A capitalised name followed by a lowercase noun that says what it is: "in Vexmoor province",
/// "Harlan's Eastbrook district", "the Ostia region", "at his Greywater residence", "the ruling
/// Bright Future party", "the Tarsk forces" (rule 1 of `Resolver`, for cue words written in lower
/// case).
///
/// An administrative unit or a region is named without its noun but keeps it in its spelling ("in Vexmoor
/// province" → "Vexmoor", spelt "Vexmoor province": the unit's own name, as an encyclopedia
/// titles "Anhui" or "Shaanxi"); a stadium, an airport or a bridge keeps the noun in the name
/// ("Ostelbrug Bridge"); a residence or a resort is named without it ("Greywater"); "party", "forces", "militia", "bloc",
/// "group", "coalition", "alliance" and "movement" make the name an organisation ("the State of
/// Renewal bloc": an "of" after a generic or cue word joins the name), and so do "committee", "forum", "council" and "commission", which
/// stay in it ("the Vexmoor Finance committee" → "Vexmoor Finance Committee"). The name is what follows the last possessive of the span ("Harlan's
/// Eastbrook district" → "Eastbrook District"); a place loses a country before it ("the Tarskian
/// Ostia region" → "Ostia"). Nothing fires when the name is a table entry, a country or demonym
/// alone ("the Russian forces"), holds a title, a cue word, an event word or a table person, is
/// made only of generic words ("the Communist party") or is one word of a creed ("a small
/// Buddhist party", "the Maoist party"). A table city before "region", "province", "oblast" or
/// "governorate" names the unit around it, with its noun ("the Kharkiv region" → "Kharkiv
/// Region"; `unitAroundCity`).
extension ArticleResolver {
    enum CueNounReading {
        case keepNoun, dropNoun
        /// Named without the noun, spelt with it ("Vexmoor province" → "Vexmoor").
        case nameOnly
    }

    static let placeCueNouns: [UInt64: CueNounReading] = {
        var m: [UInt64: CueNounReading] = [:]
        for w in ["province", "district", "county", "prefecture", "oblast", "governorate", "region"] {
            m[NameTokenizer.key(w)] = .nameOnly
        }
        m[NameTokenizer.key("stadium")] = .keepNoun
        // A venue named with a lowercase noun: "flew into Vexmoor airport", "the Ostia bridge".
        for w in ["airport", "bridge"] { m[NameTokenizer.key(w)] = .keepNoun }
        for w in ["residence", "resort", "valley", "museum"] { m[NameTokenizer.key(w)] = .dropNoun }
        // "the Ostia port", "the Vexmoor-Ostia railway" (ArticleResolver+RouteNouns).
        for w in ["port", "railway", "railways", "border", "checkpoint", "checkpoints", "crossing", "corridor"] {
            m[NameTokenizer.key(w)] = .dropNoun
        }
        return m
    }()
    static let orgCueNouns = Lexicon.set("party forces militia bloc group coalition alliance movement")

    /// "of" at `k` joins a body's own name, "the State of Law bloc": a generic or cue word before
    /// it and a capitalised word right after it (not "Members of the …").
    func innerOf(_ k: Int, _ span: Range<Int>) -> Bool {
        guard k > span.lowerBound, k + 1 < span.upperBound, tokens[k].key == Lexicon.of, tokens[k + 1].isCap else {
            return false
        }
        let before = tokens[k - 1].key
        return Lexicon.genericOrgWords.contains(before) || Lexicon.orgCues.contains(before)
    }
    /// Bodies whose lowercase noun is part of the name: "the Vexmoor Finance committee".
    static let orgKeepNouns = Lexicon.set("committee forum council commission")

    struct TrailingCue {
        /// The name's tokens (without the noun).
        var name: Range<Int>
        /// The token after the noun.
        var end: Int
        var type: EntityType
        var keepNoun: Bool
        /// The mention runs over the noun though the name leaves it out ("Vexmoor province").
        var spelledWithNoun = false
        /// A table city names the unit around it ("the Vexmoor region": `unitAroundCity`).
        var unit = false
    }

    /// The span `span` of a sentence ending before `limit`, read with the lowercase noun after it.
    func trailingCueNoun(_ span: Range<Int>, limit: Int) -> TrailingCue? {
        let j = span.upperBound
        guard j < limit, tokens[j].isLower, tokens[j].gap == .space, !tokens[j - 1].isPossessive else { return nil }
        let type: EntityType
        var keep = false
        var spelled = false
        if let reading = Self.placeCueNouns[tokens[j].key] {
            type = .place
            keep = reading == .keepNoun
            spelled = reading == .nameOnly
        } else if Self.orgCueNouns.contains(tokens[j].key) {
            type = .organization
        } else if Self.orgKeepNouns.contains(tokens[j].key) {
            type = .organization
            keep = true
        } else {
            return nil
        }
        var start = span.lowerBound
        // After the last possessive or lowercase joiner: "Harlan's Eastbrook", "Tarskian and
        // Ostian forces", "Members of the Vexmoor Finance committee".
        for k in span where tokens[k].isPossessive || (tokens[k].isLower && tokens[k].gap == .space) {
            if !innerOf(k, span) { start = k + 1 }
        }
        // A hyphenated name whose first part opened no span ("Mar-a-Vista": "Mar" reads as a month).
        while start > 0, start <= span.lowerBound, joinedByHyphen(start), !tokens[start - 1].isPossessive { start -= 1 }
        while start < j, Lexicon.stopwords.contains(tokens[start].key), !innerOf(start + 1, span) { start += 1 }
        if type == .place, start < j, let m = index.match(tokens, at: start, limit: j),
            index.entries[m.hit.entry].type == .country, m.end < j
        {
            start = m.end
        }
        guard start < j, !tokens[start].isLower, tokens[start].gap != .glued || start == span.lowerBound else {
            return nil
        }
        let name = start..<j
        guard words(name).count <= 4 else { return nil }
        var allGeneric = true
        var k = start
        while k < j {
            let t = tokens[k]
            if let m = index.match(tokens, at: k, limit: j) {
                // The whole name is a table entry (the table reads it, unless the span missed the
                // name's first part), or it holds a person.
                if index.entries[m.hit.entry].type == .person { return nil }
                if k == start && m.end == j {
                    // "the Vexmoor region" after the table's city of Vexmoor: the unit around it.
                    if unitAroundCity(m.hit.entry, noun: tokens[j]) {
                        return TrailingCue(name: name, end: j + 1, type: .place, keepNoun: true, unit: true)
                    }
                    guard start < span.lowerBound else { return nil }
                    return TrailingCue(name: name, end: j + 1, type: type, keepNoun: false)
                }
                k = m.end
                continue
            }
            let hyphenated = (k > start && joinedByHyphen(k)) || (k + 1 < j && joinedByHyphen(k + 1))
            if t.flags.contains(.digit) || t.isAllCaps || (Lexicon.calendar.contains(t.key) && !hyphenated)
                || Lexicon.titleHeads.contains(t.key)
                || ((Lexicon.orgCues.contains(t.key) || Lexicon.placeCues.contains(t.key))
                    && !(type == .organization && keep))
                || Lexicon.eventWords.contains(t.key)
            {
                return nil
            }
            if !t.isLower && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.titleModifiers.contains(t.key) {
                allGeneric = false
            }
            k += 1
        }
        guard !allGeneric else { return nil }
        // "the Ibero-Vexian region", "the Kurdish region": an adjective, not a name.
        if type == .place, let last = words(name).last {
            let w = surface(last).lowercased()
            if ["ian", "ish", "ese", "ean", "can"].contains(where: { w.hasSuffix($0) }) { return nil }
        }
        // "a small Vedist party", "the Maoist party": one word of a creed, not a name.
        if type == .organization, j - start == 1, surface(name).lowercased().hasSuffix("ist") { return nil }
        return TrailingCue(name: name, end: j + 1, type: type, keepNoun: keep, spelledWithNoun: spelled)
    }

    /// Nouns of the unit named after its chief city: "the Vexmoor region", "Tarsk province".
    static let unitNouns = Lexicon.set("region province oblast governorate")

    /// The table place `entry`, a city of a country, names the unit around it before the
    /// lowercase `noun` ("the Vexmoor region" is the region, not the city). A region of the
    /// table ("the Sahel region", no country) and a name that already holds its noun stay the
    /// table's.
    func unitAroundCity(_ entry: Int, noun: NameToken) -> Bool {
        let e = index.entries[entry]
        guard e.type == .place, e.affiliation != nil, noun.isLower, Self.unitNouns.contains(noun.key) else {
            return false
        }
        return !e.name.lowercased().hasSuffix(NameTokenizer.normalized(text, noun))
    }

    /// Token `k` continues the word before it across hyphens and letters that make no token
    /// ("Mar-a-Vista").
    func joinedByHyphen(_ k: Int) -> Bool {
        let between = text[tokens[k - 1].end..<tokens[k].start]
        return between.contains(0x2D) && between.count <= 3 && !between.contains(0x20)
    }

    /// The table entry named `name` up to a plural "s" on one word ("Vexmoor Island Forum" finds
    /// "Vexmoor Islands Forum").
    func tableEntry(named name: String) -> Int? {
        if let e = index.entry(named: name) { return e }
        let words = name.split(separator: " ").map(String.init)
        for n in words.indices {
            var variant = words
            variant[n] = words[n].hasSuffix("s") ? String(words[n].dropLast()) : words[n] + "s"
            if let e = index.entry(named: variant.joined(separator: " ")) { return e }
        }
        return nil
    }

    /// Records the entity of `cue`.
    mutating func addTrailingCue(_ cue: TrailingCue, sentence si: Int, headline: Bool) {
        if !cue.unit, let m = index.match(tokens, at: cue.name.lowerBound, limit: cue.name.upperBound),
            m.end == cue.name.upperBound
        {
            items.append(
                Item(
                    kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: cue.name.lowerBound, end: m.end,
                    sentence: si, headline: headline))
            return
        }
        if cue.type == .place, Self.routeNouns.contains(tokens[cue.name.upperBound].key) {
            addRouteEnds(cue.name, sentence: si, headline: headline)
            return
        }
        var name = surface(cue.name)
        var end = cue.name.upperBound
        if cue.keepNoun {
            let noun = surface(cue.name.upperBound..<cue.end)
            name += " " + noun.prefix(1).uppercased() + noun.dropFirst()
            end = cue.end
        } else if cue.spelledWithNoun {
            end = cue.end
        }
        let id = NameTokenizer.slug(name)
        guard !id.isEmpty else { return }
        let kind: Item.Kind =
            (index.byID[id] ?? tableEntry(named: name)).map { .table(entry: $0, demonym: false) }
            ?? .discovered(type: cue.type, id: id, name: name)
        items.append(Item(kind: kind, first: cue.name.lowerBound, end: end, sentence: si, headline: headline))
    }
}
