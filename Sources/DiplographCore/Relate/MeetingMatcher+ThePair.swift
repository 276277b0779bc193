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

extension ArticleContext {
    /// True when the range holds "the pair ", "the duo " or "both ": a sentence that names nobody
    /// may report a meeting of the two named before it (`MeetingMatcher.pairSubject`; "Both
    /// leaders met": `MeetingMatcher.pairDeterminer`).
    func hasThePair(_ range: Range<Int>) -> Bool {
        contains("the pair ", in: range) || contains("the duo ", in: range) || contains("both ", in: range)
    }

    /// True when the range holds `phrase` (ASCII lowercase) at a word start, in any case.
    func contains(_ phrase: StaticString, in range: Range<Int>) -> Bool {
        let p = UnsafeBufferPointer(start: phrase.utf8Start, count: phrase.utf8CodeUnitCount)
        guard range.count > p.count, range.upperBound <= text.count else { return false }
        var i = range.lowerBound
        while i + p.count <= range.upperBound {
            if text[i] | 0x20 == p[0], i == range.lowerBound || text[i - 1] == 0x20,
                p.indices.allSatisfy({ text[i + $0] | 0x20 == p[$0] })
            {
                return true
            }
            i += 1
        }
        return false
    }
}
