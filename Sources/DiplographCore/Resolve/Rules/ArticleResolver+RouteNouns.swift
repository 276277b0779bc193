/// Names before a lowercase noun of a route or crossing are places (a reading of
/// `trailingCueNoun`): "the Ostia port", "the Brenholt railway line", "at the Tarsk border",
/// "the new Kessmark-Ostia checkpoints", "the Vexmoor-Ostia railway". A pair joined by a
/// hyphen names both ends, each a place of its own (or the table entry it spells, so "the
/// Kenya-Ethiopia border" stays two countries and adds nothing). The noun is no part of the
/// name.
extension ArticleResolver {
    static let routeNouns = Lexicon.set("port railway railways border checkpoint checkpoints crossing corridor")

    /// Records the places that the name `name` before a route noun holds: one, or one per end
    /// of a hyphenated pair.
    mutating func addRouteEnds(_ name: Range<Int>, sentence si: Int, headline: Bool) {
        var start = name.lowerBound
        for k in name where k == name.upperBound - 1 || splitsRoute(k + 1) {
            let part = start..<(k + 1)
            start = k + 1
            if let m = index.match(tokens, at: part.lowerBound, limit: part.upperBound), m.end == part.upperBound {
                // A country or city of the table: its own mention.
                items.append(
                    Item(
                        kind: .table(entry: m.hit.entry, demonym: m.hit.demonym), first: part.lowerBound, end: m.end,
                        sentence: si, headline: headline))
            } else {
                addTypedRun(part, type: .place, sentence: si, headline: headline)
            }
        }
    }

    /// Token `k` opens the second end of a pair: a capitalised word glued by a hyphen to a
    /// capitalised word ("Kessmark-Ostia").
    func splitsRoute(_ k: Int) -> Bool {
        k > 0 && k < tokens.count && tokens[k].gap == .hyphen && tokens[k].isCap && tokens[k - 1].isCap
    }
}
