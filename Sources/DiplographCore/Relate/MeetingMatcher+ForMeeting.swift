/// Frame: people joined for a meeting, or sat down for one.
///
///     SUBJECT joined OBJECT-LIST for (a|an|the|their) [WORDS] MEETING-NOUN
///     SUBJECT (was|were) joined by OBJECT-LIST for … MEETING-NOUN
///     X and Y sat down for (a|the|their) [WORDS] MEETING-NOUN
///     "X joined Y for a three-way gathering", "X was joined by Y for talks", "X and Y sat down
///     for talks"
///
/// The meeting noun (or "gathering", which names a meeting only here) must follow "for" within
/// five words (a hyphen not counted). Counterexamples: "X joined the council for a second term", "X joined Y's party
/// for the campaign" (no meeting noun, no person object); "X sat down for an interview".
extension MeetingMatcher {
    static let forMeetingNouns: WordKeys = ["gathering"]

    /// True when "for" at `k` opens a meeting: "for (a|the|their …) [up to three words] talks".
    func forMeeting(_ k: Int) -> Bool {
        guard isWord(k, "for") else { return false }
        var j = k + 1
        while j < t.count, j - k <= 6 {
            if isPunct(j, "-") {  // "a three-way gathering"
                j += 1
                continue
            }
            guard let w = word(j) else { return false }
            if Words.meetingNouns.contains(w) || Self.forMeetingNouns.contains(w) { return true }
            if Words.modifierStops.contains(w) || Words.clauseCuts.contains(w) { return false }
            j += 1
        }
        return false
    }

    /// "joined" at `v`: "X joined Y for talks", "X was joined by Y for talks".
    mutating func joinedFor(_ v: Int) {
        let o = isWord(v + 1, "by") ? v + 2 : v + 1
        guard let obj = objects(from: o), forMeeting(obj.end) else { return }
        verbClause(v, objectsAt: o, status: .held, intransitive: false)
    }

    /// "sat"/"sit" at `v`: "X and Y sat down for talks" (with "with", `withPhrases` reads it).
    mutating func satDownFor(_ v: Int) {
        guard isWord(v + 1, "down"), forMeeting(v + 2) else { return }
        verbClause(v, objectsAt: nil, status: .held, intransitive: true)
    }
}
