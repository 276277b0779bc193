/// The alias table as a lookup over normalised token sequences: longest match wins.
///
/// Every name, alias and demonym of every entry is tokenised with `NameTokenizer`; the hash of
/// each token-key prefix goes into `prefixes` and the hash of the whole sequence into `full`, so
/// a scan extends a match one token at a time and stops as soon as no longer name can match.
///
/// - Complexity: a lookup costs one hash-set probe per token of the longest candidate.
///
/// A class, immutable once built: every rule reaches it through `ArticleResolver.index`, and a
/// struct of this size was copied (some 170 bytes) at each call of `match` from a mutating rule.
final class AliasIndex: Sendable {
    struct Hit: Sendable, Hashable {
        var entry: Int
        var demonym: Bool
        /// The name is one word of initials with periods ("L.A.", "U.S."): it matches only a word
        /// in capitals ("U.S.", "US"), never a word that merely spells the same letters ("La", "Us").
        var initials = false
    }

    let entries: [AliasEntry]
    private let full: KeyMap<Hit>
    private let prefixes: KeySet
    let maxTokens: Int
    /// Family name (Korean, Chinese) or last name (others) of each table person -> entries.
    let shortForms: [UInt64: [Int]]
    /// `personKeys(of:).short` of each entry's name (nil for entries that are not people).
    let shortFormKeys: [UInt64?]
    /// `personKeys(of:).given` of each entry's name (nil for entries that are not people).
    let givenNameKeys: [UInt64?]
    /// Given name (first word, for names with the family name last) of each table person ->
    /// entries: "Anwar" for Anwar Ibrahim.
    let givenNames: [UInt64: [Int]]
    let byID: [String: Int]
    /// Seats of government (places with the role "Seat") and the offices they stand for, both
    /// ways: office entry -> seat entry and seat entry -> office entry.
    let seats: [Int: Int]
    /// Capitals (places with the role "Capital"): country id -> the first such place entry
    /// affiliated with it, for "the Ostrian capital" (`ArticleResolver+ImpliedPlaces.swift`).
    let capitals: [String: Int]
    /// `NameTokenizer.spellingKey` of each table person's name and aliases -> entries.
    private let spellings: [UInt64: [Int]]
    /// People by their roles: "country-id|normalised role title" -> (entry, role) of every
    /// table person affiliated with that country who held that role.
    private let holders: [String: [(entry: Int, role: Role)]]
    /// Country aliases that are also the first words of a place of that country ("Washington"
    /// for the United States and "Washington, D.C."): full key hash of the alias -> place entry.
    private let placeReadings: [UInt64: Int]

    init(table: AliasTable) {
        let entries = table.entries
        var ids: [String: Int] = [:]
        for (i, e) in entries.enumerated() { ids[e.id] = i }
        var full = KeyMap<Hit>()
        var prefixes = KeySet()
        var maxTokens = 1
        var shortForms: [UInt64: [Int]] = [:]
        var shortFormKeys: [UInt64?] = []
        var givenNameKeys: [UInt64?] = []
        var givenNames: [UInt64: [Int]] = [:]
        var seats: [Int: Int] = [:]
        var spellings: [UInt64: [Int]] = [:]
        var holders: [String: [(entry: Int, role: Role)]] = [:]
        var placeReadings: [UInt64: Int] = [:]
        for (i, e) in entries.enumerated() {
            for (form, demonym) in e.allNames.map({ ($0, false) }) + e.demonyms.map({ ($0, true) }) {
                let bytes = Array(form.utf8)
                var toks: [NameToken] = []
                NameTokenizer.tokenize(bytes, 0..<bytes.count, into: &toks)
                let keys = toks.map(\.key)
                guard !keys.isEmpty else { continue }
                let initials = toks.count == 1 && toks[0].flags.contains(.abbreviation)
                var h = NameTokenizer.seed
                for (n, k) in keys.enumerated() {
                    h = NameTokenizer.combine(h, k)
                    if n < keys.count - 1 { prefixes.insert(h) }
                }
                if full[h] == nil { full[h] = Hit(entry: i, demonym: demonym, initials: initials) }
                maxTokens = max(maxTokens, keys.count)
            }
            let keys: (short: UInt64?, given: UInt64?) =
                e.type == .person ? AliasIndex.personKeys(of: e.name) : (nil, nil)
            shortFormKeys.append(keys.short)
            givenNameKeys.append(keys.given)
            if let k = keys.short { shortForms[k, default: []].append(i) }
            if let k = keys.given { givenNames[k, default: []].append(i) }
            if e.type == .person {
                for form in e.allNames {
                    if let k = NameTokenizer.spellingKey(form), spellings[k]?.contains(i) != true {
                        spellings[k, default: []].append(i)
                    }
                }
            }
        }
        for (i, e) in entries.enumerated() where e.type == .person {
            guard let country = e.affiliation else { continue }
            for r in e.roles {
                holders[country + "|" + NameTokenizer.normalizedPhrase(r.title), default: []].append((i, r))
            }
        }
        var capitals: [String: Int] = [:]
        for (p, place) in entries.enumerated()
        where place.type == .place && place.roles.contains(where: { $0.title == "Capital" }) {
            if let a = place.affiliation, capitals[a] == nil { capitals[a] = p }
        }
        for (p, place) in entries.enumerated()
        where place.type == .place && place.roles.contains(where: { $0.title == "Seat" }) {
            guard let a = place.affiliation, let o = ids[a] else { continue }
            seats[p] = o
            seats[o] = p
        }
        // Places whose name starts with an alias of their own country.
        for (p, place) in entries.enumerated() where place.type == .place {
            guard let a = place.affiliation, let c = ids[a], entries[c].type == .country else { continue }
            let placeKeys = NameTokenizer.keys(place.name)
            for alias in entries[c].aliases {
                let keys = NameTokenizer.keys(alias)
                guard !keys.isEmpty, keys.count <= placeKeys.count, Array(placeKeys.prefix(keys.count)) == keys else {
                    continue
                }
                let h = keys.reduce(NameTokenizer.seed, NameTokenizer.combine)
                if placeReadings[h] == nil { placeReadings[h] = p }
            }
        }
        self.entries = entries
        self.byID = ids
        self.full = full
        self.prefixes = prefixes
        self.maxTokens = maxTokens
        self.shortForms = shortForms
        self.shortFormKeys = shortFormKeys
        self.givenNameKeys = givenNameKeys
        self.givenNames = givenNames
        self.seats = seats
        self.capitals = capitals
        self.spellings = spellings
        self.holders = holders
        self.placeReadings = placeReadings
    }

    /// The entry one of whose names or aliases is `phrase` (normalised as the resolver
    /// normalises text), without its demonyms.
    func entry(named phrase: String) -> Int? {
        let keys = NameTokenizer.keys(phrase)
        guard !keys.isEmpty else { return nil }
        var h = NameTokenizer.seed
        for k in keys { h = NameTokenizer.combine(h, k) }
        guard let hit = full[h], !hit.demonym else { return nil }
        return hit.entry
    }

    /// The place that tokens `i..<end` name when read as a place rather than as the country
    /// they are an alias of ("in Washington" → Washington, D.C.).
    func placeReading(_ tokens: [NameToken], _ i: Int, _ end: Int) -> Int? {
        guard !placeReadings.isEmpty, i < end else { return nil }
        var h = NameTokenizer.seed
        for k in i..<end { h = NameTokenizer.combine(h, tokens[k].key) }
        return placeReadings[h]
    }

    /// The place entry that `phrase` names, as a dateline writes it ("KUALA LUMPUR"; "WASHINGTON",
    /// a country's alias read as its place); nil for anything else.
    func place(named phrase: String) -> Int? {
        let keys = NameTokenizer.keys(phrase)
        guard !keys.isEmpty else { return nil }
        var h = NameTokenizer.seed
        for k in keys { h = NameTokenizer.combine(h, k) }
        if let p = placeReadings[h] { return p }
        guard let hit = full[h], !hit.demonym, entries[hit.entry].type == .place else { return nil }
        return hit.entry
    }

    /// The longest table name starting at token `i` (tokens `i..<limit`): its end and hit.
    func match(_ tokens: [NameToken], at i: Int, limit: Int) -> (end: Int, hit: Hit)? {
        let first = tokens[i]
        guard first.isCap || first.flags.contains(.caseless) else { return nil }
        var h = NameTokenizer.seed
        var best: (Int, Hit)? = nil
        var j = i
        let stop = min(limit, i + maxTokens)
        while j < stop {
            let t = tokens[j]
            if j > i {
                if t.gap != .space && t.gap != .hyphen { break }
                if tokens[j - 1].isPossessive && best != nil { break }
            }
            h = NameTokenizer.combine(h, t.key)
            if let hit = full[h], !hit.initials || t.isAllCaps { best = (j + 1, hit) }
            guard prefixes.contains(h) else { break }
            j += 1
        }
        return best
    }

    /// The one table person of `country` who held `role` (normalised: "foreign minister") on
    /// `date`, by the table's dated roles; nil when none or several did, or a role of theirs
    /// has no dates (then the table cannot say who held it when).
    func holder(of role: String, country: String, on date: PartialDate) -> Int? {
        guard let list = holders[country + "|" + role] else { return nil }
        var found: Int?
        for (e, r) in list {
            guard r.from != nil || r.to != nil else { return nil }
            guard PersonDatedRoles.held(r, on: date) else { continue }
            if let f = found, f != e { return nil }
            found = e
        }
        return found
    }

    /// The one table person whose name or alias is another spelling of `name` ("Vladmir Putin"),
    /// by `NameTokenizer.spellingKey`; nil when none or several are.
    func person(spelledLike name: String) -> Int? {
        guard let k = NameTokenizer.spellingKey(name), let people = spellings[k], people.count == 1 else { return nil }
        return people[0]
    }

    /// The keys of a person's short form and given name. The short form is the family name for
    /// Korean and Chinese names (first word, when it is a known family name and the rest are
    /// romanised syllables), otherwise the last word (Vietnamese names too: `Lexicon.givenNameLast`); the given name is the first word of a name
    /// that does not put the family name first. Both nil for a name of one word.
    static func personKeys(of name: String) -> (short: UInt64?, given: UInt64?) {
        let words = name.split(whereSeparator: { $0 == " " })
        guard words.count >= 2 else { return (nil, nil) }
        if familyFirst(words.map { $0.lowercased() }) {
            let family = NameTokenizer.key(String(words[0]))
            // A Vietnamese name is shortened to its last word (`Lexicon.givenNameLast`).
            guard Lexicon.givenNameLast.contains(family) else { return (family, nil) }
            return (NameTokenizer.key(String(words[words.count - 1])), nil)
        }
        // "Abdullah II", "Charles III", "Abdullah II of Jordan": the name before a regnal number
        // is the short form.
        let regnal = { (w: Substring) in !w.isEmpty && w.allSatisfy { "IVX".contains($0) } }
        if let n = words.lastIndex(where: regnal), n >= 1, n == words.count - 1 || words[n + 1] == "of" {
            return (NameTokenizer.key(String(words[n - 1])), nil)
        }
        let last = words[words.count - 1]
        // "Sila-Tualaulelei" → "Sila"; after a particle, the name: "el-Sisi" → "Sisi".
        let parts = last.split(separator: "-")
        let particle = parts.count == 2 && Lexicon.nameParticles.contains(NameTokenizer.key(String(parts[0])))
        let lastPart = String(particle ? parts[1] : parts.first ?? last)
        let given = words[0].contains("-") || words[0].contains(".") ? nil : NameTokenizer.key(String(words[0]))
        return (NameTokenizer.key(lastPart), given)
    }

    /// True when lowercase `words` look like a family-name-first Korean or Chinese name.
    static func familyFirst(_ words: [String]) -> Bool {
        guard words.count >= 2, words.count <= 4, Lexicon.familyFirst.contains(NameTokenizer.key(words[0])) else {
            return false
        }
        for w in words.dropFirst() {
            for part in w.split(separator: "-") where !Lexicon.isSyllabic(part) { return false }
        }
        return true
    }
}

extension PartialDate {
    /// The first and last day a partial date may stand for, as comparable (year, month, day).
    static func start(of d: PartialDate) -> (Int, Int, Int) { (d.year, d.month ?? 1, d.day ?? 1) }
    static func end(of d: PartialDate) -> (Int, Int, Int) { (d.year, d.month ?? 12, d.day ?? 31) }
}
