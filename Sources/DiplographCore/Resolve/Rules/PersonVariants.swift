/// Two spellings of one person that must become one node: a shorter form of a longer name
/// ("López Obrador", "Díaz-Canel" after "Andrés Manuel López Obrador", "Miguel Díaz-Canel") and
/// a one-letter slip in a long word ("Giargia Meloni" for "Giorgia Meloni", "Matvienko" for
/// "Matviyenko"). Both work on entity ids (slugs: normalised words joined by "-"), so that the
/// article's resolver and the corpus's aggregator apply one definition.
///
/// Strong evidence only: a short form names its owner when exactly one longer name ends with
/// it; a slip needs the same number of words, all but one equal, and the differing word at least
/// six letters long in both spellings, one edit apart. "Kim Jong Un" and "Kim Jong Il" (two
/// short words differ by two letters), "Choe Son Hui" and "Choe Ryong Hae" stay apart.
enum PersonVariants {
    /// The words of a slug.
    static func words(_ id: String) -> [Substring] { SlugWords.split(id) }

    /// True when `short`'s words are the last words of `long`, which has more of them.
    static func isTrailingPart(_ short: String, of long: String) -> Bool {
        // Necessary: the slug ends with "-" and the short slug (checked on bytes, no split).
        let su = short.utf8
        let lu = long.utf8
        guard lu.count > su.count + 1, lu.suffix(su.count).elementsEqual(su),
            lu[lu.index(lu.endIndex, offsetBy: -su.count - 1)] == UInt8(ascii: "-")
        else { return false }
        let s = words(short)
        let l = words(long)
        guard !s.isEmpty, s.count < l.count else { return false }
        return Array(l.suffix(s.count)) == s
    }

    /// The one name of `candidates` that ends with the words of `short`; nil when none or
    /// several do ("Obama" with both "Barack Obama" and "Michelle Obama"). Names that are
    /// themselves the end of another such name count as that name ("Obrador" with "López
    /// Obrador" and "Andrés Manuel López Obrador").
    static func owner<S: Sequence>(ofTrailingPart short: String, among candidates: S) -> String?
    where S.Element == String {
        let longer = Set(candidates.filter { isTrailingPart(short, of: $0) })
        let longest = longer.filter { c in !longer.contains { isTrailingPart(c, of: $0) } }
        return longest.count == 1 ? longest.first : nil
    }

    /// The owner (`owner(ofTrailingPart:among:)`) of each of `ids` that has one.
    static func owners(ofTrailingParts ids: [String], among candidates: [String]) -> [String: String] {
        let all = Set(candidates)
        var out: [String: String] = [:]
        var seen = Set<String>()
        for id in ids where seen.insert(id).inserted {
            if let o = owner(ofTrailingPart: id, among: all) { out[id] = o }
        }
        return out
    }

    /// The rules of `NameVariantKeys` that say two spellings of one article are one person on
    /// their own, with no look at the rest of the corpus (`swappedOrder` needs it).
    static let spellingRules: [NameVariantKeys.Rule] = [
        .middleInitial, .joinedParts, .transliteration, .middleName, .givenNameForms,
    ]

    /// True when `a` and `b`, two person ids of one article, spell one name two ways: a middle
    /// initial or middle name given or left out ("Ana B. Lorne", "Ana Lorne"), a part joined or
    /// split ("Tor Sonhui", "Tor Son Hui"), a long part transliterated ("Hasan", "Hassan" need
    /// five letters), a given name romanised two ways ("Petr", "Pyotr") or one slip in a long word (`isSlip`), accents the slug keeps and long
    /// words transliterated ("Lúc Vân Sơn", "Luc Van Son"; "Nicos Adamides", "Nikos Adamidis":
    /// `CorpusNameJoins`). "Kim Jong Un" and "Kim Jong Il", "Ana B. Lorne" and "Ana C. Lorne"
    /// are two people.
    static func spellOneName(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        if isSlip(a, b) || CorpusNameJoins.sameFoldedName(a, b) { return true }
        if let ta = CorpusNameJoins.transliterated(a), let tb = CorpusNameJoins.transliterated(b),
            CorpusNameJoins.sameTransliteration(ta, tb)
        {
            return true
        }
        let na = NameVariantKeys.Name(a)
        let nb = NameVariantKeys.Name(b)
        return spellingRules.contains { rule in
            guard let ka = NameVariantKeys.key(na, rule), ka == NameVariantKeys.key(nb, rule) else { return false }
            return NameVariantKeys.accepts(a, b, rule, others: { _ in 2 })
        }
    }

    /// The keys under which a slip of one long word finds the name (`isSlip`): the words with one
    /// word of six letters or more replaced by "*" and its first letter, one key per such word.
    static func slipPatterns(_ ws: [Substring]) -> [String] {
        var out: [String] = []
        for (i, w) in ws.enumerated() where w.count >= 6 {
            var p = ""
            for (j, x) in ws.enumerated() {
                if j > 0 { p += "-" }
                if j == i {
                    p += "*"
                    p += x.prefix(1)
                } else {
                    p += x
                }
            }
            out.append(p)
        }
        return out
    }

    /// True when `a` and `b` spell one name with a slip: same words but one, which is at least
    /// six letters long in both, begins with the same letter and is one edit away (an insertion,
    /// deletion, substitution or two neighbours swapped: "Michale", "Michael"), or two edits when
    /// the word is at least seven letters long in both ("Afeworki", "Afwerki"; "Moravecki",
    /// "Morawiecki"), where two different people's names are rarely that close.
    static func isSlip(_ a: String, _ b: String) -> Bool {
        let wa = words(a)
        let wb = words(b)
        guard a != b, wa.count == wb.count, wa.count >= 2 else { return false }
        var differing: (Substring, Substring)? = nil
        for (x, y) in zip(wa, wb) where x != y {
            if differing != nil { return false }
            differing = (x, y)
        }
        guard let (x, y) = differing, x.count >= 6, y.count >= 6, x.first == y.first else { return false }
        let edits = editsApart(Array(x.utf8), Array(y.utf8), atMost: 2)
        return edits == 1 || (edits == 2 && x.count >= 7 && y.count >= 7)
    }

    /// The number of insertions, deletions, substitutions and swaps of two neighbours that turn
    /// `x` into `y` (optimal string alignment), or `limit + 1` when it is more than `limit`.
    static func editsApart(_ x: [UInt8], _ y: [UInt8], atMost limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        let n = y.count
        var before = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            var rowMin = i
            for j in stride(from: 1, through: n, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = d
                rowMin = min(rowMin, d)
            }
            if rowMin > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return min(previous[n], limit + 1)
    }

    /// One insertion, deletion or substitution turns `x` into `y` (they differ).
    static func oneEditApart(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        var j = 0
        while j < x.count - i, j < y.count - i, x[x.count - 1 - j] == y[y.count - 1 - j] { j += 1 }
        // What remains between the common prefix and suffix: at most one byte on each side.
        return x.count - i - j <= 1 && y.count - i - j <= 1
    }
}

extension EntityAggregator {
    /// Corpus-wide person merges: accumulator index of a person no table knows -> index of the
    /// person it is another spelling of. A shorter form goes to the one longer name that ends
    /// with it ("Turnbull" in an article that never gives the full name, "Malcolm Turnbull"
    /// elsewhere); when the short form carries roles, only longer names with one of them count
    /// ("Prime Minister Turnbull" is Malcolm, not Lucy Turnbull; "President Obama" is not
    /// "Michelle Obama"). A name of two words or more with its last part left out ("Prime
    /// Minister Ivo K Marsh" for "Prime Minister Ivo K Marsh Dallin") goes to the one longer name
    /// that begins with it when both hold one office (`PersonOffices`), or when one article names
    /// both and the longer adds one last name (`PersonAddedSurnames`) ("Kim Pol" stays apart from
    /// "Kim Pol Un" and "Kim Pol Il", and from a "Kim Pol Un" of no shared office). A slip (of a long word, else
    /// of a short first or last word: `isEdgeSlip`) goes to the known spelling, else to the more
    /// mentioned one (then the smaller id); three spellings or more, each a slip of the others,
    /// go to one of them (`PersonSlipGroups`).
    ///
    /// - Complexity: O(w) hash probes for w words of person ids: each id's trailing parts and
    ///   one-word-out patterns are indexed once.
    static func personVariantMerges(_ accs: [Acc], skipping removed: Set<String>) -> [(from: Int, to: Int)] {
        let persons = accs.indices.filter { accs[$0].summary.type == .person && !removed.contains(accs[$0].summary.id) }
        // Each id split into words once; its slip patterns made once.
        var words = [[Substring]](repeating: [], count: accs.count)
        var patterns = [[String]](repeating: [], count: accs.count)
        var edgePatterns = [[String]](repeating: [], count: accs.count)
        var byTrailingPart: [String: [Int]] = [:]
        var byPattern: [String: [Int]] = [:]
        var byEdgePattern: [String: [Int]] = [:]
        for k in persons {
            let ws = PersonVariants.words(accs[k].summary.id)
            words[k] = ws
            for n in 1..<max(1, ws.count) { byTrailingPart[ws.suffix(n).joined(separator: "-"), default: []].append(k) }
            patterns[k] = PersonVariants.slipPatterns(ws)
            for p in patterns[k] { byPattern[p, default: []].append(k) }
            edgePatterns[k] = PersonVariants.edgeSlipPatterns(accs[k].summary.id, ws)
            for p in edgePatterns[k] { byEdgePattern[p, default: []].append(k) }
        }
        // One office under its names ("Foreign Minister", "Foreign Secretary": `PersonOffices`).
        func sharesOffice(_ short: Acc, _ long: Acc) -> Bool {
            short.summary.roles.contains { r in long.summary.roles.contains { PersonOffices.same($0, r) } }
        }
        func sharesArticle(_ a: Acc, _ b: Acc) -> Bool { !Set(a.articles).isDisjoint(with: b.articles) }
        func sharesRole(_ short: Acc, _ long: Acc) -> Bool { short.summary.roles.isEmpty || sharesOffice(short, long) }
        // "Ivo K Marsh" for "Ivo K Marsh Dallin": longer names that begin with a name of two words
        // or more, indexed by those words.
        var byLeadingPart: [String: [Int]] = [:]
        for k in persons {
            let ws = words[k]
            for n in 2..<max(2, ws.count) { byLeadingPart[ws.prefix(n).joined(separator: "-"), default: []].append(k) }
        }
        // The spellings a slip apart from person k (`isSlip`), else of a short first or last word
        // (`isEdgeSlip`), found once.
        var slipMemo: [Int: Set<Int>] = [:]
        func slipsOf(_ k: Int) -> Set<Int> {
            if let m = slipMemo[k] { return m }
            let id = accs[k].summary.id
            var slips = Set<Int>()
            for p in patterns[k] {
                for c in byPattern[p] ?? [] where PersonVariants.isSlip(id, accs[c].summary.id) { slips.insert(c) }
            }
            // A short first or last word slipped (`isEdgeSlip`): only when no long word did.
            if slips.isEmpty {
                for p in edgePatterns[k] {
                    // The office is asked last, of the spellings a slip apart.
                    for c in byEdgePattern[p] ?? [] where c != k {
                        guard let needsOffice = PersonVariants.edgeSlipNeedsOffice(id, accs[c].summary.id) else {
                            continue
                        }
                        if !needsOffice || sharesOffice(accs[k], accs[c]) { slips.insert(c) }
                    }
                }
            }
            slipMemo[k] = slips
            return slips
        }
        var out: [(from: Int, to: Int)] = []
        for k in persons where !accs[k].known {
            let id = accs[k].summary.id
            // The family name left out: only when one name fits and both hold one office, or
            // one article names both and the longer adds one last name (`PersonAddedSurnames`).
            if let leading = byLeadingPart[id], leading.count == 1, let t = leading.first,
                sharesOffice(accs[k], accs[t])
                    || (PersonAddedSurnames.isAdded(words[k], to: words[t]) && sharesArticle(accs[k], accs[t]))
            {
                out.append((k, t))
                continue
            }
            // Only longer names that share the short form's role, if it has one, can own it.
            let longer = (byTrailingPart[id] ?? []).filter { sharesRole(accs[k], accs[$0]) }
            if let o = PersonVariants.owner(ofTrailingPart: id, among: longer.map { accs[$0].summary.id }),
                let t = longer.first(where: { accs[$0].summary.id == o })
            {
                out.append((k, t))
                continue
            }
            let slips = slipsOf(k)
            // Three spellings or more, each a slip of the others: one person (`PersonSlipGroups`).
            if slips.count >= 2 {
                if let t = PersonSlipGroups.representative(
                    of: slips.union([k]), ids: { accs[$0].summary.id }, known: { accs[$0].known },
                    mentions: { accs[$0].summary.mentions }, slips: slipsOf), t != k
                {
                    out.append((k, t))
                }
                continue
            }
            guard slips.count == 1, let t = slips.first else { continue }
            let other = accs[t]
            let keep =
                other.known
                || (other.summary.mentions, id) > (accs[k].summary.mentions, other.summary.id)
            if keep { out.append((k, t)) }
        }
        return out
    }
}
