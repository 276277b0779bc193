/// Venues named by a head noun that is too ambiguous to be a place cue everywhere: "House"
/// (also "House of Representatives", "Freedom House"), "Camp", "Complex", "Memorial",
/// "Plant", "Lodge", "Museum", "Library" (also bodies: "the National Library said"). A run of
/// two or more capitalised words ending in one of them is a place
/// where the sentence puts it as a venue: after "at", "in", "to", "from", "near", "inside",
/// "outside", "within" or a visit verb, with or without "the" ("met at the Vexmoor Guest
/// House", "water from the Tarsk Nuclear Power Plant", "laid a wreath at the National War
/// Memorial"). After "from" only with "the": "observers from Vexmoor House" are its staff. Not when "of" follows ("the House of Lords" is a body) and not after a title
/// ("Speaker of the House" never gets here: the word is lowercase-joined).
///
/// A body that the cue words found ("Government House", "the Presidential Secretariat", "the
/// Tarsk Press Club", "the Norvian Embassy") is the building, a place, where the sentence puts
/// it as a venue in the same way, when its last word is a building's: "house", "secretariat",
/// "club", "embassy", "centre", "center" ("met at Government House", "welcomed to Parliament
/// House", "a rally in front of the Tarsk Press Club", "roads around the Vexmoor Secretariat").
/// Not after "from" ("officials from the Norvian Embassy" are its staff), not when "of"
/// follows ("the Secretariat of the Union" is a body), and not where it acts ("the Presidential
/// Secretariat said").
///
/// A seat of government ("the White House") is a venue by its neighbour too: after "and" that
/// joins it to a name in a venue's place ("invited him to visit Lorin and the White House"), or
/// after "of" that follows the part of a building where something happens ("on the South Lawn
/// of the White House"). "Ivo Brandt and the White House said" and "officials of the White
/// House" are the office.
extension ArticleResolver {
    private static let venueHeads = Lexicon.set("house camp complex memorial plant lodge museum library")
    /// Lowercase words that put a run as a venue, beside `Lexicon.venuePrepositions`.
    private static let venueVerbs = Lexicon.set("visit visits visited visiting tour toured touring")
    private static let from = NameTokenizer.key("from")
    /// Last words of a body's name that also name its building.
    private static let buildingHeads = Lexicon.set("house secretariat club embassy centre center")
    /// Lowercase words that put a body's building as a venue, beside `Lexicon.venuePrepositions`.
    private static let aroundWords = Lexicon.set("around")
    private static let front = NameTokenizer.key("front")

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

    /// The body `r` (found by cue words, in sentence `si`) is its building used as a venue.
    func venueBody(_ r: Range<Int>, sentence si: Int) -> Bool {
        guard r.count >= 2 else { return false }
        let last = tokens[r.upperBound - 1]
        guard last.isCap, !last.isAllCaps, !last.isPossessive, Self.buildingHeads.contains(last.key) else {
            return false
        }
        if r.upperBound < tokens.count, tokens[r.upperBound].isLower, tokens[r.upperBound].key == Lexicon.of {
            return false
        }
        let start = sentenceTokens[si].lowerBound
        guard let p = preposition(before: r.lowerBound, sentenceStart: start), p != Self.from else { return false }
        if Lexicon.venuePrepositions.contains(p) || Self.venueVerbs.contains(p) || Self.aroundWords.contains(p) {
            return true
        }
        // "in front of the Tarsk Press Club".
        guard p == Lexicon.of else { return false }
        var k = r.lowerBound - 1
        if tokens[k].key == Lexicon.the { k -= 1 }
        return k > start && tokens[k - 1].isLower && tokens[k - 1].key == Self.front
    }

    /// Last words of the name of a part of a building: "the South Lawn", "the West Wing".
    private static let buildingParts = Lexicon.set("lawn lawns garden gardens wing room hall gate grounds courtyard")
    private static let on = NameTokenizer.key("on")

    /// The seat of government at `i` is a venue by its neighbour: joined by "and" to a name in a
    /// venue's place, or the owner ("of the …") of a building's part in one.
    func venueByNeighbour(_ i: Int, sentenceStart: Int) -> Bool {
        guard let p = preposition(before: i, sentenceStart: sentenceStart), p == Lexicon.and || p == Lexicon.of
        else { return false }
        var k = i - 1
        if tokens[k].key == Lexicon.the { k -= 1 }
        // The capitalised run before "and" / "of".
        let last = k - 1
        guard last > sentenceStart, tokens[k].gap == .space, tokens[last].isCap, !tokens[last].isPossessive else {
            return false
        }
        var s = last
        while s > sentenceStart, tokens[s - 1].isCap, tokens[s].gap == .space { s -= 1 }
        guard let q = preposition(before: s, sentenceStart: sentenceStart) else { return false }
        let venue = Lexicon.venuePrepositions.contains(q) || Self.venueVerbs.contains(q)
        if p == Lexicon.and { return venue }
        return Self.buildingParts.contains(tokens[last].key) && (venue || q == Self.on)
    }

    /// A venue run starting at `i` with a word no run starts with ("at the State Guest House"):
    /// its end, the whole capitalised span up to `b`.
    func venueHeadRun(at i: Int, limit b: Int, sentence si: Int) -> Int? {
        let end = nameRun(at: i + 1, limit: b)
        return end == b && venueHeadPlace(i..<end, sentence: si) ? end : nil
    }
}
