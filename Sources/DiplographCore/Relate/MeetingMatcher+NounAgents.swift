/// Frame: a meeting noun whose agents follow "made by" or "held by": those agents met.
///
///     … N (made|held|conducted) by A and B …
///     "in line with a telephone call made by President Ana Lind and President Tomas Berg"
///     "This came out of the meeting held by Presidents Ana Lind and Tomas Berg"
///
/// The noun is a meeting noun (`meetingNoun`); the agents are a list of two or more people, who
/// met each other, as the people of "talks between A and B" do; "made" and "held" are past, so the
/// meeting happened even in a clause of a plan ("ties will be discussed in line with a call made by
/// A and B"). Seen in dev articles
/// 26c91f01bb7a62fb (newtr.tv) and 62c638d5575f9bc1 (thezimbabwemail.com).
///
/// Counterexamples: "the dinner hosted by A and B" (a host is not a participant of this frame,
/// and "dinner" is no meeting noun); "a call made by A to B" (one agent: the call's other party is
/// read by `MeetingMatcher+CallBy.swift`, if at all).
extension MeetingMatcher {
    static let agentParticiples: WordKeys = ["made", "held", "conducted"]

    /// The people after "made by" / "held by" right after the meeting noun at `n` when they are
    /// two or more, or nil.
    func nounAgents(_ n: Int) -> Objects? {
        guard let w = word(n + 1), Self.agentParticiples.contains(w), isWord(n + 2, "by"),
            let obj = objects(from: n + 3), obj.people.count >= 2
        else { return nil }
        return obj
    }
}
