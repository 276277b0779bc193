/// A place cue word that is also a Korean or Chinese family name ("Park") opens a
/// person's name, not a place, when a romanised given name in that shape follows it: "Park
/// Seo-rin said", or when another family name is glued to it by a hyphen, "the Park-Xi summit"
/// (two leaders). "Gorky Park", "Park Avenue" and "the Park Hotel" keep their cue.
extension ArticleResolver {
    /// The cue word at `j` (in a span ending at `b`) is a family name in one of those shapes.
    func familyNameNotCue(_ j: Int, limit b: Int) -> Bool {
        guard Lexicon.familyFirst.contains(tokens[j].key), j + 1 < b, tokens[j + 1].isCap, !tokens[j + 1].isAllCaps
        else { return false }
        // "Park-Xi": two family names.
        if tokens[j + 1].gap == .hyphen { return Lexicon.familyFirst.contains(tokens[j + 1].key) }
        // "Park Seo-rin": a given name of two syllables joined by a hyphen.
        guard tokens[j + 1].gap == .space, j + 2 < b, tokens[j + 2].gap == .hyphen, tokens[j + 2].isLower else {
            return false
        }
        return familyFirst([j..<j + 1, j + 1..<j + 3])
    }
}
