/// Frame: "the pair" (or "the duo") as the subject of a meeting verb stands for the two people
/// named just before it.
///
///     … X … Y …, after the pair met a year ago in Kestria.     (the two named before, same sentence)
///     "X and Y …" / "'…,' he said." / "The pair met recently at …"   (the last sentence naming people)
///
/// The two are the people the sentence names before "the pair" when there are exactly two; when
/// it names nobody before it, those of the nearest sentence before (at most three back) that
/// names anyone, which must name exactly two. Anything else: no one.
///
/// Counterexample: "the pair" after a sentence naming three people, or after one naming one.
extension MeetingMatcher {
    static let pairWords: WordKeys = ["pair", "duo"]

    func pairSubject(before v: Int) -> Subject? {
        var j = v - 1
        while j > 0, v - j <= 3, let w = word(j),
            w == "have" || w == "had" || w == "also" || w == "first" || w == "last" || w == "then"
                || (t[j].shape.contains(.ly) && t[j].letters > 3 && !t[j].capitalized)
        {
            j -= 1
        }
        guard let w = word(j), Self.pairWords.contains(w), isWord(j - 1, "the") else { return nil }
        let before = distinctPeople(before: j - 1)
        if !before.isEmpty {
            return before.count == 2 ? Subject(people: before, start: j - 1) : nil
        }
        var s = sentence - 1
        while s >= 0, sentence - s <= 3 {
            let people = article.people(inSentence: s)
            if !people.isEmpty { return people.count == 2 ? Subject(people: people, start: j - 1) : nil }
            s -= 1
        }
        return nil
    }
}
