/// Rule: "he" or "she" as the subject of a relative clause goes back to the one person of the
/// noun phrase the clause qualifies.
///
///     … a visit by Secretary General X to Kestria, in which he met A …   → X met A
///     … the tour of President X, during which she held talks with A …  → X
///
/// The phrase runs back from the comma before "in/during/at which", "where" or "when" to the
/// previous comma, clause word ("after", "when", "said" …) or the start of the sentence; it must
/// name exactly one person. Counterexample: "X hosted Y at a dinner, during which he met Z" names
/// two people in the phrase: no one (the caller's other readings decide, and they give nothing
/// for two candidates either).
extension MeetingMatcher {
    /// The person a relative-clause "he"/"she" at token `j` refers to, or nil.
    func relativeAntecedent(pronoun j: Int) -> Int? {
        var c = j - 1
        if isWord(c, "which"), let p = word(c - 1), p == "in" || p == "during" || p == "at" {
            c -= 2
        } else if isWord(c, "where") || isWord(c, "when") {
            c -= 1
        } else {
            return nil
        }
        guard isPunct(c, ",") else { return nil }
        var found: Int?
        var k = c - 1
        while k >= 0, c - k <= 20, !isPunct(k, ",") {
            if let w = word(k), !t[k].capitalized, Words.clauseCuts.contains(w) { break }
            if isPerson(k) {
                if let f = found, id(k) != article.r.entities[f].id { return nil }
                found = t[k].entity
            }
            k -= 1
        }
        return found
    }
}
