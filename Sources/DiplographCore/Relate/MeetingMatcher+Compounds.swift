/// Frame: a hyphenated compound modifying a meeting noun is one modifier.
///
///     SUBJECT held (a|the) [COMPOUND …] MEETING-NOUN with OBJECT-LIST
///     "X held a one-on-one meeting with Y", "X held a 45-minute one-on-one talk with Y",
///     "X held a tete-a-tete meeting with Y"
///
/// Seen in dev articles e2b2fbcfd3739890 and b6179abd078d7ced (two outlets). A compound is
/// lowercase words or numbers joined by hyphens with no space ("one-on-one", "45-minute",
/// "closed-door"); read word by word, its "on" or "a" stopped the modifiers before the noun.
/// A compound that holds a meeting or phone word ("phone-call") is left to the word-by-word
/// reading, and a capitalised one ("Kim-Xi") is a pair of names, not a modifier.
///
/// Counterexample: "X held a one-on-one session with the press" names no one after "with".
extension MeetingMatcher {
    /// The token after a hyphenated compound modifier that starts at `k`, or nil.
    func compoundModifierEnd(_ k: Int) -> Int? {
        // The hyphen first: most words start no compound, and this runs at every modifier.
        guard isPunct(k + 1, "-"), let first = word(k), !t[k].capitalized, !Words.meetingNouns.contains(first),
            !Words.phoneWords.contains(first)
        else { return nil }
        var e = k
        while isPunct(e + 1, "-"), let w = word(e + 2), !t[e + 2].capitalized,
            t[e].range.upperBound == t[e + 1].range.lowerBound, t[e + 1].range.upperBound == t[e + 2].range.lowerBound
        {
            if Words.meetingNouns.contains(w) || Words.phoneWords.contains(w) { return nil }
            e += 2
        }
        return e > k ? e + 1 : nil
    }
}
