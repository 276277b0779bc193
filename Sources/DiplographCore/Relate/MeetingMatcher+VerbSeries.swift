/// Frame: a meeting verb phrase in a comma series of verb phrases with one subject.
///
///     SUBJECT VERB-ed …, [adverbs] MEETING-VERB …
///     "X and Y resumed talks in Lakeport on Monday, met again with Z on Tuesday, and will …"
///     "X arrived in Kestria on Monday, met Y and flew on to Norvia"
///
/// As `MeetingMatcher+Coordination.swift` reads "X arrived … and held talks with Y", with a
/// comma for the "and": the subject (one person or "X and Y") opens the sentence, its first
/// verb is a past form in -ed or an irregular past, and between that verb and the comma stand
/// only words of one clause (no person, no other punctuation, no word that opens another
/// clause). Seen in dev article e14c034ed93b7de1; the series is the usual wire summary of a
/// round of talks.
///
/// Counterexamples: "X, who arrived on Monday, met Y" (the subject's own aside: read by
/// `subject(before:)`); "X criticised Y on Monday, met Z" is read, but "X said Y arrived on
/// Monday, met Z" is not (a clause word before the comma).
extension MeetingMatcher {
    static let irregularPasts: WordKeys = [
        "met", "held", "had", "made", "took", "went", "began", "spent", "flew", "left", "came", "gave", "sat",
        "led", "won", "sent", "paid", "spoke",
    ]

    func seriesSubject(before v: Int) -> Subject? {
        var a = v - 1
        while a > 0, v - a <= 3, let w = word(a), Self.coordinationFillers.contains(w) { a -= 1 }
        guard isPunct(a, ","), let (start, _) = openingSubject() else { return nil }
        // The subject phrase: people, titles and "and", up to the first verb.
        var f = start + 1
        while f < a, isPerson(f) || isWord(f, "and") || (isTitleToken(f) && !isPunct(f, ".")) { f += 1 }
        guard f < a, let fv = word(f), !t[f].capitalized, !Self.clauseOpeners.contains(fv),
            Self.irregularPasts.contains(fv) || lowercasedWord(f).hasSuffix("ed"),
            let subj = subject(before: f), subj.start <= start
        else { return nil }
        var planned = subj.planned
        var negative = subj.negative
        for k in (f + 1)..<a {
            if isPerson(k) || t[k].kind == .punct && !isPunct(k, "-") && !isPunct(k, ".") { return nil }
            if let w = word(k) {
                if Self.clauseOpeners.contains(w) || Words.pronounsSubject.contains(w) { return nil }
                if Words.negativeWords.contains(w) || t[k].shape.contains(.nt) { negative = true }
                if w != "to", Words.plannedWords.contains(w) { planned = true }
            }
        }
        return Subject(people: subj.people, start: subj.start, planned: planned, negative: negative)
    }
}
