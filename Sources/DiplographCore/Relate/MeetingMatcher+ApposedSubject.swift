/// Frame: a plural subject with its people set off by commas.
///
///     (The two|Both) [WORDS] PLURAL-OFFICE, X and Y, VERB …
///     "The two foreign ministers, X and Y, met in Lakeport"; "Both leaders, X and Y, held talks"
///
/// The people are those of the list between the commas (two or more, joined by "and"); the
/// plural is an office word (`MeetingLexicon.pairNouns`) after "two" or "both" and at most two
/// other words. Counterexamples: "The two envoys of X and Y, A, met …" (no list of people
/// between the commas); "Reporters, X and Y, …" (no "two" or "both": a list of sources).
extension MeetingMatcher {
    /// The people and start of such a subject whose closing comma is token `j`, or nil.
    func apposedList(endingAt j: Int) -> (people: [Int], start: Int)? {
        guard isPunct(j, ","), isPerson(j - 1) else { return nil }
        let (people, sawAnd, k) = personsBackward(from: j - 1)
        // k: the plural office word; the list opened with a comma after it.
        guard sawAnd, people.count >= 2, isPunct(k + 1, ","), let noun = word(k), Words.pairNouns.contains(noun)
        else { return nil }
        var s = k - 1
        while s >= 0, k - s <= 3, let w = word(s), w != "two", w != "both", !t[s].capitalized || s == 0 {
            s -= 1
        }
        guard let w = word(s), w == "two" || w == "both" else { return nil }
        let start = isWord(s - 1, "the") ? s - 1 : s
        return (people.reversed(), start)
    }

    /// The people of a list that ends at token `k`, read backwards over persons, commas and
    /// "and": the people (last first), whether an "and" joined them, and the token before the
    /// list (-1 at the sentence's start).
    func personsBackward(from k: Int) -> (people: [Int], sawAnd: Bool, before: Int) {
        var k = k
        var people: [Int] = []
        var sawAnd = false
        while k >= 0 {
            if isPerson(k), !t[k].possessive {
                people.append(t[k].entity)
            } else if isWord(k, "and") {
                sawAnd = true
            } else if !isPunct(k, ",") {
                break
            }
            k -= 1
        }
        return (people, sawAnd, k)
    }
}
