/// One entity, one node inside an article: a later, shorter reference to a body or a place the
/// article names in full joins it instead of becoming a node of its own, and so does a slip in
/// the spelling of one of its people. Forms (all on normalised words of entity ids or names):
///
/// - the head dropped: "Lorin District" … "Lorin"; "Vesta News Agency" … "Vesta" (the dropped
///   words are all cue words of bodies or places);
/// - an "of" phrase dropped: "High Court of Kestria" … "High Court";
/// - the qualifier dropped: "Kestrian Senate" … "Senate"; "Lake Orin Presidential Villa" …
///   "Presidential Villa" (the short form ends with a cue word, its head);
/// - initials: "Joint Board for Fisheries" … "JBF", and a long name spelt out (even with a
///   slip) for a known body the article names by its initials;
/// - a person's slip: "Tavian Oskarsen" … "Tavian Oskarssen" or "Oskarssen" (one word differs,
///   the same in `NameVariantKeys.phonetic` or one edit apart and not at its end), and a
///   person's last name before a suffix: "Tavian Oskarsen Jr" … "Oskarsen", and the first of
///   two family names: "Ana Lorvik Tesmar" … "Lorvik" (`PersonFirstFamilyNames`).
///
/// Strong evidence only: the short form is no table entity (a known "Moscow" is never the short
/// form of "Moscow Region"), a place's short form is no town of the gazetteer ("Lorin" beside
/// "Lorin Palace" stays the town when the gazetteer lists it), the types agree, and exactly one
/// entity of the article fits; otherwise nothing moves. "Kim Pol Un" and "Kim Pol Il" (a short
/// word differs), "Ana Lorvik" and "Ana Lorvika" (a change at the end: another person) stay
/// apart.
enum ArticleShortForms {
    /// Words a dropped head may consist of: cue words of bodies and places, and the rank words
    /// that stand before them ("Vesta News Agency" … "Vesta", "Lorin Presidential Palace").
    static let cueWords: Set<String> = Set(
        """
        ministry agency academy administration assembly party committee council commission bank university institute
        association organization organisation union forum office department news corporation company group federation
        fund foundation service command army navy court parliament congress senate cabinet government secretariat
        society league alliance network broadcasting television radio press college school bureau embassy consulate
        coalition front authority board presidium legislature chamber community guesthouse palace hall square airport
        province island islands county district region prefecture city park plaza stadium tower building zone
        village base oblast krai hotel villa headquarters state republic territory governorate municipality
        presidential national royal federal
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Heads a shorter form must end with when it drops a qualifier ("Kestrian Senate" …
    /// "Senate"): the cue words that name a kind of body or place, not a modifier.
    static let heads: Set<String> = cueWords.subtracting(["presidential", "national", "royal", "federal", "state"])

    /// Words that neither begin nor end a short form, and that initials may skip.
    static let functionWords: Set<String> = ["of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la"]

    static func words(_ s: String) -> [Substring] { SlugWords.split(s) }

    /// True when `s` (words) is a short form of `l` by dropping its head, an "of" phrase or its
    /// qualifier.
    static func isShortForm(_ s: [Substring], of l: [Substring]) -> Bool {
        guard !s.isEmpty, l.count > s.count, !functionWords.contains(String(s.last!)),
            !functionWords.contains(String(s.first!))
        else { return false }
        if l.prefix(s.count).elementsEqual(s) {
            let dropped = l[s.count...]
            // "High Court" of "High Court of Kestria": a body's name before its "of" phrase.
            if dropped.first == "of" { return s.contains { heads.contains(String($0)) } }
            return dropped.allSatisfy { cueWords.contains(String($0)) }
        }
        if l.suffix(s.count).elementsEqual(s) {
            return heads.contains(String(s.last!)) && !functionWords.contains(String(l[l.count - s.count - 1]))
        }
        return false
    }

    /// The initials of a name of several words: of every word, and of the words that are no
    /// function words ("jbff" and "jbf" for "Joint Board for Fisheries").
    static func initials(_ l: [Substring]) -> Set<String> {
        guard l.count >= 2 else { return [] }
        let all = String(l.compactMap(\.first))
        let content = String(l.filter { !functionWords.contains(String($0)) }.compactMap(\.first))
        return content.count >= 2 ? [all, content] : [all]
    }

    /// An all-capital word of two to eight letters: an acronym.
    static func isAcronym(_ s: String) -> Bool {
        (2...8).contains(s.count) && s.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// True when two words of a person's name are one word spelt twice: long enough, same first
    /// letter, and the same once transliteration differences are made equal, or one edit apart
    /// anywhere but at the end ("Lorvik", "Lorvika" are two people).
    static func isSlip(_ x: Substring, _ y: Substring) -> Bool {
        guard x != y, x.count >= 5, y.count >= 5, x.first == y.first else { return false }
        if NameVariantKeys.phonetic(x) == NameVariantKeys.phonetic(y) { return true }
        guard PersonVariants.oneEditApart(Array(x.utf8), Array(y.utf8)) else { return false }
        return x.last == y.last && x.dropLast().last == y.dropLast().last
    }

    /// Words after a name that tell a generation ("Jr", "III"), not a family.
    static let generationSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// True when person `s` (words) spells person `long` with one slip: same words but one slip,
    /// or one word that is `long`'s last word before a suffix ("Jr", "III") or a slip of it.
    static func isPersonSlip(_ s: [Substring], of long: [Substring]) -> Bool {
        // "Marcos" for "Ferdinand Marcos Jr": the name before a generation's suffix.
        var l = long
        while l.count > 2, let last = l.last, generationSuffixes.contains(String(last)) { l.removeLast() }
        if s.count == 1, l.count >= 2 { return s[0] == l[l.count - 1] || isSlip(s[0], l[l.count - 1]) }
        guard s.count == l.count, s.count >= 2 else { return false }
        let diff = zip(s, l).filter { $0 != $1 }
        return diff.count == 1 && isSlip(diff[0].0, diff[0].1)
    }
}

extension ResolvedArticle {
    /// Joins the short forms and slips of `ArticleShortForms` into the entity they name; the
    /// mentions follow, and the merged entity keeps both spellings.
    ///
    /// - Complexity: O(e²·w) for e entities of the article and w words a name: articles name a
    ///   few dozen entities.
    mutating func joinShortForms() {
        typealias F = ArticleShortForms
        guard entities.count >= 2 else { return }
        let unknown = entities.indices.filter { !entities[$0].known }
        guard !unknown.isEmpty else { return }
        // Every form of an entity's name: its id (for an unknown one), its name, its spellings;
        // made when first asked for (most entities are never a candidate of the right type).
        var formsMade = [[[Substring]]?](repeating: nil, count: entities.count)
        func forms(_ i: Int) -> [[Substring]] {
            if let f = formsMade[i] { return f }
            let e = entities[i]
            var out: [String] = [NameTokenizer.slug(e.name)]
            if !e.known { out.append(e.id) }
            out += e.spellings.keys.sorted().map(NameTokenizer.slug)
            var seen = Set<String>()
            let f = out.filter { !$0.isEmpty && seen.insert($0).inserted }.map(F.words)
            formsMade[i] = f
            return f
        }
        func initialisms(_ i: Int) -> Set<String> {
            Set(entities[i].spellings.keys.filter(F.isAcronym).map { $0.lowercased() })
        }
        var raw: [Int: Int] = [:]
        for a in unknown {
            let ea = entities[a]
            if ea.type == .place, PlaceGazetteer.shared.country(ofName: ea.name) != nil { continue }
            let short = F.words(ea.id)
            let acronym = ea.type != .person && F.isAcronym(ea.name)
            // Fields of b read in place: a copy of its entity per pair retained all its fields.
            func fits(_ b: Int) -> Bool {
                guard b != a, ea.type == entities[b].type, ea.id != entities[b].id else { return false }
                if ea.type == .person {
                    return forms(b).contains { F.isPersonSlip(short, of: $0) }
                }
                if forms(b).contains(where: { F.isShortForm(short, of: $0) }) { return true }
                // Initials: the unknown acronym of a long name, or a long name of a known acronym.
                if acronym, forms(b).contains(where: { F.initials($0).contains(ea.id) }) { return true }
                guard entities[b].known, entities[b].type == .organization else { return false }
                let theirs = initialisms(b)
                return !theirs.isEmpty && forms(a).contains { !F.initials($0).isDisjoint(with: theirs) }
            }
            var targets = entities.indices.filter(fits)
            // The first of two family names, where no name ends with the word (`PersonFirstFamilyNames`).
            if targets.isEmpty, ea.type == .person {
                targets = entities.indices.filter { b in
                    b != a && entities[b].type == .person
                        && forms(b).contains { PersonFirstFamilyNames.isFirstFamilyName(short, of: $0) }
                }
            }
            if targets.count == 1 { raw[a] = targets[0] }
        }
        // Two spellings that name each other ("Oskarsen", "Oskarssen"): the more mentioned one,
        // then the earlier one, stays.
        var count = [Int](repeating: 0, count: entities.count)
        for m in mentions where m.entity >= 0 && m.entity < count.count { count[m.entity] += 1 }
        for (a, b) in raw where raw[b] == a && (count[a], b) > (count[b], a) { raw[a] = nil }
        // A target that moves itself: follow it to an entity that stays; a cycle moves nothing.
        var into: [Int: Int] = [:]
        for a in raw.keys.sorted() {
            var t = raw[a]!
            var seen: Set<Int> = [a]
            while let n = raw[t], seen.insert(t).inserted { t = n }
            if raw[t] == nil, t != a { into[a] = t }
        }
        guard !into.isEmpty else { return }
        var newIndex = [Int](repeating: -1, count: entities.count)
        var kept: [LocalEntity] = []
        for i in entities.indices where into[i] == nil {
            newIndex[i] = kept.count
            kept.append(entities[i])
        }
        for a in entities.indices.sorted() {
            guard let b = into[a] else { continue }
            let t = newIndex[b]
            newIndex[a] = t
            for (s, c) in entities[a].spellings { kept[t].spellings[s, default: 0] += c }
            if kept[t].affiliation == nil { kept[t].affiliation = entities[a].affiliation }
            for r in entities[a].roles where !kept[t].roles.contains(where: { $0.lowercased() == r.lowercased() }) {
                kept[t].roles.append(r)
            }
            for (acr, id) in acronyms where id == entities[a].id { acronyms[acr] = kept[t].id }
        }
        for m in mentions.indices where mentions[m].entity >= 0 && mentions[m].entity < newIndex.count {
            mentions[m].entity = newIndex[mentions[m].entity]
        }
        entities = kept
    }
}
