/// Chunk: a title whose complement is a list set off by commas, before the name.
///
///     TITLE of WORDS, CAPITALISED-WORDS [and CAPITALISED-WORDS], [,] PERSON
///     "the Minister of Foreign Affairs, Cooperation and Kestrians Abroad, Ana Lind"
///     "Minister of Foreign Affairs, European Union, and Cooperation Ana Lind"
///
/// Seen in dev articles 0fc0fd88dec08286, a641432c7751d945 and fa212b1a0c9d06af (three outlets):
/// ministries named by a list of portfolios. Inside a title's complement (`titledPerson`), a
/// comma followed by capitalised words that name no office, with no person among them, continues
/// the complement up to the next comma, or up to a person when the segment holds the list's
/// "and".
///
/// Counterexamples: "the Minister of Foreign Affairs, Trade Minister B" (an office after the
/// comma: another person's) stays as it was read; "…, Cooperation and Trade, B said" (a report)
/// and "…, Cooperation and Trade, before B arrived" name no one.
extension MeetingMatcher {
    /// From token `j` after a comma inside a complement: the comma that ends a segment of
    /// capitalised words naming no office (or the person after a segment with "and"), or nil.
    func commaComplementEnd(_ j: Int) -> Int? {
        var k = j
        var capitalised = false
        var and = false
        while k < t.count, k - j < 10 {
            if isPunct(k, ",") { return capitalised && k > j ? k : nil }
            if isPerson(k) { return capitalised && and ? k : nil }
            switch t[k].kind {
            case .entity:
                capitalised = true
            case .punct:
                guard isPunct(k, "-") || isPunct(k, "'") else { return nil }
            case .word:
                let w = t[k].word
                if w == "and", !t[k].capitalized {
                    and = true
                } else {
                    guard t[k].capitalized, !t[k].possessive, !Words.roleHeads.contains(w) else { return nil }
                    capitalised = true
                }
            }
            k += 1
        }
        return nil
    }
}
