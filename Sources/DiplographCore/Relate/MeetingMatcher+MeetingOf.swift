/// Frame: the meeting noun with its people after "of".
///
///     [the] [MODIFIERS] MEETING-NOUN of PERSON-LIST (with PERSON-LIST)? …
///     "The meeting of President Ana Lind with Kestrian President Tomas Berg was held in Lakeport"
///     "The talks of Ana Lind and Tomas Berg took place on Monday"
///
/// "Of" names the meeting's owners as a possessive does ("Lind's talks with Berg"): the owners
/// met each person after "with"; with no "with", two or more owners joined by "and" met each
/// other. The noun's own modifiers ("planned", "possible") or a plan after the phrase ("… is
/// expected", "will be held") make it planned.
///
/// Counterexamples: "a meeting of the council with Berg" (no person after "of"); "the meeting
/// of Lind" (one owner, no one after "with"); "a meeting of Lind's aides with Berg" (a
/// possessive person is not the owner).
extension MeetingMatcher {
    /// The people of "N of X with Y" / "N of X and Y" for the noun at `n`, and the token after
    /// them, or nil.
    func meetingOf(_ n: Int) -> (owners: [Int], others: [Int], end: Int)? {
        guard isWord(n + 1, "of"), isPerson(titleGap(from: n + 2)), let owners = objects(from: n + 2) else {
            return nil
        }
        if isWord(owners.end, "with"), let others = objects(from: owners.end + 1) {
            return (owners.people, others.people, others.end)
        }
        guard owners.people.count >= 2, hasAnd(from: n + 2, to: owners.end) else { return nil }
        return (owners.people, [], owners.end)
    }

    /// "X attended talks with Y": a frame verb (`frameVerb`) among the words before the noun at
    /// `n`, after the owner position `k` that the modifier scan stopped at; its index, or nil.
    func bareFrameVerb(after k: Int, noun n: Int) -> Int? {
        let start = max(k + 1, 0)
        guard start < n else { return nil }
        return (start..<n).first { word($0).map(Words.meetingFrameVerbs.contains) ?? false }
    }
}
