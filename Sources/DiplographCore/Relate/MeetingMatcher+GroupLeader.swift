/// Frame: a group met through its leader, "led by" or "headed by" a person.
///
///     VERB [with] [the] GROUP-NOUN [of [the] BODY] (led|headed) by PERSON
///     "X also met with members of the Senate led by Senate President Y"
///     "X received a team of negotiators headed by Y"
///
/// The leader is the one named; the group's other members, unnamed, are no one. (A "delegation"
/// led by someone is `delegationLeader`'s.) Between the group noun and "led by" stand at most
/// a few words of the body's name: a comma or a lowercase word ("members of the party, which is
/// led by Y") ends the frame.
///
/// Counterexample: "X met members of the party once led by Y" (an adverb between) names no leader.
extension MeetingMatcher {
    static let groupNouns: WordKeys = [
        "members", "team", "teams", "group", "leaders", "officials", "senators", "lawmakers", "legislators",
        "representatives", "executives", "officers", "envoys", "ministers",
    ]

    /// The token after "by" of a group and its leader that start at `i`, or nil.
    func groupLeader(from i: Int) -> Int? {
        var k = i
        while k < t.count, k - i < 4, let w = word(k), !Self.groupNouns.contains(w), !t[k].capitalized,
            !Words.modifierStops.contains(w)
        {
            k += 1
        }
        guard let g = word(k), Self.groupNouns.contains(g) else { return nil }
        k += 1
        if isWord(k, "of") {
            k += 1
            let body = k
            // The body's name: capitalised words, entities other than people, hyphens, "the",
            // "of", "and"; any other word ("once led by") or punctuation ends the frame.
            while k < t.count, k - body < 6, !isWord(k, "led"), !isWord(k, "headed") {
                let fits =
                    switch t[k].kind {
                    case .entity: t[k].type != .person
                    case .punct: isPunct(k, "-")
                    case .word: t[k].capitalized || t[k].word == "the" || t[k].word == "of" || t[k].word == "and"
                    }
                guard fits else { return nil }
                k += 1
            }
        }
        guard isWord(k, "led") || isWord(k, "headed"), isWord(k + 1, "by") else { return nil }
        return k + 2
    }
}
