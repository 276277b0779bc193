/// Frame: a coordinated subject, then their meeting in an aside.
///
///     X and Y[, Z], (at|during|after) their [WORDS] MEETING-NOUN …, VERB …
///     "X and Y, at their summit in Lakeport on Thursday, agreed on trade"
///
/// The people are the persons of a list that opens the sentence (or follows a comma) and ends
/// right before the aside's comma: two or more, joined by "and". Counterexamples: "X met
/// reporters and Y, at their request, …" (no meeting noun); "X, at their summit, …" (one person:
/// whose "their" is unknown); "Talks with X and Y, at their summit, …" (the list is an object).
extension MeetingMatcher {
    static let asidePrepositions: WordKeys = ["at", "during", "after", "following"]

    /// The people of "X and Y, at their N" for "their" at `q`, or nil.
    func theirAsideOwners(their q: Int) -> [Int]? {
        guard let p = word(q - 1), Self.asidePrepositions.contains(p), isPunct(q - 2, ",") else { return nil }
        let (people, sawAnd, k) = personsBackward(from: q - 3)
        // The list opens the sentence or a clause after a comma.
        guard k < 0 || isPunct(k, ","), sawAnd, people.count >= 2, isPerson(k + 1) else { return nil }
        return people.reversed()
    }
}
