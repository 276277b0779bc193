/// Frame: a call verb with a person as its direct object is a phone call.
///
///     SUBJECT (called|phoned|telephoned|rang) PERSON [time] (. | , | and | to VERB | on … | after …)
///     "Outgoing President X called Y to offer congratulations"
///     "X phoned Y on Monday"
///
/// What follows the object must close the clause or open an adverbial or a purpose ("to offer",
/// not "to the stand"): "called Y a liar", "called Y reckless", "called Y 'a friend'" name Y,
/// they report no call. "so-called", "was called", "called on" (a visit: `calledOn`) and "called
/// for" are no calls either.
///
/// Counterexample: "X called Y a traitor" and "X would call Y" (planned) report no call held.
extension MeetingMatcher {
    static let phoneCallVerbs: WordKeys = ["called", "phoned", "telephoned", "rang"]
    /// Words that may follow the object of a call.
    static let afterCallObject: WordKeys = [
        "and", "on", "after", "from", "last", "this", "yesterday", "today", "earlier", "late", "by", "over", "shortly",
        "soon", "ahead", "before", "following",
    ]

    mutating func phoneCallVerb(_ v: Int) {
        // "so-called", "was called", "has been called": a name, not a call.
        if isPunct(v - 1, "-") { return }
        if let b = word(v - 1), Words.copulas.contains(b) || b == "been" || b == "be" || b == "being" { return }
        guard !isWord(v + 1, "on"), !isWord(v + 1, "for"), !isWord(v + 1, "off"),
            let obj = objects(from: v + 1), callObjectCloses(obj.end)
        else { return }
        verbClause(v, objectsAt: v + 1, status: .phone, intransitive: false)
    }

    /// The token after a call's object ends the clause, or opens a time adverbial, a purpose or
    /// a sequel.
    func callObjectCloses(_ e: Int) -> Bool {
        if e >= t.count || isPunct(e, ".") || isPunct(e, ",") || isPunct(e, ";") { return true }
        guard let w = word(e) else { return false }
        // "called Y on Monday to …", but not "called Y on Monday 'a killer'": what follows the
        // time adverbial decides.
        let after = afterTimeAdverbial(e)
        if after != e { return callObjectCloses(after) }
        if w == "to" {
            // "to offer congratulations", not "to the stand", "to account", "to Kestria".
            guard let n = word(e + 1), !t[e + 1].capitalized else { return false }
            return !Words.determiners.contains(n) && !Self.possessivePronouns.contains(n) && n != "account"
        }
        return Self.afterCallObject.contains(w)
    }
}
