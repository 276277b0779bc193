/// A journey's noun before "to" opens a place as a verb of travel does (`opensPlace`), for a
/// name of the table: "a planned visit to Washington", "her first trip to Europe", "brings him
/// back to Washington". So a capital that names its country ("Washington") is the city there.
/// "The visit to Japan" and "trips to Cote d'Ivoire" leave a country a country, and an unknown
/// name stays unread by it ("a visit to Korea" may be a country the table spells otherwise);
/// "support to Kyiv" is no journey (ArticleResolver+CapitalRoles).
extension ArticleResolver {
    static let travelNouns = Lexicon.set("visit visits trip trips journey voyage back")

    /// "visit to" / "trip to" / "back to" before the table place at `i`, or before a country's
    /// name that also names its capital ("Washington"). Not before a country ("trips to Cote
    /// d'Ivoire" would leave "Cote" a place).
    func journeyToTablePlace(_ i: Int) -> Bool {
        guard i >= 2, tokens[i - 2].isLower, Self.travelNouns.contains(tokens[i - 2].key),
            let m = index.match(tokens, at: i, limit: tokens.count)
        else { return false }
        return index.entries[m.hit.entry].type == .place || index.placeReading(tokens, i, m.end) != nil
    }
}
