/// Frame: two coordinated subjects, each with an appositive set off by commas.
///
///     PERSON, APPOSITIVE, and PERSON, APPOSITIVE, VERB …
///     "X, Director of the Kestrian Office and Minister of Trade, and Y, Norvian Minister of
///      Foreign Affairs, held a Kestria-Norvia foreign ministers' meeting on the 26th"
///
/// `subject(before:)` reads the second person past its appositive; this widens the subject to
/// the first person when ", and" joins them and the first one's appositive names no one and holds
/// no comma or clause word.
///
/// Counterexample: "X said trade grew, and Y, the minister, held talks" (no comma right after X)
/// keeps Y alone.
extension MeetingMatcher {
    func withAppositiveCoordinate(_ subj: Subject) -> Subject {
        let s = subj.start
        guard subj.people.count == 1, isWord(s - 1, "and"), isPunct(s - 2, ",") else { return subj }
        var k = s - 3
        while k >= 1, s - k < 30, !isPunct(k, ",") {
            if isPerson(k) { return subj }
            if let w = word(k), !t[k].capitalized, Self.clauseOpeners.contains(w) || Words.clauseCuts.contains(w) {
                return subj
            }
            k -= 1
        }
        guard k >= 1, k < s - 3, isPunct(k, ","), isPerson(k - 1), !t[k - 1].possessive else { return subj }
        let first = t[k - 1].entity
        guard article.r.entities[first].id != article.r.entities[subj.people[0]].id else { return subj }
        var start = k - 1
        while start > 0, isTitleToken(start - 1), !isPerson(start - 1) { start -= 1 }
        return Subject(people: [first] + subj.people, start: start, planned: subj.planned, negative: subj.negative)
    }
}

/// Modifiers of a meeting noun after "held": "a Kestria-Norvia foreign ministers' meeting", "a
/// Kestria-Norvia Foreign Ministers’ telephone talk" (the shape of a joint subject's meeting).
extension MeetingMatcher {
    /// True when token `k` is a country, a plural's apostrophe glued to the word before it (after
    /// `first`), or, after a country, a (capitalised) title word.
    func nounModifier(_ k: Int, afterCountries countries: inout Bool, from first: Int) -> Bool {
        if t[k].kind == .entity {
            guard t[k].type == .country, !t[k].possessive else { return false }
            countries = true
            return true
        }
        if isPunct(k, "'") || isPunct(k, "’") {
            return k > first && t[k - 1].range.upperBound == t[k].range.lowerBound
        }
        return countries && t[k].kind == .word && Words.titleWords.contains(t[k].word)
    }
}
