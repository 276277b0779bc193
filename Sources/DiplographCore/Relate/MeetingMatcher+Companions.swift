/// Counter-rule: a spouse named beside the one met is a companion, not a party to the meeting.
///
///     "He was greeted by X and First Lady Y"      → a meeting with X only
///     "Z received X and his wife Y"               → a meeting with X only
///
/// A list item titled "First Lady" or "First Gentleman", or introduced by "wife", "husband" or
/// "spouse", is dropped from the people met when someone else of the list remains (a list of
/// companions only is left as it is: the text names no one else).
///
/// Counterexample: "X met First Lady Y" (no one else) keeps Y.
extension MeetingMatcher {
    static let spouseWords: WordKeys = ["wife", "husband", "spouse"]

    func withoutCompanions(_ obj: Objects, from o: Int) -> Objects {
        guard obj.people.count >= 2 else { return obj }
        var drop = Set<String>()
        for k in o..<min(obj.end, t.count) where isPerson(k) && isCompanion(k) { drop.insert(id(k)) }
        guard !drop.isEmpty else { return obj }
        var kept = obj
        kept.people = obj.people.filter { !drop.contains(article.r.entities[$0].id) }
        return kept.people.isEmpty ? obj : kept
    }

    /// The person at `k` is titled a spouse: "First Lady Y", "his wife Y", "his wife, Y".
    func isCompanion(_ k: Int) -> Bool {
        let b = isPunct(k - 1, ",") ? k - 2 : k - 1
        if let w = word(b), Self.spouseWords.contains(w) { return true }
        return isWord(k - 2, "first") && (isWord(k - 1, "lady") || isWord(k - 1, "gentleman"))
    }
}
