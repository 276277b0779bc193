/// Frame: a participant verb with a meeting noun, then "alongside" a list of people.
///
///     SUBJECT FRAME-VERB [in] the [modifiers] MEETING-NOUN [≤10 words] [,] alongside LIST
///     "X attended the multilateral meeting alongside A, B and C" (one meeting of all four)
///     "X also took part in the meeting in Kestria, alongside A"
///
/// The subject comes from `participantOwner` (one person, not negated, a plan when its clause
/// is one). Counterexamples: "the meeting alongside the summit" names no one (no person list);
/// "X attended the meeting with A alongside B" is the "with" frame; a subject that is no single
/// person ("they attended …") gives nothing.
extension MeetingMatcher {
    /// Emits the meeting of the subject of a frame verb and the people after "alongside", for the
    /// meeting noun at `n` whose modifiers start after token `k`; true when it did.
    mutating func alongsideList(noun n: Int, owner k: Int, status: MeetingStatus) -> Bool {
        // Past words of a place or time ("at the presidential palace in Kestria"), no person or
        // clause word, then perhaps a comma.
        var a = n + 1
        while a < t.count, a - n <= 10, !isWord(a, "alongside"), !isPerson(a),
            word(a).map({ !Words.clauseCuts.contains($0) }) ?? (t[a].kind == .entity)
        {
            a += 1
        }
        if isPunct(a, ",") { a += 1 }
        guard isWord(a, "alongside"), let obj = objects(from: a + 1) else { return false }
        let objIDs = Set(obj.people.map { article.r.entities[$0].id })
        let frameEnd = isWord(k, "in") ? k : k - 1
        guard let w = word(k), Words.determiners.contains(w) || w == "in",
            let (x, planned) = participantOwner(frameEndingAt: frameEnd, excluding: objIDs)
        else { return false }
        emit(.report, [x] + obj.people, planned ? .planned : status, anchor: n, subjectStart: min(k, n))
        return true
    }
}
