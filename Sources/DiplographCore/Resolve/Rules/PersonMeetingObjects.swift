/// The one met, called or received is a person: "Kade met Mikkel Strand", "spoke with Sofie Berg
/// by phone", "held talks with Arvid Rask", "received Hanne Lund" (rule 4 of `Resolver`). Only
/// a run of two or three name words (no title, cue, generic or function word, no capitals only)
/// right after the verb, or after "with"/"to" following it: a body has a cue word ("met the
/// Halvex Group", "met Dorran Airlines"), a place follows "in" ("met in Omberlin"), and a table
/// country or organisation never reaches this rule.
extension ArticleResolver {
    /// Verbs whose object is a person in diplomatic news.
    static let meetingVerbs = Lexicon.set(
        """
        met meets meet meeting received receives receive hosted hosts host phoned phones thanked congratulated
        congratulates
        """)
    /// Words after which "with" or "to" opens the other party: "talks with", "spoke to".
    static let meetingNouns = Lexicon.set(
        """
        met meet meets meeting meetings talks talked talk spoke speaks speak call calls conversation conversations
        consultations negotiations spoken
        """)
    private static let with = NameTokenizer.key("with")

    /// The run `r` is the object of a verb of meeting or of "with"/"to" after one.
    func meetingObject(_ r: Range<Int>) -> Bool {
        let p = r.lowerBound - 1
        guard r.count >= 2, r.count <= 3, p >= 1, tokens[r.lowerBound].gap == .space, tokens[p].isLower else {
            return false
        }
        let opens: Bool
        // ("a group called Vell Ostra", "the so-called Vexmoor Format": naming, not meeting.)
        if tokens[p].gap == .space, Self.meetingVerbs.contains(tokens[p].key) {
            opens = true
        } else if tokens[p].key == Self.with || tokens[p].key == Lexicon.to {
            opens = tokens[p].gap == .space && tokens[p - 1].isLower && Self.meetingNouns.contains(tokens[p - 1].key)
        } else {
            opens = false
        }
        return opens && onlyNameWords(r)
    }
}
