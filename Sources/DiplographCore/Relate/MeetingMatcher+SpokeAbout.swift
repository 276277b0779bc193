/// Frame: two people who spoke or talked about something, with no partner after the verb.
///
///     X and Y (spoke|talked) about TOPIC
///     "Crown Prince Ana Lind of Kestria and President Tomas Berg of Norvia spoke about ways to
///     deepen trade"
///
/// A coordinated subject of two people and a past verb of speaking right before "about": a
/// conversation between them (in person unless a phone is named; `speakVerb` reads those).
/// Seen in dev articles b5bca4174841b569 and e0150a38e891ab73 (two outlets).
///
/// Counterexamples: "X and Y both spoke about the crisis" and "X and Y each talked about …"
/// (speeches, not a conversation); "X and Y spoke separately about …"; "X spoke about Y" (one
/// subject: Y is the topic).
extension MeetingMatcher {
    static let spokeAboutVerbs: WordKeys = ["spoke", "talked"]

    /// "X and Y spoke about …" at the verb `v`.
    mutating func spokeAbout(_ v: Int) {
        guard let w = word(v), Self.spokeAboutVerbs.contains(w), isWord(v + 1, "about"), !separately,
            let subj = subject(before: v), subj.people.count == 2, !subj.planned, !subj.negative
        else { return }
        // "both", "each" or "all" between the subject and the verb: each spoke, to others.
        guard !isWord(subj.start - 1, "both"),
            !(subj.start..<v).contains(where: { isWord($0, "both") || isWord($0, "each") || isWord($0, "all") })
        else { return }
        emit(.report, subj.people, .held, anchor: v, subjectStart: subj.start)
    }
}
