/// One place named two ways in the corpus, where `CorpusNameJoins` and `KnownShortForms` see no
/// match:
/// - a plural and its singular ("Vestan Highland", "Vestan Highlands": a region named by its
///   adjective in one article, by its name in another);
/// - a place's name with and without its head ("Lorvik District" in one article, "Lorvik" in
///   another) when neither is a table entry.
///
/// Strong evidence only: exactly two places of the corpus under one plural key, the last word of
/// five letters or more; a short form that is no table entry and no town of the gazetteer
/// ("Quebec" is no "Quebec City", a gazetteer province), one head word dropped of
/// `placeHeads`, and exactly one longer place for the short form. Two table places stay apart
/// (`CorpusNameJoins`'s join asks it), and so do countries.
enum CorpusPlaceForms {
    /// Words that head a place's name and that another article may leave out.
    static let placeHeads: Set<Substring> = ["district", "city", "palace", "province", "prefecture", "county"]

    /// Fewest letters of the last word of a plural that joins its singular.
    static let pluralLength = 5

    /// The singular of a place's id (`id` without a plural "s"), nil when its last word is short.
    static func pluralKey(_ id: String) -> String? {
        guard let last = SlugWords.split(id).last, last.count >= pluralLength else { return nil }
        return id.hasSuffix("s") && !id.hasSuffix("ss") ? String(id.dropLast()) : id
    }

    /// The id `id` shortens by dropping its head (`placeHeads`), nil when it has none.
    static func headless(_ id: String) -> String? {
        let ws = SlugWords.split(id)
        guard ws.count >= 2, let last = ws.last, placeHeads.contains(last) else { return nil }
        return ws.dropLast().joined(separator: "-")
    }
}

extension EntityAggregator {
    /// Pairs of accumulator indices (`live`, places only) that `CorpusPlaceForms` finds one place.
    static func corpusPlacePairs(_ accs: [Acc], _ live: [Int]) -> [(Int, Int)] {
        let places = live.filter { accs[$0].summary.type == .place }
        var out: [(Int, Int)] = []
        var byPlural: [String: [Int]] = [:]
        var order: [String] = []
        for k in places {
            guard let key = CorpusPlaceForms.pluralKey(accs[k].summary.id) else { continue }
            if byPlural[key] == nil { order.append(key) }
            byPlural[key, default: []].append(k)
        }
        for key in order {
            guard let m = byPlural[key], m.count == 2 else { continue }
            let (a, b) = (accs[m[0]].summary.id, accs[m[1]].summary.id)
            if a + "s" == b || b + "s" == a { out.append((m[0], m[1])) }
        }
        var slotOf: [String: Int] = [:]
        for k in places { slotOf[accs[k].summary.id] = k }
        var longer: [Int: [Int]] = [:]
        for k in places {
            guard let short = CorpusPlaceForms.headless(accs[k].summary.id), let s = slotOf[short] else { continue }
            longer[s, default: []].append(k)
        }
        for s in places {
            guard let ls = longer[s], ls.count == 1, let l = ls.first, !accs[s].known, !accs[l].known,
                PlaceGazetteer.shared.country(ofName: accs[s].summary.name) == nil
            else { continue }
            out.append((s, l))
        }
        return out
    }
}
