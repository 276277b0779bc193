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
///
///     X and Y (had|has|have|having|held) [a|an] [ADJ] (lunch|…) …
///     "X and Y had dinner on Monday", "X and Y held a working lunch"
///
/// With no "with", two people or more as the subject of "had" or "held" share the meal; not
/// "attended" or "hosted" (a banquet of many).
///
/// Counterexample: "X and Y attended a dinner for 300 guests" (attending one event is no meeting).
extension MeetingMatcher {
    static let mealNouns: WordKeys = ["lunch", "dinner", "breakfast", "luncheon", "lunches", "dinners"]
    static let mealVerbs: WordKeys = ["had", "has", "have", "having", "held", "hosted", "attended", "joined"]

    mutating func mealNoun(_ n: Int) {
        guard isWord(n + 1, "with"), let obj = objects(from: n + 2) else {
            sharedMeal(n)
            return
        }
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

extension MeetingMatcher {
    static let sharedMealVerbs: WordKeys = ["had", "has", "have", "having", "held"]

    /// "X and Y had dinner", "X and Y held a working lunch": the meal's verb, back over an article
    /// and two lowercase modifiers, with a subject of two people or more.
    mutating func sharedMeal(_ n: Int) {
        var k = n - 1
        while k >= 0, n - k <= 2, let w = word(k), !t[k].capitalized, !Self.sharedMealVerbs.contains(w),
            !Words.determiners.contains(w), !Words.modifierStops.contains(w)
        {
            k -= 1
        }
        if isWord(k, "a") || isWord(k, "an") { k -= 1 }
        guard let v = word(k), Self.sharedMealVerbs.contains(v) else { return }
        verbClause(k, objectsAt: nil, status: .held, intransitive: true)
    }
}
