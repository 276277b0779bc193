/// Honorifics before a name that are no words of it and no entity of their own (rule 3 of
/// `Resolver`): "H.E. Ivo Brandt", "H.H. Sheikh …", "HRH Crown Prince …", "the Rt. Hon. Ivo
/// Brandt". They title the name after them as a title head does. "H.E." is one abbreviation
/// token whose key is the pronoun's ("he"), so it counts only written with its periods; "Rt"
/// only right before "Hon" (alone it may be an acronym of the table, a television channel).
/// Counterexamples: "HE SAID" (capitals, no periods), "RT reported" (no "Hon" after it).
extension ArticleResolver {
    /// Keys of honorifics written as dotted abbreviations ("H.E.", "H.H.", "H.R.H.").
    private static let dottedHonorifics = Lexicon.set("he hh hrh")
    private static let hrh = NameTokenizer.key("hrh")
    private static let rt = NameTokenizer.key("rt")
    private static let hon = NameTokenizer.key("hon")

    /// Token `k` is an honorific that titles the name after it and names nothing itself.
    func honorificToken(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCap, k + 1 < tokens.count, tokens[k + 1].isCap else { return false }
        if t.flags.contains(.abbreviation) { return Self.dottedHonorifics.contains(t.key) }
        if t.isAllCaps { return t.key == Self.hrh }
        return t.key == Self.rt && tokens[k + 1].key == Self.hon
    }
}
