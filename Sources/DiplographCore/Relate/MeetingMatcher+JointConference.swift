/// Frame: a joint press conference with someone is a meeting with them.
///
///     … (a|the) joint (press|news|media) (conference|briefing) [ADVERBIALS] with OBJECTS
///     "Prime Minister Ana Lind said at a joint press conference with Tomas Berg in Lakeport …"
///     "He expressed the hope at a joint news conference with Tomas Berg after the talks"
///
/// The noun is read as a meeting noun by `meetingNoun`, which finds its owner the usual way (an
/// adverbial's controller: `MeetingMatcher+Controller.swift`); "will hold a joint press
/// conference with Y" is a plan there. "joint" is required: "told a press conference, with Y
/// watching" names an audience, not a partner. Seen in dev articles 52bbbbe95ef13da3
/// (looptonga.com), 7042303e7e765260 (antaranews.com) and 08f7ea8c753d42ce (timesofmalta.com).
///
/// Counterexamples: "a press conference with reporters" (no "joint", no person); "a joint
/// statement with Y" (no conference: a text, not a meeting).
extension MeetingMatcher {
    static let jointConferenceHeads: WordKeys = ["conference", "briefing"]
    static let jointConferenceMedia: WordKeys = ["press", "news", "media"]

    /// True when the noun at `n` ends "joint press conference" (or a variant).
    func isJointConference(_ n: Int) -> Bool {
        guard let h = word(n), Self.jointConferenceHeads.contains(h), let m = word(n - 1),
            Self.jointConferenceMedia.contains(m)
        else { return false }
        return isWord(n - 2, "joint")
    }
}
