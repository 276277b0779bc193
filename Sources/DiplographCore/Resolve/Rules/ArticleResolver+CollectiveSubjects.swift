/// A name after "the" that holds a rally, says or demands something is a body (rule 4 of
/// `Resolver`): "The Tarsana Jotiya and the Vexa Odhikar Sangha held processions", "the Marlo
/// Pakatan said". Parties, movements and alliances named in another language carry no English
/// cue word, and their words are name-like, but a person's name does not follow "the".
///
/// The run is two to four name-like words (no ordinary English word, cue, title or table
/// entry: "the Rio Verde is" is not read, nor "the Vexmoor Unity Front said", which its cue
/// word types already), right after "the", and a verb of a collective agent follows it, or
/// follows "and the" and a second such name. A place after "the" ("the Sierra Tarsk was
/// flooded") has no such verb.
extension ArticleResolver {
    private static let collectiveVerbs = Lexicon.set(
        """
        held holds staged stages organised organized organises organizes boycotted boycotts protested protests rallied
        marched demanded demands announced announces formed won wins said says called calls accused accuses rejected
        rejects urged urges condemned condemns welcomed welcomes backed backs vowed claimed
        """)

    /// The run `r` (words `ws`) is the subject of a collective verb after "the".
    func collectiveSubject(_ r: Range<Int>, _ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 4, r.lowerBound > 0, tokens[r.lowerBound].gap == .space,
            tokens[r.lowerBound - 1].key == Lexicon.the, !tokens[r.upperBound - 1].isPossessive,
            nameLikeWords(ws[...])
        else { return false }
        for w in ws where index.match(tokens, at: w.lowerBound, limit: r.upperBound) != nil { return false }
        var k = r.upperBound
        // "… and the Vexa Odhikar Sangha held": the verb after a second name.
        if k + 2 < tokens.count, tokens[k].isLower, tokens[k].key == Lexicon.and, tokens[k + 1].isLower,
            tokens[k + 1].key == Lexicon.the
        {
            var e = k + 2
            while e < tokens.count, e - k - 2 < 4, tokens[e].isCap, tokens[e].gap == .space { e += 1 }
            guard e > k + 2 else { return false }
            k = e
        }
        return k < tokens.count && tokens[k].isLower && tokens[k].gap == .space
            && Self.collectiveVerbs.contains(tokens[k].key)
    }
}
