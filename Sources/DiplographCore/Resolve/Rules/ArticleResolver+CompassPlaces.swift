/// A capitalised compass word and the region or place it qualifies are one place: "North
/// America", "Central Java", "West Nusa Tenggara", "Northern Brenholt" (rule 2 of `Resolver`,
/// asked before the alias table so that "America" in "North America" is not the United States).
///
/// The word after the compass must be a world region or large island (`regionWords`), a
/// gazetteer place or a table place, and it must end the capitalised span: "North Atlantic
/// Treaty Organization", "Central Java Police" and "West Java Governor Ana Varga" are longer
/// names. A table entry that opens with a compass word wins ("North Korea", "South Africa");
/// a country after a compass word stays the country ("Western Norvia" is no new place); an
/// adjective ("West African", "South American") and a word glued by a hyphen ("North-West")
/// are no place names.
extension ArticleResolver {
    static let compassNames = Lexicon.set(
        """
        north south east west central northern southern eastern western northeast northwest southeast southwest
        north-east north-west south-east south-west upper lower
        """)
    /// Continents, world regions, seas and large islands that compass words divide.
    static let regionWords = Lexicon.set(
        """
        africa america americas asia europe eurasia balkans mediterranean caucasus pacific atlantic arctic
        antarctica sahara sahel hemisphere java sumatra borneo kalimantan sulawesi anatolia siberia bengal
        punjab darfur kordofan equatoria mindanao luzon visayas papua
        """)

    /// A compass place starting at token `i` of a span ending at `b`: its end.
    func compassPlace(at i: Int, limit b: Int) -> Int? {
        let t = tokens[i]
        guard t.isCap, !t.isAllCaps, Self.compassNames.contains(t.key), i + 1 < b, tokens[i + 1].gap == .space,
            tokens[i + 1].isCap, !tokens[i + 1].isAllCaps
        else { return nil }
        // "North Korea": the table's own name.
        if let m = index.match(tokens, at: i, limit: b), m.end > i + 1 { return nil }
        let end: Int
        if Self.regionWords.contains(tokens[i + 1].key) {
            end = i + 2
        } else if let e = PlaceGazetteer.shared.longestMatch(tokens, at: i + 1, limit: b) {
            end = e
        } else if let m = index.match(tokens, at: i + 1, limit: b), !m.hit.demonym,
            index.entries[m.hit.entry].type == .place
        {
            end = m.end
        } else {
            return nil
        }
        guard end == b else { return nil }
        // "West African": an adjective.
        let last = surface(words(i + 1..<end).last ?? (i + 1..<end)).lowercased()
        if ["ian", "ean", "can", "ese", "ish"].contains(where: { last.hasSuffix($0) }) { return nil }
        return end
    }
}
