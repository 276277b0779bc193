/// Rule: "he" or "she" in a relative clause on a visit goes back to the visitor.
///
///     "… an official visit by Secretary General X to Kestria, in which he met …"
///     "… X's three-day visit to Kestria, during which she held talks with …"
///
/// The pronoun must follow "in which" / "during which" (or "on which") and a comma right after
/// the visit phrase: a visit noun ("visit", "trip", "tour") with its visitor after "by" or before
/// it as a possessive. Between the noun and the comma: no other person.
///
/// Counterexample: "… after X's visit, Y said he met …" (no relative clause) gives no one.
extension MeetingMatcher {
    static let visitNouns: WordKeys = ["visit", "trip", "tour", "stay", "mission"]

    func visitPronounSubject(before v: Int) -> Subject? {
        var j = v - 1
        if let w = word(j), Words.auxiliaryWords.contains(w) || w == "also" { j -= 1 }
        guard let p = word(j), Words.pronounsSubject.contains(p), isWord(j - 1, "which"),
            isWord(j - 2, "in") || isWord(j - 2, "during") || isWord(j - 2, "on"), isPunct(j - 3, ",")
        else { return nil }
        var k = j - 4
        while k >= 0, j - k < 20 {
            if let w = word(k), Self.visitNouns.contains(w) {
                // "X's visit", "X's three-day visit"
                var b = k - 1
                while b >= 0, k - b < 5, !isPerson(b), t[b].kind != .punct || isPunct(b, "-"), !t[b].capitalized {
                    b -= 1
                }
                if isPerson(b), t[b].possessive { return Subject(people: [t[b].entity], start: j) }
                // "visit by (titles) X"
                guard isWord(k + 1, "by") else { return nil }
                let x = titleGap(from: k + 2)
                guard isPerson(x), !t[x].possessive,
                    !(x + 1..<(j - 3)).contains(where: { isPerson($0) && id($0) != id(x) })
                else { return nil }
                return Subject(people: [t[x].entity], start: j)
            }
            if isPunct(k, ",") || isPunct(k, ";") { return nil }
            k -= 1
        }
        return nil
    }
}
