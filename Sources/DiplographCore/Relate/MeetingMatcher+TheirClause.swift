/// Frame: "their" meeting noun inside a clause whose people it owns.
///
///     X and Y VERB … (during|at|in|after|following) their [WORDS] MEETING-NOUN …
///     "President Ana Lind and Kestrian President Tomas Berg agreed on trade during their talks in Lakeport"
///     (At|During|In) their [WORDS] MEETING-NOUN …, X VERB [ADVERB] Y …
///     "At their bilateral meeting, Prime Minister Lind thanked Prime Minister Berg for the visit"
///
/// A clause of two or more coordinated people opening the sentence, then a verb: "their" is
/// theirs. An opening phrase with "their" and a main clause of one person, one verb and one
/// person object: the two own it. A future or modal verb ("will", "would", "plan") after the
/// subject makes the meeting planned; a negative, no meeting.
///
/// Counterexamples: "X and Y, their aides said, met" (no meeting noun); "At their meeting, X said
/// that Y …" (no object right after the verb); "In their talks, X raised the case of Y" (Y is no
/// object of the verb); "X said Y and Z met during their talks" (the list does not open the
/// sentence).
extension MeetingMatcher {
    static let theirClausePrepositions: WordKeys = ["at", "during", "in", "after", "following"]
    /// Words after the subject that put the clause in the future or a mood: still to come.
    static let theirClausePlanned: WordKeys = [
        "will", "would", "may", "might", "could", "shall", "should", "expected", "scheduled", "set", "due", "plan",
        "plans", "hope", "hopes", "'ll", "are", "is",
    ]

    /// The owners of "their" at `q` (the noun at `n`) and the status, or nil.
    func theirClauseOwners(their q: Int, noun n: Int, status: MeetingStatus) -> (people: [Int], status: MeetingStatus)?
    {
        guard let p = word(q - 1), Self.theirClausePrepositions.contains(p) else { return nil }
        if framesSentence(q - 1) { return openingTheirObject(noun: n, status: status) }
        // "X and Y VERB … during their talks": the list opens the sentence.
        guard isPerson(titleGap(from: 0)), let list = objects(from: 0), list.people.count >= 2,
            hasAnd(from: 0, to: list.end), list.end < q - 1, let v = word(list.end), !t[list.end].capitalized,
            !Words.clauseCuts.contains(v)
        else { return nil }
        // No other person between the verb and "their": "X and Y told Z during their talks" is theirs
        // too, but "X and Y said Z met W during their talks" is not.
        guard !(list.end..<q).contains(where: { isPerson($0) }) else { return nil }
        if (list.end..<q).contains(where: { word($0).map(Words.negativeWords.contains) ?? false }) { return nil }
        var st = status
        if Self.theirClausePlanned.contains(v) { st = .planned }
        return (list.people, st)
    }

    /// "At their meeting, X VERB [ADVERB] Y": the person subject and the person object.
    func openingTheirObject(noun n: Int, status: MeetingStatus) -> (people: [Int], status: MeetingStatus)? {
        guard let comma = (n + 1..<t.count).first(where: { isPunct($0, ",") }), comma - n < 8,
            !(n + 1..<comma).contains(where: { isPerson($0) })
        else { return nil }
        let s = titleGap(from: comma + 1)
        guard isPerson(s), !t[s].possessive else { return nil }
        var v = qualifierEnd(s + 1)
        guard let w = word(v), !t[v].capitalized, !Words.clauseCuts.contains(w), !Words.modifierStops.contains(w),
            !Words.negativeWords.contains(w)
        else { return nil }
        v += 1
        v = skipAdverbs(v)
        let o = titleGap(from: v)
        guard isPerson(o), !t[o].possessive, id(o) != id(s) else { return nil }
        return ([t[s].entity, t[o].entity], status)
    }
}
