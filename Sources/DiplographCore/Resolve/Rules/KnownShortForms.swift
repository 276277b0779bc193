/// A body or a place of the alias table named without its head in an article that never gives
/// the full name: "Vesta News" or "Vesta" for the table's "Vesta News Agency", "Lorin" for the
/// table's "Lorin Region". `ArticleShortForms` joins such forms inside one article; this joins
/// them across the corpus, for table entries only (an entry of the table is one entity, a name
/// the resolver discovered may be anybody's).
///
/// Strong evidence only: the dropped words are all cue words of bodies or places
/// (`ArticleShortForms.cueWords`), the types agree, exactly one table entry fits, and a place's
/// short form is no town of the gazetteer ("Lorin" stays the town when the gazetteer lists it,
/// even beside a table's "Lorin Palace"). "Vesta" is no short form of "Vesta Lorin Agency" (a
/// name word dropped) nor of "Bank of Vesta".
extension EntityAggregator {
    /// Corpus-wide merges of unknown bodies and places into the one table entry they shorten.
    ///
    /// - Complexity: O(w) for w words of the names of table bodies and places: each is indexed
    ///   once by its shortened forms.
    static func knownShortFormMerges(_ accs: [Acc], skipping removed: Set<String>) -> [(from: Int, to: Int)] {
        func eligible(_ k: Int) -> Bool {
            let s = accs[k].summary
            return (s.type == .organization || s.type == .place) && !removed.contains(s.id)
        }
        var byShortForm: [String: Set<Int>] = [:]
        for k in accs.indices where accs[k].known && eligible(k) {
            let ws = ArticleShortForms.words(NameTokenizer.slug(accs[k].summary.name))
            var n = ws.count - 1
            while n >= 1, ArticleShortForms.cueWords.contains(String(ws[n])) {
                let key = "\(accs[k].summary.type.rawValue)|\(ws[..<n].joined(separator: "-"))"
                byShortForm[key, default: []].insert(k)
                n -= 1
            }
        }
        var out: [(from: Int, to: Int)] = []
        for k in accs.indices where !accs[k].known && eligible(k) {
            let s = accs[k].summary
            guard let owners = byShortForm["\(s.type.rawValue)|\(s.id)"], owners.count == 1, let t = owners.first,
                s.type != .place || PlaceGazetteer.shared.country(ofName: s.name) == nil
            else { continue }
            out.append((k, t))
        }
        return out
    }
}
