/// Two nodes of the corpus that spell one name in two ways any reader takes for one: a middle
/// initial given or left out ("Ana B. Lorne", "Ana Lorne"), a name part written as one word or
/// two ("Abdelrahim Omar", "Abdel Rahim Omar"), the family name first or last ("Tanabe Koji",
/// "Koji Tanabe") when no one else of the corpus bears either part, a long name part
/// transliterated two ways ("Berdimorsakov", "Berdymorsakhov": y/i, w/v, kh/h, double letters),
/// and a body's name with or without "the"/"of" or a plural ("University of the North Coast",
/// "University of North Coast"; "Coral Islands Council", "Coral Island Council"), a known body
/// also by its name's slug ("pif" is "Pacific Islands Forum"). Each rule maps an entity id (a
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
        case bodyStopwords
    }

    /// The rules that apply to entities of `type`.
    static func rules(for type: EntityType) -> [Rule] {
        switch type {
        case .person: return [.middleInitial, .joinedParts, .swappedOrder, .transliteration]
        case .organization: return [.bodyStopwords]
        default: return []
        }
    }

    static func words(_ id: String) -> [Substring] { id.split(separator: "-") }

    static func isNameWord(_ w: Substring) -> Bool { !w.isEmpty && w.allSatisfy { $0.isLetter } }

    /// The key of `id` under `rule`, nil when the rule does not apply to it.
    static func key(_ id: String, _ rule: Rule) -> String? {
        let ws = words(id)
        guard ws.count >= 2, ws.allSatisfy(isNameWord) else { return nil }
        switch rule {
        case .middleInitial:
            // Inner one-letter words dropped; first and last name are whole words.
            guard ws.first!.count >= 2, ws.last!.count >= 2 else { return nil }
            let kept = ws.enumerated().filter { i, w in i == 0 || i == ws.count - 1 || w.count > 1 }.map(\.element)
            return kept.joined(separator: "-")
        case .joinedParts:
            return ws.joined()
        case .swappedOrder:
            guard ws.count == 2, ws.allSatisfy({ $0.count >= 3 }) else { return nil }
            return ws.map(String.init).sorted().joined(separator: "-")
        case .transliteration:
            return ws.map { $0.count >= 7 ? phonetic($0) : String($0) }.joined(separator: "-")
        case .bodyStopwords:
            // Without "the" and "of"; in a name of three words or more, plurals as singulars.
            let kept = ws.filter { $0 != "the" && $0 != "of" }
            guard kept.count >= 2 else { return nil }
            guard kept.count >= 3 else { return kept.joined(separator: "-") }
            return kept.map { w in w.count >= 5 && w.hasSuffix("s") && !w.hasSuffix("ss") ? w.dropLast() : w }
                .joined(separator: "-")
        }
    }

    /// A long name part with the letters transliterations disagree on made equal: y and i, w
    /// and v, kh and h, doubled letters as one ("Berdymukhammedov", "Berdimuhamedow").
    static func phonetic(_ w: Substring) -> String {
        var out: [Character] = []
        var prev: Character? = nil
        for c in w {
            var x: Character = c
            if c == "y" { x = "i" }
            if c == "w" { x = "v" }
            if c == "h", prev == "k" { out.removeLast() }
            if x == out.last { continue }
            out.append(x)
            prev = c
        }
        return String(out)
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
        case .joinedParts:
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
            // Both parts belong to these two spellings only: no relative shares either.
            return wa == wb.reversed() && wa.allSatisfy { others($0) == 2 }
        case .transliteration:
            // One word differs, long in both, same first letter; the others equal.
            guard wa.count == wb.count else { return false }
            let diff = zip(wa, wb).filter { $0 != $1 }
            guard diff.count == 1, let (x, y) = diff.first else { return false }
            return x.count >= 7 && y.count >= 7 && x.first == y.first
        case .bodyStopwords:
            return true
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
        let live = accs.indices.filter { !removed.contains(accs[$0].summary.id) }
        var wordCount: [Substring: Int] = [:]
        for k in live where accs[k].summary.type == .person {
            for w in Set(NameVariantKeys.words(accs[k].summary.id)) { wordCount[w, default: 0] += 1 }
        }
        // A known body is also found by its name's slug ("pif" is "Pacific Islands Forum").
        func spelling(_ k: Int) -> String {
            let s = accs[k].summary
            return accs[k].known && s.type == .organization ? NameTokenizer.slug(s.name) : s.id
        }
        var out: [(from: Int, to: Int)] = []
        var merged = Set<Int>()
        for rule in NameVariantKeys.Rule.allCases {
            var groups: [String: [Int]] = [:]
            var order: [String] = []
            for k in live where !merged.contains(k) && NameVariantKeys.rules(for: accs[k].summary.type).contains(rule) {
                guard let key = NameVariantKeys.key(spelling(k), rule) else { continue }
                let g = "\(accs[k].summary.type.rawValue)|\(key)"
                if groups[g] == nil { order.append(g) }
                groups[g, default: []].append(k)
            }
            for g in order {
                guard let members = groups[g], members.count == 2 else { continue }
                let (a, b) = (members[0], members[1])
                guard !(accs[a].known && accs[b].known),
                    NameVariantKeys.accepts(spelling(a), spelling(b), rule, others: { wordCount[$0] ?? 0 })
                else { continue }
                let (from, to) = preferred(accs, a, b) ? (b, a) : (a, b)
                out.append((from, to))
                merged.insert(from)
            }
        }
        return out
    }

    /// True when `a` should stand for both: known, more words, more mentions, smaller id.
    private static func preferred(_ accs: [Acc], _ a: Int, _ b: Int) -> Bool {
        func rank(_ k: Int) -> (Int, Int, Int) {
            (accs[k].known ? 0 : 1, -NameVariantKeys.words(accs[k].summary.id).count, -accs[k].summary.mentions)
        }
        let (ra, rb) = (rank(a), rank(b))
        return ra != rb ? ra < rb : accs[a].summary.id < accs[b].summary.id
    }
}
