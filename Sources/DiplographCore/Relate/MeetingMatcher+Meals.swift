/// Frame: a meal shared with someone is a meeting in person.
///
///     PERSON's [ADJ] (lunch|dinner|breakfast|luncheon) with PERSON
///     SUBJECT (had|has|held|hosted|attended|joined) [a|an] [ADJ] (lunch|…) with PERSON
///     "The post of X's lunch with Y appeared …"; "X had a working dinner with Y on Monday"
///
/// Only "with" names the other side: "a dinner for Y" may be given in Y's absence or for many.
/// A modal before the verb ("will have lunch with") makes it planned, as for any verb clause.
///
/// Counterexample: "X's lunch with reporters" names no person after "with".
extension MeetingMatcher {
    static let mealNouns: WordKeys = ["lunch", "dinner", "breakfast", "luncheon", "lunches", "dinners"]
    static let mealVerbs: WordKeys = ["had", "has", "have", "having", "held", "hosted", "attended", "joined"]

    mutating func mealNoun(_ n: Int) {
        guard isWord(n + 1, "with"), let obj = objects(from: n + 2) else { return }
        var k = n - 1
        // Up to two lowercase modifiers ("working", "private") and an article.
        while k >= 0, n - k <= 2, let w = word(k), !t[k].capitalized, !t[k].possessive, !Self.mealVerbs.contains(w),
            !Words.determiners.contains(w), !Words.modifierStops.contains(w)
        {
            k -= 1
        }
        if isPerson(k), t[k].possessive {
            for y in obj.people { emit(.report, [t[k].entity, y], .held, anchor: n, subjectStart: k) }
            return
        }
        if isWord(k, "a") || isWord(k, "an") { k -= 1 }
        guard let v = word(k), Self.mealVerbs.contains(v) else { return }
        verbClause(k, objectsAt: n + 2, status: .held, intransitive: false)
    }
}
