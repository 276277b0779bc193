/// Places that an article states for a meeting outside the sentence that reports it.
///
/// A held meeting whose report gives no city (none, or only a country) takes, in this order:
/// 1. the place of the main meeting when it is reported as one more of the same visit ("also
///    met", "later conferred with": `MeetingDraft.sequel`), when that one is reported before it;
/// 2. a place that a sentence about the meeting gives: one of its own sentences or one of the
///    two after its first report, that speaks of a meeting, names nobody else and, when it is
///    not one of the meeting's, tells no planned meeting ("The talks took place in Lakeport",
///    "following their talks in the Ostrian capital Lakeport"; not "X invited Y to the summit
///    in Lakeport");
/// 3. the visit's place: a sentence that names a participant arriving in, staying in or
///    visiting a city ("Varga arrived in Lakeport on Monday"), when it names one city only;
///    else the town of the lede's event for a meeting of its day (`Meetings+EventFrame.swift`);
///    else the city that the headline gives a meeting of its people (`Meetings+HeadlinePlace.swift`);
///    else the town the article gives the event on whose sidelines the meeting was held
///    (`Meetings+EventSeat.swift`);
/// 4. the dateline's place ("LAKEPORT –", "Lakeport, Nov. 3") when the article names that
///    place or the alias table knows it (only for a meeting with no place at all, or at a
///    venue: a dateline is where the report was filed);
/// 5. the capital of the country of a host who receives a foreign guest ("X received Y", "Y paid
///    a courtesy call on X": `Meetings+HostCapital.swift`), with the same limits as rule 4.
/// 6. the capital of the country of a head of state or government whom a foreign minister meets
///    (`Meetings+RankCapital.swift`), with the same limits.
/// A phone call or a planned meeting takes none of these, nor a meeting one of whose sentences
/// calls it a phone or video call. First of all, a held meeting placed
/// at a venue whose name starts with a city the article names ("Lakeport Airport", "Lakeport")
/// is placed in that city, as a venue "in" a city is ("at the Old Fort in Lakeport"); so is one
/// at a venue whose town the alias table gives (`Meetings+VenueTown.swift`).
/// A meeting placed at a venue named as one ("the Blue Palace", "Hill House", a seat of
/// government: see `isVenue`) is placed like one with no city, by rules 2 to 4, and keeps
/// the venue when they give none: the place of a meeting is its city. So is a meeting that
/// rule 2 places at such a venue with no known town: rules 3 and 4 look for its town.
extension ArticleMeetings {
    mutating func articlePlaces() {
        // Before the rules and after them: a venue that rule 2 gives goes to its town too.
        venuesInTowns()
        defer { venuesInTowns() }
        guard drafts.contains(where: { $0.status == .held && !isTown($0.place) }) else { return }
        let dateline = datelinePlace()
        var visitsOnce: [(people: Set<String>, city: String)]?  // made when first needed
        let order = drafts.indices.sorted { drafts[$0].sentences.min() ?? 0 < drafts[$1].sentences.min() ?? 0 }
        for i in order where drafts[i].status == .held && !isTown(drafts[i].place) && !toldAsCall(drafts[i]) {
            let ids = Set(drafts[i].ids)
            let first = drafts[i].sentences.min() ?? 0
            // A meeting at a venue takes a town only; one without a city, a venue too.
            var venue = drafts[i].place.flatMap { isVenue($0) ? $0 : nil }
            var found: String?
            if drafts[i].sequel, drafts[i].place == nil {
                found = order.first { j in
                    j != i && !drafts[j].sequel && drafts[j].status == .held && isCity(drafts[j].place)
                        && (drafts[j].sentences.min() ?? .max) < first
                }.flatMap { drafts[$0].place }
            }
            if found == nil {
                found = townIf(venue, meetingSentencePlace(ids: ids, sentences: drafts[i].sentences, first: first))
                // A venue with no known town ("Met him at Hill Secretariat today") is placed like
                // one the report gave: the rules below look for its town, else it stays.
                if let f = found, venue == nil, isVenue(f), cityInName(of: f) == nil {
                    venue = f
                    drafts[i].place = f
                    found = nil
                }
            }
            if found == nil {
                if visitsOnce == nil { visitsOnce = visits() }
                found = townIf(venue, visitTown(ids: ids, visitsOnce!, venue: venue))
            }
            // The lede's event of the same day (`Meetings+EventFrame.swift`).
            if found == nil { found = townIf(venue, frameCity(drafts[i])) }
            // The headline's city (`Meetings+HeadlinePlace.swift`).
            if found == nil { found = townIf(venue, headlineCity(ids: ids, sentences: drafts[i].sentences)) }
            // The town of the event on whose sidelines it was held (`Meetings+EventSeat.swift`).
            if found == nil { found = townIf(venue, eventSeat(drafts[i])) }
            if found == nil, drafts[i].place == nil || venue != nil { found = townIf(venue, dateline) }
            // The capital of a host who receives a foreign guest (`Meetings+HostCapital.swift`).
            if found == nil, drafts[i].place == nil || venue != nil { found = townIf(venue, hostCapital(drafts[i])) }
            // The capital of a leader whom a foreign minister meets (`Meetings+RankCapital.swift`).
            if found == nil, drafts[i].place == nil || venue != nil { found = townIf(venue, rankCapital(drafts[i])) }
            if let found { drafts[i].place = found }
        }
    }

    /// The article's place whose name opens the name of place `id` ("Lakeport" for "Lakeport
    /// International Airport"), the longest such; else such a place of the alias table
    /// (`ResolvedArticle.venueTowns`).
    func cityInName(of id: String) -> String? {
        guard let venue = r.entities.first(where: { $0.id == id && $0.type == .place }) else { return nil }
        // By index: a `for e in` loop copied (and retained) every entity.
        var best: Int?
        for i in r.entities.indices
        where r.entities[i].type == .place && r.entities[i].id != id && venue.name.hasPrefix(r.entities[i].name + " ") {
            if best == nil || r.entities[i].name.count > r.entities[best!].name.count { best = i }
        }
        // A town of the alias table that the text does not name ("Lakeport International Airport").
        return best.map { r.entities[$0].id } ?? r.venueTowns[id]?.id
    }

    /// True when a sentence of the draft calls it a phone or video call ("… in phone call",
    /// "held a telephone conversation"): a call has no place, whatever status its other
    /// sentences gave it. An earlier call ("after the two talked over the phone", "with whom he
    /// had held a phone call") does not count: the call word must be followed by a meeting noun
    /// and not come after "had".
    func toldAsCall(_ d: MeetingDraft) -> Bool {
        d.sentences.contains { s in
            let t = ctx.tokens(sentence: s)
            for k in t.indices.dropLast() where t[k].kind == .word && ArticleMeetings.callWords.contains(t[k].word) {
                guard t[k + 1].kind == .word, MeetingLexicon.meetingNouns.contains(t[k + 1].word) else { continue }
                if !t[..<k].contains(where: { $0.kind == .word && $0.word == "had" }) { return true }
            }
            return false
        }
    }

    static let callWords: WordKeys = ["phone", "telephone", "telephonic", "video", "videoconference", "virtual"]

    /// True when `id` is a place entity of the article (a city, a venue), not a country.
    func isCity(_ id: String?) -> Bool {
        guard let id else { return false }
        return placeEntity(id) != nil
    }

    /// The place entity `id` of the article, or a place of the alias table that the text implies
    /// without naming it (`ResolvedArticle.datelinePlace`, `venueTowns`).
    func placeEntity(_ id: String) -> LocalEntity? {
        r.entities.first { $0.id == id && $0.type == .place } ?? r.datelinePlace.flatMap { $0.id == id ? $0 : nil }
            ?? r.venueTowns.values.first { $0.id == id } ?? r.capitals.values.first { $0.id == id }
            ?? r.hostCapitals.values.first { $0.id == id }
    }

    /// `p` when `venue` is nil, else `p` when it is a town (see `isTown`) that the venue may be
    /// in: not when both name an affiliation and they differ (a seat of government of one
    /// country, a city of another).
    func townIf(_ venue: String?, _ p: String?) -> String? {
        guard let venue, let q = p else { return p }
        guard isTown(q) else { return nil }
        let a = r.entities.first { $0.id == venue }?.affiliation
        let b = placeEntity(q)?.affiliation
        if let a, let b, a != b { return nil }
        return q
    }

    /// True when `id` is a place entity that is a town, not a venue in one (see `isVenue`).
    func isTown(_ id: String?) -> Bool {
        guard let id else { return false }
        return isCity(id) && !isVenue(id)
    }

    /// True when place `id` is a building or compound rather than a city: the alias table calls
    /// it a seat of government (the "Seat" role) or gives its town, or its name's last word (or, in a name of
    /// Romance languages, its first) is a venue word: "Blue Palace", "Hill House", "Lakeport
    /// International Airport", "Casa Verde".
    func isVenue(_ id: String) -> Bool {
        guard let e = placeEntity(id) else { return false }
        if e.roles.contains("Seat") || r.venueTowns[id] != nil { return true }
        let words = e.name.lowercased().split(separator: " ")
        guard words.count >= 2, let last = words.last, let first = words.first else { return false }
        return Self.venueWords.contains(String(last)) || Self.venueFirstWords.contains(String(first))
    }

    /// The last word of a venue's name: a building, not a town ("Lakeport Palace").
    static let venueWords: Set<String> = [
        "palace", "house", "airport", "guesthouse", "residence", "hall", "office", "building", "headquarters",
        "castle", "hotel", "mansion", "villa", "estate", "fort", "chancellery", "chancellory", "ministry",
        "embassy", "consulate", "centre", "center", "pavilion", "lodge", "manor", "secretariat", "complex",
    ]

    /// `venueWords` as word keys, for tokens.
    static let venueKeys = WordKeys(venueWords)

    /// The first word of a venue's name in Romance languages ("Casa Verde", "Palacio Azul").
    static let venueFirstWords: Set<String> = ["casa", "palacio", "palais", "palazzo", "palácio", "quinta", "villa"]

    /// The article's place entity that the dateline names (by name, by the name's part before
    /// a comma, or by a spelling, in any case), else the alias table's place that it names
    /// (`ResolvedArticle.datelinePlace`).
    func datelinePlace() -> String? {
        guard let d = r.article.dateline?.lowercased(), !d.isEmpty else { return nil }
        return r.entities.first { e in
            let name = e.name.lowercased()
            return e.type == .place
                && (name == d || name.hasPrefix(d + ",") || e.spellings.keys.contains { $0.lowercased() == d })
        }?.id ?? r.datelinePlace?.id
    }

    /// The place that a sentence about the meeting gives: see `articlePlaces`, rule 2.
    func meetingSentencePlace(ids: Set<String>, sentences: [Int], first: Int) -> String? {
        var candidates = sentences.sorted()
        for s in (first + 1)...(first + 2) where s < r.sentences.count && !candidates.contains(s) {
            candidates.append(s)
        }
        for s in candidates where !ctx.isHeadline(sentence: s) {
            let people = Set(ctx.people(inSentence: s).map { r.entities[$0].id })
            guard people.isSubset(of: ids) else { continue }
            // A later sentence that tells a plan ("X also invited Y to the summit in Lakeport")
            // gives the place of the plan.
            if !sentences.contains(s), drafts.contains(where: { $0.planned && $0.sentences.contains(s) }) { continue }
            let t = ctx.tokens(sentence: s)
            let speaksOfMeeting = t.contains {
                $0.kind == .word
                    && (MeetingLexicon.meetingNouns.contains($0.word) || MeetingLexicon.meetVerbs.contains($0.word)
                        || Self.visitNouns.contains($0.word))
            }
            guard speaksOfMeeting else { continue }
            // Not a place of the reporting ("…, as reported by media in Lakeport").
            if let p = Self.cityAfterPreposition(
                t, r.entities, capitals: r.capitals, skip: { inReportingPhrase(t, $0) })
            {
                return p
            }
        }
        return nil
    }

    /// The cities that sentences give for the visits of the people they name: "arrived in",
    /// "arrives at", "is in", "currently in", "during his stay in", "visit to", "visiting", "held
    /// meetings in" (`Meetings+HeldIn.swift`).
    /// One pass over the article's sentences with a person.
    func visits() -> [(people: Set<String>, city: String)] {
        var out: [(people: Set<String>, city: String)] = []
        for s in r.sentences.indices {
            let people = Set(ctx.people(inSentence: s).map { r.entities[$0].id })
            // A visit's city is a place mention: a sentence without one gives none.
            // (or "the Ostrian capital": `Meetings+Capital.swift`)
            guard !people.isEmpty,
                ctx.mentionsBySentence[s].contains(where: { r.entities[$0.entity].type == .place }) || namesCapital(s)
            else { continue }
            let t = ctx.tokens(sentence: s)
            for (k, tok) in t.enumerated()
            where tok.kind == .word && (ArticleMeetings.visitWords.contains(tok.word) || Self.heldIn(t, k, people)) {
                // "arrived in X", "visit to X", "visiting X", "is in X"
                var p = k + 1
                if p < t.count, t[p].kind == .word, t[p].word == "in" || t[p].word == "at" || t[p].word == "to" {
                    p += 1
                } else if let to = Self.visitByTo(t, k) {
                    // "a visit by X to Lakeport" (`Meetings+VenueCity.swift`)
                    p = to + 1
                } else if !(tok.word == "visiting" || tok.word == "visited") {
                    continue
                }
                if let city = Self.city(t, from: p, r.entities, capitals: r.capitals) { out.append((people, city)) }
            }
        }
        return out
    }

    /// The one town of the visits that name a participant ("arrived in Lakeport"), whatever
    /// venues they also visited ("a visit to the Old Fort"); when they visited no town, the one
    /// venue, for a meeting not at a venue (`venuesInTowns` may give its town).
    func visitTown(ids: Set<String>, _ visits: [(people: Set<String>, city: String)], venue: String?) -> String? {
        let towns = visits.filter { isTown($0.city) }
        if let town = Self.visitPlace(ids: ids, towns) { return town }
        if venue != nil || towns.contains(where: { !$0.people.isDisjoint(with: ids) }) { return nil }
        return Self.visitPlace(ids: ids, visits)
    }

    /// The one city of the visits that name a participant (none when they give two).
    static func visitPlace(ids: Set<String>, _ visits: [(people: Set<String>, city: String)]) -> String? {
        let cities = Set(visits.filter { !$0.people.isDisjoint(with: ids) }.map(\.city))
        return cities.count == 1 ? cities.first : nil
    }

    /// Nouns of a visit whose place is the meeting's: "the welcoming ceremony for X was held at
    /// the Old Fort in Lakeport", "during the visit in Lakeport".
    static let visitNouns: WordKeys = ["ceremony", "visit", "trip"]

    /// Words that put a person in a city when "in"/"at"/"to" and the city follow.
    static let visitWords: WordKeys = [
        "arrived", "arrives", "arriving", "arrival", "is", "was", "currently", "stay", "visit", "visiting",
        "visited", "trip",
    ]

    /// The first city after "in" or "at" in the tokens, before a purpose clause ("to discuss"),
    /// but for a preposition at a byte offset that `skip` rejects or after "to take place", "to
    /// be held" (`toBeHeld`).
    static func cityAfterPreposition(
        _ t: [MeetingToken], _ entities: [LocalEntity], capitals: [String: LocalEntity] = [:], skip: (Int) -> Bool
    ) -> String? {
        for (k, tok) in t.enumerated() where tok.kind == .word {
            // "… to discuss security in Ostria": a purpose clause talks about something else.
            if tok.word == "to", k + 1 < t.count, t[k + 1].kind == .word,
                MeetingLexicon.purposeVerbs.contains(t[k + 1].word)
            {
                return nil
            }
            guard tok.word == "in" || tok.word == "at", !skip(tok.range.lowerBound), !Self.toBeHeld(t, k) else {
                continue
            }
            if let p = city(t, from: k + 1, entities, capitals: capitals) { return p }
        }
        return nil
    }

    /// True when the preposition at `k` follows "to take place", "will take place", "to be held"
    /// or "will be held": the place of an event to come ("the summit, to take place in
    /// Lakeport in June"), not of the meeting told.
    static func toBeHeld(_ t: [MeetingToken], _ k: Int) -> Bool {
        guard k >= 3, t[k - 1].kind == .word, t[k - 2].kind == .word, t[k - 3].kind == .word else { return false }
        let (a, b, c) = (t[k - 3].word, t[k - 2].word, t[k - 1].word)
        return (a == "to" || a == "will") && ((b == "take" && c == "place") || (b == "be" && c == "held"))
    }

    /// The city at token `from`, after at most four tokens of a description ("the Ostrian
    /// capital Lakeport", "the nation's capital, Lakeport"); a venue followed by "in" and a city
    /// gives the city ("the Old Fort in Lakeport").
    static func city(
        _ t: [MeetingToken], from: Int, _ entities: [LocalEntity], capitals: [String: LocalEntity] = [:]
    ) -> String? {
        var k = from
        // "the presidential palace in Lakeport" (`Meetings+VenueCity.swift`)
        if let e = lowercaseVenueEnd(t, from: from), e + 1 < t.count, t[e].kind == .word, t[e].word == "in" {
            return city(t, from: e + 1, entities, capitals: capitals)
        }
        while k < t.count, k - from <= 4 {
            let tok = t[k]
            if tok.kind == .entity {
                if tok.type == .place, tok.entity >= 0, tok.entity < entities.count {
                    // A sea or a region is no city (`Meetings+PlaceWords.swift`).
                    if isRegion(t, k, entities) { return nil }
                    // "the Old Fort in Lakeport", "the Old Fort residence in Lakeport"
                    return innerCity(t, k, entities) ?? entities[tok.entity].id
                }
                guard tok.type == .country else { return nil }
                // "the Ostrian capital" (`Meetings+Capital.swift`)
                if let c = unnamedCapital(t, k, capitals, entities) { return c }
            } else if tok.kind == .word {
                guard descriptionWords.contains(tok.word) else { return nil }
            } else if tok.mark != "," {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Words of a description before a city's name.
    static let descriptionWords: WordKeys = [
        "the", "capital", "city", "nation", "country", "port", "town", "border", "of",
    ]
}
