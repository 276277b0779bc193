/// A name after a lowercase noun of a body's members or officers and "of" is the body (rule 4
/// of `Resolver`): "the chief convener of Tarsana Jotiya", "a founding member of Vexa Sangha",
/// "the chairman of Marlow Rotem". Names of parties, movements and companies in other
/// languages carry no English cue word ("Party", "Movement"), and the name-shape rule read
/// them as people.
///
/// Not fired: a name that opens with a common given name ("the leader of Ana Varga's camp"),
/// a run with a table entry ("the leader of Indian-origin Tamils"), a possessive ("a member of
/// Ivo Brandt's team"), or a noun between "of" and the name ("the leader of the party Ana
/// Varga": the name is the party's leader). A capitalised title ("Chairman of …") is read as
/// before.
extension ArticleResolver {
    /// Lowercase nouns of a body's members and officers.
    private static let memberNouns = Lexicon.set(
        """
        convener convenor conveners convenors chairman chairwoman chairperson founder founders cofounder
        member members leader leaders activists cadres
        """)

    /// The run `r` follows "<member noun> of" or "<member noun> of the" and has two to four
    /// words, none of them a table entry, the first no common given name.
    func memberOfBody(_ r: Range<Int>, _ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 4, !tokens[r.upperBound - 1].isPossessive else { return false }
        var k = r.lowerBound - 1
        if k >= 0, tokens[k].isLower, tokens[k].key == Lexicon.the { k -= 1 }
        guard k >= 1, tokens[k].isLower, tokens[k].key == Lexicon.of, tokens[k - 1].isLower,
            Self.memberNouns.contains(tokens[k - 1].key)
        else { return false }
        if givenNameFirst(ws) { return false }
        for w in ws where index.match(tokens, at: w.lowerBound, limit: r.upperBound) != nil { return false }
        return true
    }
}
