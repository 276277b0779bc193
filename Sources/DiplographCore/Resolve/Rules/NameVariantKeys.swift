/// Two nodes of the corpus that spell one name in two ways any reader takes for one: a middle
/// initial given or left out ("Ana B. Lorne", "Ana Lorne"), a name part written as one word or
/// two ("Abdelrahim Omar", "Abdel Rahim Omar"), the family name first or last ("Tanabe Koji",
/// "Koji Tanabe") when no one else of the corpus bears either part, a long name part
/// transliterated two ways ("Berdimorsakov", "Berdymorsakhov": y/i, w/v, kh/h, double letters),
/// a given name romanised two ways that letters alone do not tell ("Petr", "Pyotr"),
/// and a body's name with or without "the"/"of" or a plural ("University of the North Coast",
/// "University of North Coast"; "Coral Islands Council", "Coral Island Council"), a known body
/// also by its name's slug ("pif" is "Pacific Islands Forum"), a Mongolian patronymic written out
/// or cut ("Tuvaagiin Ganbold", "Tu. Ganbold": `NameVariantPatronymics`). Each rule maps an entity id (a
/// slug) to a key; two ids with one key become one node when the pair passes the rule's check.
///
/// Strong evidence only: a key group joins exactly two distinct ids of one type, at most one of
/// them known to a table; anything more (two middle initials, three spellings) stays apart.
/// "Kim Jong Un", "Kim Jong Il" and "Kim Yo Jong" share no key; "Ana B. Lorne" and "Ana C.
/// Lorne" do not merge, nor does either with "Ana Lorne" when both exist. Runs once per corpus
/// on entity ids, never per token.
enum NameVariantKeys {
    /// One way of spelling a name differently.
    enum Rule: String, CaseIterable, Sendable {
        case middleInitial
        case joinedParts
        case swappedOrder
        case transliteration
        case middleName
        case bodyStopwords
        case bodyOrder
        case venueLanguage
        case joinedWords
        case venueModifiers
        case patronymic
        case givenNameForms
    }

    /// Shortest name part whose transliterations are made equal (`phonetic`): "Aliev", "Aliyev".
    static let transliterationLength = 5

    /// The rules that apply to entities of `type`.
    static func rules(for type: EntityType) -> [Rule] {
        Rule.allCases.filter { applies($0, to: type) }
    }

    /// True when `rule` applies to entities of `type` (`rules(for:)`, asked with no list made).
    static func applies(_ rule: Rule, to type: EntityType) -> Bool {
        switch rule {
        case .middleInitial, .joinedParts, .swappedOrder, .transliteration, .middleName, .patronymic,
            .givenNameForms:
            return type == .person
        case .bodyStopwords, .bodyOrder: return type == .organization
        case .joinedWords: return type == .organization || type == .place
        case .venueLanguage, .venueModifiers: return type == .place
        }
    }

    static func words(_ id: String) -> [Substring] { SlugWords.split(id) }

    /// `id` with its leading one-letter words joined: "k-p-sharma-oli" is "kp-sharma-oli", the
    /// slug of the same name with its initials written together; `id` itself when it has fewer
    /// than two such words.
    static func joinedInitials(_ id: String) -> String {
        let ws = words(id)
        var n = 0
        while n < ws.count, ws[n].count == 1 { n += 1 }
        guard n >= 2, n < ws.count else { return id }
        return ([ws[0..<n].joined()] + ws[n...].map(String.init)).joined(separator: "-")
    }

    static func isNameWord(_ w: Substring) -> Bool {
        guard !w.isEmpty else { return false }
        // ASCII (most slugs): a byte is a character, a letter is A-Z or a-z.
        var ascii = true
        for b in w.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if (b | 0x20) &- 0x61 >= 26 { return false }
        }
        return ascii || w.allSatisfy { $0.isLetter }
    }

    /// An id split into its words once, for the keys of every rule.
    struct Name {
        let id: String
        let words: [Substring]
        /// Every word is a name word (`isNameWord`).
        let nameWords: Bool

        init(_ id: String) {
            self.id = id
            words = NameVariantKeys.words(id)
            nameWords = words.allSatisfy(NameVariantKeys.isNameWord)
        }
    }

    /// The key of `id` under `rule`, nil when the rule does not apply to it.
    static func key(_ id: String, _ rule: Rule) -> String? { key(Name(id), rule) }

    /// The key of `name` under `rule`, nil when the rule does not apply to it.
    static func key(_ name: Name, _ rule: Rule) -> String? {
        let id = name.id
        let ws = name.words
        // A body or a place written as one word: "Statehouse" for "State House".
        if rule == .joinedWords, ws.count == 1, ws[0].count >= 8, name.nameWords { return id }
        guard ws.count >= 2, name.nameWords else { return nil }
        switch rule {
        case .middleInitial:
            // Inner one-letter words dropped; first and last name are whole words.
            guard ws.first!.count >= 2, ws.last!.count >= 2 else { return nil }
            let kept = ws.enumerated().filter { i, w in i == 0 || i == ws.count - 1 || w.count > 1 }.map(\.element)
            return kept.joined(separator: "-")
        case .joinedParts, .joinedWords:
            return ws.joined()
        case .swappedOrder:
            guard ws.count == 2, ws.allSatisfy({ $0.count >= 3 }) else { return nil }
            return ws.map(String.init).sorted().joined(separator: "-")
        case .transliteration:
            return ws.map { $0.count >= transliterationLength ? phonetic($0) : String($0) }.joined(separator: "-")
        case .middleName:
            // First and last name only, transliterated: "Rosa Lina da Vesta" and "Rosa da Vesta".
            guard ws.first!.count >= 3, ws.last!.count >= 3 else { return nil }
            return phonetic(ws.first!) + "-" + phonetic(ws.last!)
        case .bodyStopwords:
            // Without "the" and "of"; in a name of three words or more, plurals as singulars.
            let kept = ws.filter { $0 != "the" && $0 != "of" }
            guard kept.count >= 2 else { return nil }
            guard kept.count >= 3 else { return kept.joined(separator: "-") }
            return kept.map { w in w.count >= 5 && w.hasSuffix("s") && !w.hasSuffix("ss") ? w.dropLast() : w }
                .joined(separator: "-")
        case .bodyOrder:
            // "Coastal Affairs Ministry" for "Ministry of Coastal Affairs": the head after the rest.
            guard ws.count >= 3, bodyHeads.contains(String(ws[0])), ws[1] == "of" else { return nil }
            let rest = ws.dropFirst(ws.count >= 4 && ws[2] == "the" ? 3 : 2)
            return (rest + [ws[0]]).joined(separator: "-")
        case .venueLanguage:
            // "Istana Lorin" for "Lorin Palace": the head in English, after the rest.
            guard let head = venueHeads[String(ws[0])] else { return nil }
            let rest = ws.dropFirst().filter { !venueFunctionWords.contains(String($0)) }
            return rest.isEmpty ? nil : (rest + [Substring(head)]).joined(separator: "-")
        case .patronymic:
            return NameVariantPatronymics.key(ws)
        case .givenNameForms:
            // "Pyotr Orlov" for "Petr Orlov": the given name as its group's first form.
            guard let form = givenNameForms[ws[0]] else { return nil }
            return ([Substring(form)] + ws.dropFirst()).joined(separator: "-")
        case .venueModifiers:
            // "Lorin Presidential Palace" for "Lorin Palace": a venue without its rank word.
            let kept = ws.filter { !venueModifiers.contains(String($0)) }
            guard kept.count >= 2, let last = kept.last,
                ArticleShortForms.heads.contains(String(last))
            else { return nil }
            return kept.joined(separator: "-")
        }
    }

    /// Given names romanised in ways `phonetic` does not make equal (short, another first letter,
    /// another vowel), each group a list of spellings of one name, mapped to its first: "Petr",
    /// "Pyotr"; "Yelena", "Elena"; "Muhammad", "Mohammed"; Ukrainian and Russian forms of one
    /// name ("Mykola", "Nikolai"). Never nicknames ("Bob", "Robert"), which name others too.
    static let givenNameForms: [Substring: String] = {
        let groups: [[String]] = [
            ["yuri", "yury", "yuriy", "yurii", "iurii"], ["petr", "pyotr"], ["elena", "yelena", "jelena"],
            ["evgeny", "yevgeny", "yevgeniy", "evgeniy", "evgeni", "yevhen"], ["nikolai", "nikolay", "mykola"],
            ["aleksandr", "alexander", "alexandr", "aleksander", "oleksandr"],
            ["aleksei", "alexei", "alexey", "aleksey", "oleksiy"], ["sergei", "sergey", "serhiy", "serhii"],
            ["vladimir", "volodymyr"], ["maria", "mariya"], ["olga", "olha"],
            ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "mohamud"],
            ["ahmed", "ahmad"], ["hussein", "husain", "hussain", "husein"],
            ["youssef", "yusuf", "yousef", "yousuf", "yussuf"], ["abdallah", "abdullah", "abdulla"],
            ["fatima", "fatema", "fatma"], ["mahmoud", "mahmud", "mahmood"], ["omar", "umar"],
        ]
        var out: [Substring: String] = [:]
        for g in groups { for w in g { out[Substring(w)] = g[0] } }
        return out
    }()

    /// Words that rank a venue and that its name may leave out: "Lorin (Presidential) Palace".
    static let venueModifiers: Set<String> = ["presidential", "royal", "imperial", "national"]

    /// Heads of venues as other languages name them, and their English: "Istana Lorin", "Lorin
    /// Palace".
    static let venueHeads: [String: String] = [
        "istana": "palace", "palacio": "palace", "palais": "palace", "palazzo": "palace", "palacete": "palace",
        "masjid": "mosque", "mezquita": "mosque",
    ]
    /// Articles and prepositions a venue's name may carry in either language ("Palacio de la …").
    static let venueFunctionWords: Set<String> = [
        "de", "del", "la", "el", "du", "des", "le", "di", "della", "the", "of",
    ]

    /// Heads of bodies named either way: "Ministry of X" and "X Ministry".
    static let bodyHeads: Set<String> = [
        "ministry", "department", "office", "commission", "committee", "council", "agency", "bureau", "directorate",
    ]

    /// The key of a name as it stands, for the rules whose key rewrites only one of two
    /// spellings (`bodyOrder`, `venueLanguage`): "Coastal Affairs Ministry" is keyed as itself.
    static func plainKey(_ id: String, _ rule: Rule) -> String? { plainKey(Name(id), rule) }

    static func plainKey(_ name: Name, _ rule: Rule) -> String? {
        let id = name.id
        let ws = name.words
        switch rule {
        case .bodyOrder:
            guard ws.count >= 2, bodyHeads.contains(String(ws.last!)), !ws.contains("of") else { return nil }
            return id
        case .venueLanguage:
            // "Lorin Palace", "La Lorin Palace": the English spelling.
            guard ws.count >= 2, Set(venueHeads.values).contains(String(ws.last!)) else { return nil }
            let kept = ws.filter { !venueFunctionWords.contains(String($0)) }
            return kept.count >= 2 ? kept.joined(separator: "-") : nil
        default:
            return nil
        }
    }

    /// A long name part with the letters transliterations disagree on made equal: y and i, w
    /// and v, kh and h, an h after b, d, g or t left out, doubled letters as one
    /// ("Berdymukhammedov", "Berdimuhamedow"; "Vidhya", "Vidya").
    static func phonetic(_ w: Substring) -> String {
        var out: [Character] = []
        var prev: Character? = nil
        for c in w {
            var x: Character = c
            if c == "y" { x = "i" }
            if c == "w" { x = "v" }
            if c == "h", prev == "k" { out.removeLast() }
            if c == "h", let p = prev, "bdgt".contains(p) {
                prev = c
                continue
            }
            if x == out.last { continue }
            out.append(x)
            prev = c
        }
        return String(out)
    }

    /// True when the words of `short`, transliterated, are those of `long` in order with words of
    /// `long` between them, first and last kept.
    static func isSubsequence(_ short: [Substring], of long: [Substring]) -> Bool {
        guard short.count >= 2, long.count > short.count else { return false }
        let s = short.map(phonetic)
        let l = long.map(phonetic)
        guard s.first == l.first, s.last == l.last else { return false }
        var i = 0
        for w in l where i < s.count && w == s[i] { i += 1 }
        return i == s.count
    }

    /// True when `a` and `b` (distinct, one key under `rule`) are one name by the rule's own
    /// check; `others(w)` counts the person ids of the corpus that contain the word w.
    static func accepts(_ a: String, _ b: String, _ rule: Rule, others: (Substring) -> Int) -> Bool {
        let wa = words(a)
        let wb = words(b)
        switch rule {
        case .middleInitial:
            // Exactly one of them carries initials (two different initials: two people).
            return wa.count != wb.count
                && (wa.contains { $0.count == 1 } != wb.contains { $0.count == 1 })
        case .joinedParts, .joinedWords:
            // One splits words of the other, never moves a boundary ("Al Amin", "Ala Min").
            let (fine, coarse) = wa.count > wb.count ? (wa, wb) : (wb, wa)
            guard fine.count > coarse.count else { return false }
            var i = 0
            for c in coarse {
                var built = ""
                while i < fine.count, built.count < c.count {
                    built += fine[i]
                    i += 1
                }
                if built != c { return false }
            }
            return i == fine.count
        case .swappedOrder:
            // Both parts belong to these two spellings only (no relative shares either), or the
            // family name does, a long one (`PersonSwappedNames`).
            return wa == wb.reversed()
                && (wa.allSatisfy { others($0) == 2 } || PersonSwappedNames.ownsFamilyName(wa, wb, others: others))
        case .transliteration:
            // One word differs, long in both, same first letter; the others equal.
            guard wa.count == wb.count else { return false }
            let diff = zip(wa, wb).filter { $0 != $1 }
            guard diff.count == 1, let (x, y) = diff.first else { return false }
            return x.count >= transliterationLength && y.count >= transliterationLength && x.first == y.first
        case .middleName:
            // One spelling leaves out middle names of the other (`middleNameOwner` picks the one).
            return isSubsequence(wa, of: wb) || isSubsequence(wb, of: wa)
        case .bodyStopwords, .bodyOrder, .venueLanguage:
            return true
        case .venueModifiers:
            return wa.count != wb.count
        case .patronymic:
            return NameVariantPatronymics.accepts(wa, wb)
        case .givenNameForms:
            // The given names differ, the rest is one (the key says so).
            return wa.count == wb.count && wa.first != wb.first
        }
    }
}

extension EntityAggregator {
    /// Corpus-wide merges by `NameVariantKeys`: accumulator index -> index of the node it is
    /// another spelling of (the known one, else the one with more words, then more mentions,
    /// then the smaller id), with the rule that joined them.
    ///
    /// - Complexity: O(w) for w words of entity ids: one key per rule and id, grouped by hash.
    static func nameVariantMerges(_ accs: [Acc], skipping removed: Set<String>) -> [(from: Int, to: Int)] {
        let live = accs.indices.filter { k in
            !NameVariantKeys.rules(for: accs[k].summary.type).isEmpty && !removed.contains(accs[k].summary.id)
        }
        // A known body is also found by its name's slug ("pif" is "Pacific Islands Forum"); each
        // spelling is split into words once, for every rule.
        var names = [NameVariantKeys.Name?](repeating: nil, count: accs.count)
        for k in live {
            let s = accs[k].summary
            let spelling = accs[k].known && s.type == EntityType.organization ? NameTokenizer.slug(s.name) : s.id
            names[k] = NameVariantKeys.Name(spelling)
        }
        var wordCount: [Substring: Int] = [:]
        for k in live where accs[k].summary.type == .person {
            for w in Set(names[k]!.words) { wordCount[w, default: 0] += 1 }
        }
        func spelling(_ k: Int) -> String { names[k]!.id }
        /// A key group: the type and the key (two types never share a group).
        struct Group: Hashable {
            var type: EntityType
            var key: String
        }
        var out: [(from: Int, to: Int)] = []
        var merged = Set<Int>()
        for rule in NameVariantKeys.Rule.allCases {
            var groups: [Group: [Int]] = [:]
            var order: [Group] = []
            for k in live where !merged.contains(k) && NameVariantKeys.applies(rule, to: accs[k].summary.type) {
                let name = names[k]!
                guard let key = NameVariantKeys.key(name, rule) ?? NameVariantKeys.plainKey(name, rule) else {
                    continue
                }
                let g = Group(type: accs[k].summary.type, key: key)
                if groups[g] == nil { order.append(g) }
                groups[g, default: []].append(k)
            }
            for g in order {
                guard let members = groups[g] else { continue }
                if rule == .middleName {
                    for (from, to) in middleNameMerges(accs, members) {
                        out.append((from, to))
                        merged.insert(from)
                    }
                    continue
                }
                guard members.count == 2 else { continue }
                let (a, b) = (members[0], members[1])
                guard !(accs[a].known && accs[b].known),
                    NameVariantKeys.accepts(spelling(a), spelling(b), rule, others: { wordCount[$0] ?? 0 })
                else { continue }
                let (from, to) = preferred(accs, a, b, rule) ? (b, a) : (a, b)
                out.append((from, to))
                merged.insert(from)
            }
        }
        return out
    }

    /// The merges of one `middleName` group: every shorter name into the one longest name that
    /// contains it ("Rosa da Vesta" into "Rosa Lina da Vesta"), when that longest name is alone
    /// ("Ana B. Lorne" and "Ana C. Lorne" leave "Ana Lorne" apart) and at most one of the group
    /// is known to a table.
    private static func middleNameMerges(_ accs: [Acc], _ members: [Int]) -> [(from: Int, to: Int)] {
        guard members.count >= 2, members.filter({ accs[$0].known }).count <= 1 else { return [] }
        let ws = members.map { NameVariantKeys.words(accs[$0].summary.id) }
        let most = ws.map(\.count).max()!
        let longest = members.indices.filter { ws[$0].count == most }
        guard longest.count == 1, let top = longest.first else { return [] }
        let others = members.indices.filter { $0 != top }
        guard others.allSatisfy({ NameVariantKeys.isSubsequence(ws[$0], of: ws[top]) }) else { return [] }
        // A known shorter name stands for the group (the table's spelling).
        let target = others.first { accs[members[$0]].known } ?? top
        return members.indices.filter { $0 != target }.map { (members[$0], members[target]) }
    }

    /// True when `a` should stand for both: known, more words, more mentions, smaller id.
    ///
    /// Under `transliteration` and `bodyOrder`, whose spellings say the same in as many words or
    /// in other words, the spelling of more articles comes before the number of words ("Ilham
    /// Aliyev" of three articles, not "Ilham Aliev" of one).
    private static func preferred(_ accs: [Acc], _ a: Int, _ b: Int, _ rule: NameVariantKeys.Rule) -> Bool {
        let byArticles = rule == .transliteration || rule == .bodyOrder || rule == .venueLanguage
        func rank(_ k: Int) -> (Int, Int, Int, Int, Int) {
            let articles = byArticles ? -Set(accs[k].articles).count : 0
            // The patronymic written out ("Tuvaagiin Ganbold", not "Tu. Ganbold") names the node.
            let written = rule == .patronymic ? -accs[k].summary.id.utf8.count : 0
            return (
                accs[k].known ? 0 : 1, written, articles, -NameVariantKeys.words(accs[k].summary.id).count,
                -accs[k].summary.mentions
            )
        }
        let (ra, rb) = (rank(a), rank(b))
        return ra != rb ? ra < rb : accs[a].summary.id < accs[b].summary.id
    }
}
