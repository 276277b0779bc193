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

/// Frame: two people who talked, with no object.
///
///     X and Y (talked|talk) [ADVERBIALS] (.|,|ADVERBIAL)
///     "X and Y talked on Monday", "X and Y talked for an hour", "X and Y talked privately"
///
/// "talked" with two people as its subject and nothing after it but an adverbial or the end of
/// the clause is their conversation (in person unless a phone is named; a call counts too).
/// "spoke" stays out: "X and Y spoke on Monday" as often reports two speeches. The same guards
/// as `spokeAbout`: no plan, no denial, no "both" or "each".
///
/// Counterexamples: "X and Y talked tough on trade" (a manner, not a meeting adverbial); "X and
/// Y both talked on Monday" (each to others).
extension MeetingMatcher {
    mutating func talkedTogether(_ v: Int) {
        guard let w = word(v), w == "talked" || w == "talk", !separately else { return }
        let n = v + 1
        let ends =
            n >= t.count || isPunct(n, ".") || isPunct(n, ",") || isPunct(n, ";") || afterAdverbials(n) != n
            || afterDuration(n) != nil || (word(n).map(Self.looseAdverbs.contains) ?? false)
            || (word(n) != nil && t[n].shape.contains(.ly) && t[n].letters > 3 && !t[n].capitalized)
        guard ends, let subj = subject(before: v), subj.people.count == 2, !subj.planned, !subj.negative,
            !isWord(subj.start - 1, "both"),
            !(subj.start..<v).contains(where: { isWord($0, "both") || isWord($0, "each") || isWord($0, "all") })
        else { return }
        emit(.report, subj.people, .held, anchor: v, subjectStart: subj.start)
    }
}
