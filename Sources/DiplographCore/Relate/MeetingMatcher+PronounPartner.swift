/// Frame: a subject pronoun coordinated with its own counterpart.
///
///     (he|she) and (his|her) [COUNTRY] counterpart[,] PERSON VERB …
///     "X arrived in Kestria, where he and his Kestrian counterpart Y discussed trade"
///     "X landed on Monday. She and her Norvian counterpart, Y, signed two agreements"
///
/// The pronoun is the person `subject(before:)` reads for "he"/"she" (the one person named
/// before it in the sentence, or the earlier sentences' topic), never the counterpart itself;
/// the possessive must agree with the pronoun ("he … his", "she … her") and the item after
/// "and" must be titled "counterpart". Seen in dev articles 4625c7d0fd0dab96 (my.gov.sa) and
/// 8b2cc619bdab55ab (techwordnews.com).
///
/// Counterexamples: "he and his wife Y received Z" (no counterpart: a companion); "he and her
/// counterpart Y" (the possessive is someone else's); a pronoun with two people before it; "his
/// Kestrian counterpart" when the pronoun's person is Kestrian.
extension MeetingMatcher {
    /// The person "he"/"she" stands for, and the pronoun's token, when the subject item that
    /// ends on `person` is "his/her … counterpart[,] PERSON" right after "(he|she) and".
    func pronounPartner(person h: Int) -> (person: Int, start: Int)? {
        var k = h - 1
        while k > 1, h - k <= 8, !isWord(k, "his"), !isWord(k, "her"), isTitleToken(k) || isPunct(k, ",") { k -= 1 }
        guard let poss = word(k), isWord(k - 1, "and"), let pron = word(k - 2),
            (pron == "he" && poss == "his") || (pron == "she" && poss == "her"),
            (k + 1..<h).contains(where: { isWord($0, "counterpart") })
        else { return nil }
        let p = k - 2
        // "he … and later he …": the first "he" of the sentence is the one resolved.
        let first = (0..<p).first { isWord($0, pron) } ?? p
        guard let a = relativeAntecedent(pronoun: p) ?? antecedent(before: first, excluding: [id(h)]),
            article.r.entities[a].id != id(h)
        else { return nil }
        // "his Kestrian counterpart": he is not Kestrian (else the reading is wrong somewhere).
        if let c = (k + 1..<h).first(where: { t[$0].kind == .entity && t[$0].type == .country }),
            article.r.entities[a].affiliation == id(c)
        {
            return nil
        }
        return (a, p)
    }
}
