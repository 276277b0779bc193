/// A table place used inside another name or as a modifier is no mention of the place (rule 5
/// of `Resolver`, when items become mentions):
///
/// - before a capitalised event or document word, up to two words later: "the Ostia Summit",
///   "the Vexmoor Treaty", "the Tarsk Security Conference", "the Ostia Conventions";
/// - glued by a hyphen to a word before it: "the Euro-Ostian area", "Greater-Vexmoor";
/// - before "country" or "nation": "the Ostian island country" describes a country.
///
/// A word that is no table entry, read as a place after "in" or "at", is not one before a
/// lowercase event word either: "at Vexmoor talks". (A table place stays one there: "during
/// Ostia talks" still says where they were.)
///
/// "talks in Vexmoor", "the Ostia region" and "Vexmoor's port" stay places.
extension ArticleResolver {
    static let eventNameWords = Lexicon.set(
        """
        summit summits treaty agreement agreements accord accords declaration convention conventions process format
        protocol conference conferences
        """)
    static let countryNouns = Lexicon.set("country nation")

    /// Item `n` (a table place) is part of another name or a modifier.
    func placeInsideName(_ n: Int) -> Bool {
        let item = items[n]
        if item.first > 0, tokens[item.first].gap == .hyphen, tokens[item.first - 1].isCap { return true }
        guard item.end < tokens.count, tokens[item.end].gap == .space, !tokens[item.end - 1].isPossessive else {
            return false
        }
        let next = tokens[item.end]
        if case .single = item.kind, next.isLower, Lexicon.eventWords.contains(next.key) { return true }
        return eventNameAhead(item.end) || (next.isLower && Self.countryNouns.contains(next.key))
    }

    /// One of the (up to three) capitalised words from `k` on, joined by spaces, is an event or
    /// document word: "the Ostia Summit", "the Vexmoor Security Conference".
    func eventNameAhead(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, j < k + 3, tokens[j].gap == .space, tokens[j].isCap {
            if Self.eventNameWords.contains(tokens[j].key) { return true }
            if tokens[j].isPossessive { return false }
            j += 1
        }
        return false
    }
}
