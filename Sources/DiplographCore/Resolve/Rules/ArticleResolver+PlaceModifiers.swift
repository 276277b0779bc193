/// A table place used inside another name or as a modifier is no mention of the place (rule 5
/// of `Resolver`, when items become mentions):
///
/// - before a capitalised event or document word: "the Ostia Summit", "the Vexmoor Treaty";
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
        "summit summits treaty agreement agreements accord accords declaration convention process format protocol")
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
        return (next.isCap && Self.eventNameWords.contains(next.key))
            || (next.isLower && Self.countryNouns.contains(next.key))
    }
}
