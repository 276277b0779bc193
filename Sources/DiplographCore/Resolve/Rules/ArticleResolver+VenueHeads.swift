/// Venues named by a head noun that is too ambiguous to be a place cue everywhere: "House"
/// (also "House of Representatives", "Freedom House"), "Camp", "Complex", "Memorial",
/// "Plant", "Lodge". A run of two or more capitalised words ending in one of them is a place
/// where the sentence puts it as a venue: after "at", "in", "to", "from", "near", "inside",
/// "outside", "within" or a visit verb, with or without "the" ("met at the Vexmoor Guest
/// House", "water from the Tarsk Nuclear Power Plant", "laid a wreath at the National War
/// Memorial"). After "from" only with "the": "observers from Vexmoor House" are its staff. Not when "of" follows ("the House of Lords" is a body) and not after a title
/// ("Speaker of the House" never gets here: the word is lowercase-joined).
extension ArticleResolver {
    private static let venueHeads = Lexicon.set("house camp complex memorial plant lodge")
    /// Lowercase words that put a run as a venue, beside `Lexicon.venuePrepositions`.
    private static let venueVerbs = Lexicon.set("visit visits visited visiting tour toured touring")
    private static let from = NameTokenizer.key("from")

    /// The run `r` (in sentence `si`) ends in a venue head and stands where a venue does.
    func venueHeadPlace(_ r: Range<Int>, sentence si: Int) -> Bool {
        guard r.count >= 2 else { return false }
        let last = tokens[r.upperBound - 1]
        guard last.isCap, !last.isAllCaps, !last.isPossessive, Self.venueHeads.contains(last.key),
            tokens[r.lowerBound].isCap, tokens[r.lowerBound].key != Lexicon.the
        else { return false }
        if r.upperBound < tokens.count, tokens[r.upperBound].isLower, tokens[r.upperBound].key == Lexicon.of {
            return false
        }
        guard let p = preposition(before: r.lowerBound, sentenceStart: sentenceTokens[si].lowerBound) else {
            return false
        }
        // "observers from Vexmoor House" are its staff; "water from the Tarsk Plant" came out of it.
        if p == Self.from, tokens[r.lowerBound - 1].key != Lexicon.the { return false }
        return Lexicon.venuePrepositions.contains(p) || Self.venueVerbs.contains(p)
    }

    /// A venue run starting at `i` with a word no run starts with ("at the State Guest House"):
    /// its end, the whole capitalised span up to `b`.
    func venueHeadRun(at i: Int, limit b: Int, sentence si: Int) -> Int? {
        let end = nameRun(at: i + 1, limit: b)
        return end == b && venueHeadPlace(i..<end, sentence: si) ? end : nil
    }
}
