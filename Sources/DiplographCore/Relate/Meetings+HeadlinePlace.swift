/// The headline's city places a held meeting that its report leaves without a town:
///
///     "Ostrian and Norvian ministers discussed trade in Lakeport"   (headline)
///     "Varga held an expanded meeting with Lind, the agency reports." → Lakeport
///
///     "Varga meets his Norvian counterpart in Lakeport"             (headline)
///     "Earlier, Varga had met the speaker of parliament, Mei Chen."  → Lakeport
///
/// A headline sums up the article's news: when it tells a meeting or a discussion ("meets",
/// "talks", "discussed") and gives "in"/"at" and a city (`cityAfterPreposition`), the meetings
/// of the people it names (or of anyone, when it names nobody) were held there, as the
/// meetings of a visitor are in the city of the visit (rule 3 of `articlePlaces`, tried
/// before). When headline sentences give two cities, none counts.
extension ArticleMeetings {
    /// The one city that the headline gives a meeting of people of `ids` (see above), or nil;
    /// nil too when one of the meeting's `sentences` tells a trip elsewhere ("after her trip to
    /// Norvia, where she met Lind": `tellsTrip`).
    func headlineCity(ids: Set<String>, sentences: [Int]) -> String? {
        if sentences.contains(where: { Self.tellsTrip(ctx.tokens(sentence: $0)) }) { return nil }
        var found: String?
        for s in r.sentences.indices.prefix(5) where ctx.isHeadline(sentence: s) {
            let people = Set(ctx.people(inSentence: s).map { r.entities[$0].id })
            guard people.isEmpty || !people.isDisjoint(with: ids) else { continue }
            let t = ctx.tokens(sentence: s)
            let tellsMeeting = t.contains {
                $0.kind == .word
                    && (MeetingLexicon.meetingNouns.contains($0.word) || MeetingLexicon.meetVerbs.contains($0.word)
                        || MeetingLexicon.discussVerbs.contains($0.word))
            }
            guard tellsMeeting,
                let city = Self.cityAfterPreposition(t, r.entities, capitals: r.capitals, skip: { _ in false })
            else { continue }
            if let f = found, f != city { return nil }
            found = city
        }
        return found
    }

    /// True when the tokens tell a trip to a place or a country: a visit word or noun ("visit",
    /// "trip", "visited") followed by "to" or "in", maybe "the", and a place or a country.
    static func tellsTrip(_ t: [MeetingToken]) -> Bool {
        for k in t.indices
        where t[k].kind == .word && (visitWords.contains(t[k].word) || visitNouns.contains(t[k].word)) {
            var p = k + 1
            guard p < t.count, t[p].kind == .word, t[p].word == "to" || t[p].word == "in" else { continue }
            p += 1
            if p < t.count, t[p].kind == .word, t[p].word == "the" { p += 1 }
            if p < t.count, t[p].kind == .entity, t[p].type == .place || t[p].type == .country { return true }
        }
        return false
    }
}
