/// Frame: "I" in a quotation is the person quoted.
///
///     "I VERB … Y …," (said|added|admitted …) SPEAKER        "“I had a phone call with Y,” said X"
///     "I VERB … Y …," SPEAKER (said|added …)                 "“I met Y today,” X told reporters"
///     SPEAKER (said|wrote …)(:|,) "I VERB … Y …"             "X said: “I held talks with Y”"
///
/// The quotation opens in the sentence before "I" (an odd number of quote marks before it); the
/// speaker is one person, named or by a role mention ("admitted the Kestrian leader"), right
/// after the closing mark and a reporting verb, or before the opening mark and its reporting
/// verb. The pattern (a first-person meeting verb in a quotation) is in dev articles
/// 1951299439dfe76c (russia-news.us), 5e04b5af3137d66a (news.liga.net), cf4fb8efbdb5905d
/// (observatorial.com) and 163e5e6993dd6f14 (bulawayo24.com).
///
/// Counterexamples: a quotation that opened in an earlier sentence (no mark before "I"); a
/// quotation with no reporting verb beside it ("citing his words", a headline); two speakers.
extension MeetingMatcher {
    /// Verbs of quoting beside `Words.reportingWords`.
    static let quotingVerbs: WordKeys = [
        "added", "admitted", "tweeted", "explained", "recalled", "stressed", "insisted", "remarked", "posted",
    ]

    func isQuotingVerb(_ k: Int) -> Bool {
        word(k).map { Words.reportingWords.contains($0) || Self.quotingVerbs.contains($0) } ?? false
    }

    /// The one person quoted in the quotation holding "I" at `j`.
    func quotedSpeaker(pronoun j: Int) -> Int? {
        let marks = (0..<j).filter { isPunct($0, "\"") }
        guard marks.count % 2 == 1, let open = marks.last else { return nil }
        if let close = (j + 1..<t.count).first(where: { isPunct($0, "\"") }) {
            let k = isPunct(close + 1, ",") ? close + 2 : close + 1
            // ", said X" / ", admitted the Kestrian leader"
            if isQuotingVerb(k) {
                guard let who = objects(from: k + 1), who.people.count == 1 else { return nil }
                return who.people[0]
            }
            // ", X said"
            if let who = objects(from: k), isQuotingVerb(who.end) {
                return who.people.count == 1 ? who.people[0] : nil
            }
        }
        // "X said: “I …”"
        let b = isPunct(open - 1, ":") || isPunct(open - 1, ",") ? open - 2 : open - 1
        guard b > 0, isQuotingVerb(b), let who = subject(before: b), who.people.count == 1, !who.planned,
            !who.negative
        else { return nil }
        return who.people[0]
    }
}
