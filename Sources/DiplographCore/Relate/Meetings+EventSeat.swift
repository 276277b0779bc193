/// A meeting held on the sidelines of an event is in the town where the article says the event is:
///
///     "The 80th Ostrian Assembly (OA) opened in Lakeport on Tuesday."
///     "Varga met Lind on the sidelines of the OA."                    → Lakeport
///
/// The event is the first organisation or event name after "sidelines of" or "margins of"
/// (after "the", an ordinal or lower-case words such as "ongoing") in a sentence of the meeting;
/// its town is the first town after "in" or "at" that follows a mention of the same entity in
/// a sentence of the article, within four tokens (a parenthesis between counts for nothing:
/// "the Ostrian Assembly (OA) in Lakeport"; `cityAfterPreposition` reads the town). Two
/// different towns given for the event give none. A meeting at the margins of an event the
/// article does not place keeps no place from this rule.
extension ArticleMeetings {
    /// The one town the article gives for the event on whose sidelines a sentence of draft `d`
    /// tells the meeting (see above), or nil.
    func eventSeat(_ d: MeetingDraft) -> String? {
        var events: Set<Int> = []
        for s in d.sentences {
            let t = ctx.tokens(sentence: s)
            for k in t.indices.dropLast()
            where t[k].kind == .word && Self.eventMarginWords.contains(t[k].word) && t[k + 1].word == "of" {
                if let e = Self.eventAfter(t, from: k + 2) { events.insert(e) }
            }
        }
        guard !events.isEmpty else { return nil }
        var found: String?
        for s in r.sentences.indices where ctx.mentionsBySentence[s].contains(where: { events.contains($0.entity) }) {
            let t = ctx.tokens(sentence: s)
            for k in t.indices where t[k].kind == .entity && events.contains(t[k].entity) {
                guard let city = Self.townAfterEvent(t, k, r.entities, capitals: r.capitals), isTown(city) else {
                    continue
                }
                if let f = found, f != city { return nil }
                found = city
            }
        }
        return found
    }

    /// The organisation or event entity that the tokens from `from` name: after "the", ordinals
    /// ("74th") and at most three lower-case words ("ongoing", "annual").
    static func eventAfter(_ t: [MeetingToken], from: Int) -> Int? {
        var k = from
        var words = 0
        while k < t.count, words <= 3 {
            let tok = t[k]
            if tok.kind == .entity {
                return tok.type == .organization ? tok.entity : nil
            }
            guard tok.kind == .word, !tok.capitalized || tok.shape.contains(.dayNumber) || tok.word == "the" else {
                return nil
            }
            words += 1
            k += 1
        }
        return nil
    }

    /// The town after the event mention at `k`: "in"/"at" within four tokens, with only a
    /// parenthesis (and what it holds), "being held" or "held" between.
    static func townAfterEvent(
        _ t: [MeetingToken], _ k: Int, _ entities: [LocalEntity], capitals: [String: LocalEntity]
    ) -> String? {
        var p = k + 1
        var steps = 0
        while p < t.count, steps < 4 {
            let tok = t[p]
            if tok.kind == .punct, tok.mark == "(" {
                guard let close = t[(p + 1)...].prefix(4).firstIndex(where: { $0.kind == .punct && $0.mark == ")" })
                else { return nil }
                p = close + 1
            } else if tok.kind == .word,
                tok.word == "held" || tok.word == "being" || tok.word == "taking"
                    || tok.word == "place"
            {
                p += 1
            } else if tok.kind == .word, tok.word == "in" || tok.word == "at" {
                return city(t, from: p + 1, entities, capitals: capitals)
            } else {
                return nil
            }
            steps += 1
        }
        return nil
    }
}
