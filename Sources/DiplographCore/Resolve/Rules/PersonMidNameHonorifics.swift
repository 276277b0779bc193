/// An honorific that is part of a name rather than a title before it: "Hassan Sheikh Mohamud",
/// "Ahmed Sheikh Ali". In Somali and some Arabic names "Sheikh" stands between a given name and
/// the family name; elsewhere it is a title ("Qatar's Emir Sheikh Tamo", "Prime Minister Sheikh
/// Hana"), which the title rules read.
extension ArticleResolver {
    private static let midNameHonorifics = Lexicon.set("sheikh shaikh sheik")

    /// The honorific at `j` continues the name run begun at `i`: the run so far is one common
    /// given name (`PersonGivenNames`) with no table entry, and one capitalised name word that is
    /// no title and no table entry follows. "Kestria Sheikh Tamo" (a country before it), "Foreign
    /// Affairs Sheikh Tamo" (a title before it) and "Hassan Sheikh" at a run's end are read as
    /// before.
    func honorificInsideName(_ i: Int, _ j: Int, limit b: Int) -> Bool {
        guard j == i + 1, j + 1 < b, Self.midNameHonorifics.contains(tokens[j].key), tokens[j].gap == .space,
            tokens[j].isCap, !tokens[j].isAllCaps, !tokens[i].isPossessive, !tokens[i].isAllCaps,
            Self.commonGivenNames.contains(tokens[i].key), index.match(tokens, at: i, limit: b) == nil
        else { return false }
        let next = tokens[j + 1]
        return next.gap == .space && next.isCap && !next.isAllCaps && isNameToken(next)
            && !Lexicon.titleHeads.contains(next.key) && index.match(tokens, at: j + 1, limit: b) == nil
    }
}
