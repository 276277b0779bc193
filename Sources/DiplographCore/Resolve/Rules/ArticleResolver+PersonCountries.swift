/// A person's country from the words right before the name or the title (rule 4 of `Resolver`):
///
/// - a possessive country or a demonym right before a name, with no title between: "Norvia's
///   Ana Varga", "the Norvian Ivo Brandt". Such a run is a person when it has the shape of a
///   name (`nameShaped`), and the country is its affiliation (the span's context, as for
///   "Norvian President Ivo Brandt"). A cue word still makes a body ("Norvia's Halvex
///   Industries"); a hyphenated origin ("the Norvian-born Ana Varga") is a birthplace, not a
///   nationality, and gives none;
/// - a country right before a title that a comma separates from the name: "Palau's President,
///   Ivo Brandt", "Norvia's foreign minister, Ana Varga,", "the Norvian envoy, Ana Varga".
///
/// The table's own affiliation of a person stays first; this only fills an empty one.
extension ArticleResolver {
    /// The country of the alias-table item that ends right at token `start`, joined to it by a
    /// space: "Norvia's", "Norvian", "Norvia" before a title or a name. Nil when none does or
    /// when it starts before `lower`.
    func countryRightBefore(_ start: Int, from lower: Int = 0) -> String? {
        guard start - 1 >= lower, start < tokens.count, tokens[start].gap == .space else { return nil }
        for item in items.reversed() {
            if item.end < start { return nil }
            guard item.end == start, item.first >= lower else { continue }
            if case .table(let e, _) = item.kind, index.entries[e].type == .country { return index.entries[e].id }
            return nil
        }
        return nil
    }

    /// The run `r` follows a nationality with no title between: a demonym of the table
    /// ("Norvian Ivo Brandt") or a possessive country ("Norvia's Ana Varga").
    func afterNationality(_ r: Range<Int>) -> Bool {
        guard let last = items.last, last.end == r.lowerBound, r.lowerBound > 0,
            tokens[r.lowerBound].gap == .space, case .table(let e, let demonym) = last.kind
        else { return false }
        return demonym || (tokens[r.lowerBound - 1].isPossessive && index.entries[e].type == .country)
    }
}
