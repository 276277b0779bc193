/// A capital that the text describes without naming it:
///
///     met on the sidelines of a summit in the Ostrian capital   (the capital of Ostria)
///     arrived in Ostria's capital to attend a summit            (the same, for the visit)
///     met in the Ostrian capital, Lakeport                      (named: Lakeport, as before)
///
/// The country before "capital" is not where the meeting was held, its capital is: the alias
/// table's place with the role "Capital" affiliated with the country
/// (`ResolvedArticle.capitals`). When the text names the capital after the word, that name
/// places the meeting (`Meetings+PlaceWords.swift`); when the table gives the country no
/// capital, the clause keeps the country as before.
extension ArticleMeetings {
    /// The capital that the country at token `k` stands for when "capital" follows it and no
    /// place name follows that ("the Ostrian capital", "Ostria's capital"); nil otherwise.
    static func unnamedCapital(
        _ t: [MeetingToken], _ k: Int, _ capitals: [String: LocalEntity], _ entities: [LocalEntity]
    ) -> String? {
        guard !capitals.isEmpty, k + 1 < t.count, t[k].kind == .entity, t[k].type == .country, t[k].entity >= 0,
            t[k].entity < entities.count, t[k + 1].kind == .word, t[k + 1].word == "capital"
        else { return nil }
        // "the Ostrian capital Lakeport", "… capital of Lakeport", "… capital, Lakeport", "… capital city Lakeport"
        var n = k + 2
        while n < t.count, n - k <= 4,
            (t[n].kind == .word && (t[n].word == "of" || t[n].word == "city"))
                || (t[n].kind == .punct && t[n].mark == ",")
        {
            n += 1
        }
        if n < t.count, t[n].kind == .entity, t[n].type == .place { return nil }
        return capitals[entities[t[k].entity].id]?.id
    }

    /// True when a country mention of sentence `s` is followed by "capital" ("the Ostrian
    /// capital", "Ostria's capital"): the sentence may give a visit's city without a place
    /// mention (`visits`).
    func namesCapital(_ s: Int) -> Bool {
        guard !r.capitals.isEmpty else { return false }
        let end = r.sentences[s].range.upperBound
        return mentionsBySentence[s].contains { m in
            r.entities[m.entity].type == .country && Self.capitalFollows(text, m.range.upperBound, end)
        }
    }

    /// True when the bytes at `p` (after a country's mention) are " capital", maybe after "'s"
    /// or "’s", before `end`.
    static func capitalFollows(_ text: [UInt8], _ p: Int, _ end: Int) -> Bool {
        var p = p
        if p < end, text[p] == 0x27 { p += 2 }  // "'s"
        if p + 2 < end, text[p] == 0xE2, text[p + 1] == 0x80, text[p + 2] == 0x99 { p += 4 }  // "’s"
        return p < end && ByteClass.hasPrefixIgnoringCase(text, p..<end, " capital")
    }
}
