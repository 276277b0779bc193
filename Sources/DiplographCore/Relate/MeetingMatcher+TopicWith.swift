/// Frame: a meeting noun with its topic before the partner's "with".
///
///     SUBJECT held talks (on|about|over) TOPIC with PERSON
///     "X held talks on wide-ranging issues of bilateral cooperation with his counterpart Y"
///
/// The topic is up to ten words (and hyphens): no other punctuation, no person, no clause word,
/// no pronoun. `holdVerb` then reads the "with" as the partner's.
///
/// Counterexample: "X held talks on the accord, which was signed with Y" (a comma and a clause
/// word) names no partner.
extension MeetingMatcher {
    static let topicOpeners: WordKeys = ["on", "about", "over", "regarding", "concerning"]

    /// The "with" after a topic that starts at `i`, or nil.
    func topicWith(_ i: Int) -> Int? {
        guard let o = word(i), Self.topicOpeners.contains(o) else { return nil }
        var k = i + 1
        while k < t.count, k - i <= 11 {
            if isWord(k, "with") { return k > i + 1 ? k : nil }
            if isPerson(k) || (t[k].kind == .punct && !isPunct(k, "-")) { return nil }
            if let w = word(k),
                Words.clauseCuts.contains(w) || Words.pronounsSubject.contains(w) || Self.clauseOpeners.contains(w)
                    || w == "by" || w == "at" || w == "between"
            {
                return nil
            }
            k += 1
        }
        return nil
    }
}
