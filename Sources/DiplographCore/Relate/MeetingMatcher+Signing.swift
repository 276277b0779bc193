/// Frame: two people who signed a document together met to sign it.
///
///     X and Y signed (a|the|an) [WORDS] DOCUMENT
///     "X and Y signed the joint declaration on trade", "X and Y signed two defence deals"
///
/// Only a coordinated subject of exactly two people (`subject(before:)`), no plan or denial, and a
/// document noun within six words of the verb. Counterexamples: "X signed the agreement with Y"
/// (one subject: the object may be a country's envoy or a signature by letter); "X and Y signed
/// letters to the council" (no document of theirs); "X and Y will sign the accord" (a plan, left
/// to the planned-meeting frames).
extension MeetingMatcher {
    static let signedVerbs: WordKeys = ["signed"]
    /// Counts before the documents: "X and Y signed two agreements".
    static let documentCounts: WordKeys = ["two", "three", "four", "five", "several"]
    static let documentNouns: WordKeys = [
        "agreement", "agreements", "declaration", "statement", "memorandum", "memorandums", "accord", "accords",
        "treaty", "communique", "communiqué", "pact", "deal", "deals",
    ]

    mutating func signedTogether(_ v: Int) {
        guard let subj = subject(before: v), subj.people.count == 2, !subj.planned, !subj.negative,
            let d = word(v + 1), d == "a" || d == "an" || d == "the" || Self.documentCounts.contains(d)
        else { return }
        var k = v + 2
        while k < t.count, k - v <= 7, t[k].kind != .punct || isPunct(k, "-") {
            if let w = word(k), Self.documentNouns.contains(w) {
                emit(.report, subj.people, .held, anchor: v, subjectStart: subj.start)
                return
            }
            k += 1
        }
    }
}
