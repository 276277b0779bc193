/// A place named with the city it lies in, as a possessive: "Ostia's Marlow Palace", "Vexmoor's
/// Kestrel Airport" (rule 1 of `Resolver`). The city is a mention of its own and the venue's name
/// starts after it, as a country's possessive is split off a body ("Tarsk's Foreign Ministry").
/// Only for a table place, and only when the name found by its cue is a place: "Ostia's Harbour
/// Authority" stays one body.
extension ArticleResolver {
    /// The end of a possessive table place (not a country) that opens `start..<cue`, if any.
    func possessivePlaceEnd(_ start: Int, cue: Int) -> Int? {
        guard let m = index.match(tokens, at: start, limit: cue), index.entries[m.hit.entry].type == .place,
            tokens[m.end - 1].isPossessive, m.end < cue, !tokens[m.end].isLower
        else { return nil }
        return m.end
    }
}
