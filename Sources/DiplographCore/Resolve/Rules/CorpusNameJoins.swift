import Foundation

/// One entity named two ways in two articles, where no rule of `NameVariantKeys` or
/// `PersonVariants` sees one name:
/// - accents the slug keeps ("Ștefan Vodă", "Stefan Voda": the slug folds Latin-1, Latin
///   Extended-A and the Vietnamese vowels only) and a name written as one word or two ("Đà Lat",
///   "Dalat"), for every type;
/// - a body's acronym in one article and its long form in another ("NCRT" and "North Coast
///   Council for Regional Trade"), the initials of its words with or without the function words;
/// - a person's name transliterated two ways in two words ("Nicos Adamides", "Nikos Adamidis"):
///   c as k (not in "ch"), then `NameVariantKeys.phonetic`, then a slip (`PersonVariants.isSlip`)
///   of at most one long word.
///
/// Strong evidence only: each join needs exactly two entities of one type under the key, each the
/// other's only match; never two entities of the alias table (it knows them as different), never
/// two of different affiliations; an acronym only of four letters or more ("CPN" is several
/// parties), that no entity of the corpus spells otherwise, spelt by exactly one body. Short words
/// are never transliterated ("Kim Jong Un", "Kim Jong Il" and "Kim Yo Jong" stay three), nor "ch"
/// read as "h" ("Chang Lin" is not "Hang Lin"); a split moved inside a name stays apart ("Al
/// Amin", "Ala Min").
enum CorpusNameJoins {
    /// Fewest letters of an acronym that joins its long form: three-letter ones name too much.
    static let acronymLength = 4...8

    /// Fewest letters of a fold key that joins two entities ("Hanoi"): shorter keys say too little.
    static let foldLength = 5

    /// Words an acronym may skip or spell: "SCO" and "SOCO" for "Shanghai Cooperation of …".
    static let functionWords: Set<Substring> = ["of", "for", "and", "the", "on", "in", "to", "at", "de", "la", "du"]

    /// `id` with the accents the slug keeps folded ("ștefan" → "stefan"); ASCII ids as they are.
    static func folded(_ id: String) -> String {
        guard id.utf8.contains(where: { $0 >= 0x80 }) else { return id }
        return id.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The key of one name under accents and word breaks: folded, the hyphens left out.
    static func foldKey(_ id: String) -> String {
        String(decoding: folded(id).utf8.filter { $0 != 0x2D }, as: UTF8.self)
    }

    /// True when the folded words of `a` and `b` are one name: the same words, or one splits words
    /// of the other without moving a boundary (`NameVariantKeys.accepts` under `joinedParts`).
    static func sameFoldedName(_ a: String, _ b: String) -> Bool {
        let fa = folded(a)
        let fb = folded(b)
        if fa == fb { return true }
        return NameVariantKeys.accepts(fa, fb, .joinedParts, others: { _ in 0 })
    }

    /// The lowercase acronym a body's name is, nil when it is none: one word of 4 to 8 capitals.
    static func acronym(_ name: String) -> String? {
        let u = name.utf8
        guard acronymLength.contains(u.count), u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        return name.lowercased()
    }

    /// The initials of a body's name an acronym may spell: of the words without the function
    /// words, and of all words; none for fewer than two words.
    static func initials(_ id: String) -> [String] {
        let ws = SlugWords.split(id)
        guard ws.count >= 2 else { return [] }
        let content = String(ws.filter { !functionWords.contains($0) }.compactMap(\.first))
        let all = String(ws.compactMap(\.first))
        return (content == all ? [all] : [content, all]).filter { acronymLength.contains($0.count) }
    }

    /// A person's id with each word of `NameVariantKeys.transliterationLength` letters or more
    /// transliterated: accents folded, c as k unless an h follows, then `NameVariantKeys.phonetic`;
    /// shorter words folded only. Nil unless every word is a name word.
    static func transliterated(_ id: String) -> String? {
        let ws = SlugWords.split(folded(id))
        guard ws.count >= 2, ws.allSatisfy(NameVariantKeys.isNameWord) else { return nil }
        return ws.map { w -> String in
            guard w.count >= NameVariantKeys.transliterationLength else { return String(w) }
            var s = ""
            var rest = w[...]
            while let c = rest.first {
                rest = rest.dropFirst()
                s.append(c == "c" && rest.first != "h" ? "k" : c)
            }
            return NameVariantKeys.phonetic(Substring(s))
        }.joined(separator: "-")
    }

    /// True when two transliterated ids (`transliterated`) are one name: equal, or one slip apart.
    static func sameTransliteration(_ a: String, _ b: String) -> Bool { a == b || PersonVariants.isSlip(a, b) }
}

extension EntityAggregator {
    /// Corpus-wide joins by `CorpusNameJoins`: accumulator index -> index of the entity it is
    /// another name of (the known one, else the one of more articles, more words, more mentions,
    /// the smaller id). Ids in `removed` take no part.
    ///
    /// - Complexity: O(w) for w words of entity ids: one fold key per id, the initials of each
    ///   body and the slip patterns of each person indexed once.
    static func corpusNameJoins(_ accs: [Acc], skipping removed: Set<String>) -> [(from: Int, to: Int)] {
        let live = accs.indices.filter { !removed.contains(accs[$0].summary.id) && accs[$0].summary.type != .country }
        var out: [(from: Int, to: Int)] = []
        var joined = Set<Int>()
        // Never two table entries (the table knows them apart), never two affiliations.
        func join(_ a: Int, _ b: Int) {
            let (x, y) = (accs[a], accs[b])
            guard a != b, !joined.contains(a), !joined.contains(b), !(x.known && y.known) else { return }
            if let fa = x.summary.affiliation, let fb = y.summary.affiliation, fa != fb { return }
            out.append(corpusJoinPrefers(accs, a, b) ? (b, a) : (a, b))
            joined.insert(a)
            joined.insert(b)
        }

        // Accents and word breaks: a key of exactly two entities of one type.
        var byFold: [String: [Int]] = [:]
        var foldOrder: [String] = []
        for k in live {
            let folded = CorpusNameJoins.foldKey(accs[k].summary.id)
            guard folded.utf8.count >= CorpusNameJoins.foldLength else { continue }
            let key = "\(accs[k].summary.type.rawValue)|\(folded)"
            if byFold[key] == nil { foldOrder.append(key) }
            byFold[key, default: []].append(k)
        }
        for key in foldOrder {
            guard let m = byFold[key], m.count == 2,
                CorpusNameJoins.sameFoldedName(accs[m[0]].summary.id, accs[m[1]].summary.id)
            else { continue }
            join(m[0], m[1])
        }

        // A body's acronym and the one long form whose initials it spells; no other entity spells
        // the acronym.
        var acronyms: [String: Int] = [:]
        for k in live where accs[k].summary.type == .organization && !accs[k].known && !joined.contains(k) {
            let s = accs[k].summary
            if let acr = CorpusNameJoins.acronym(s.name), s.id == acr { acronyms[acr] = k }
        }
        if !acronyms.isEmpty {
            var spelt: [String: Int] = [:]
            for k in live {
                for s in accs[k].spellings {
                    if let acr = CorpusNameJoins.acronym(s), acronyms[acr] != nil { spelt[acr, default: 0] += 1 }
                }
            }
            var byInitials: [String: Set<Int>] = [:]
            for k in live where accs[k].summary.type == .organization {
                let s = accs[k].summary
                let spelling = accs[k].known ? NameTokenizer.slug(s.name) : s.id
                for i in CorpusNameJoins.initials(spelling) where acronyms[i] != nil {
                    byInitials[i, default: []].insert(k)
                }
            }
            for (acr, k) in acronyms.sorted(by: { $0.key < $1.key }) {
                guard spelt[acr] == 1, let owners = byInitials[acr], owners.count == 1, let t = owners.first else {
                    continue
                }
                join(k, t)
            }
        }

        // A place's plural and singular, or its name with and without its head (`CorpusPlaceForms`).
        for (a, b) in corpusPlacePairs(accs, live) { join(a, b) }

        // A person transliterated two ways: each the other's only match.
        var translit = [String?](repeating: nil, count: accs.count)
        var byKey: [String: [Int]] = [:]
        for k in live where accs[k].summary.type == .person && !joined.contains(k) {
            guard let t = CorpusNameJoins.transliterated(accs[k].summary.id) else { continue }
            translit[k] = t
            byKey[t, default: []].append(k)
            for p in PersonVariants.slipPatterns(SlugWords.split(t)) { byKey["*" + p, default: []].append(k) }
        }
        func matches(_ k: Int) -> Set<Int> {
            guard let t = translit[k] else { return [] }
            var m = Set((byKey[t] ?? []).filter { $0 != k })
            for p in PersonVariants.slipPatterns(SlugWords.split(t)) {
                for c in byKey["*" + p] ?? [] where c != k && CorpusNameJoins.sameTransliteration(t, translit[c]!) {
                    m.insert(c)
                }
            }
            return m
        }
        for k in live where translit[k] != nil && !joined.contains(k) {
            let m = matches(k)
            guard m.count == 1, let t = m.first, t > k, matches(t) == [k] else { continue }
            join(k, t)
        }
        return out
    }

    /// True when `a` should stand for both: known, more articles, more words, more mentions,
    /// smaller id.
    private static func corpusJoinPrefers(_ accs: [Acc], _ a: Int, _ b: Int) -> Bool {
        func rank(_ k: Int) -> (Int, Int, Int, Int) {
            let s = accs[k].summary
            return (accs[k].known ? 0 : 1, -Set(accs[k].articles).count, -SlugWords.split(s.id).count, -s.mentions)
        }
        let (ra, rb) = (rank(a), rank(b))
        return ra != rb ? ra < rb : accs[a].summary.id < accs[b].summary.id
    }
}
