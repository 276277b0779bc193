/// A place's name right after a form of address is a person's family name, not the place: "Dr
/// Kingston said", "talks with Mr. Muscat" (where the article's "Ivo Kingston" is found by the
/// person rules). A title is not a form of address: "President Kingston" may still be read by the
/// table, and "flew to Kingston" stays the city.
extension ArticleResolver {
    /// The table place starting at `i` follows "Mr", "Mrs", "Ms", "Dr", "Prof" … (`entry`: its
    /// table entry).
    func placeNamesPerson(_ i: Int, entry: Int) -> Bool {
        guard i > 0, index.entries[entry].type == .place, tokens[i - 1].isCap, !tokens[i - 1].isAllCaps,
            tokens[i].gap == .space || tokens[i].gap == .punct
        else { return false }
        return Self.personHonorifics.contains(tokens[i - 1].key)
    }
}
