/// Frame: the people met, after a copula; the meeting, in a relative clause before it.
///
///     (Among|The) [WORDS] [who|that] [WORDS] MEETING-VERB [WORDS] was|were OBJECT-LIST
///     "Among the envoys who paid a courtesy call on X were A and B"
///     "The final guest he received before the summit was Y"
///
/// The clause before the copula names exactly one participant (a person, or a "he"/"she" that
/// goes back to one: `antecedent`) and holds a meeting verb (meet, hold, pay a call, call on,
/// host or receive, speak or talk with); each person after the copula met that participant, one
/// pair each ("among those who called on X" lists calls, not one meeting of them all).
///
/// Counterexamples: "Among those who criticised X were A and B" (no meeting verb); "The talks X
/// held in Kestria were productive" (no person after the copula); a comma or a second person
/// before the copula ("Among the guests, X and Y were …").
extension MeetingMatcher {
    static let pastCopulas: WordKeys = ["was", "were"]
    static let invertedOpeners: WordKeys = ["among", "the"]
    static let invertedVerbs: MeetingLexicon.Trigger = [.meet, .hold, .paid, .called, .host, .speak, .with]

    mutating func invertedCopula() {
        guard let first = word(0), Self.invertedOpeners.contains(first) else { return }
        var participant: Int?
        var verb: Int?
        var c = 1
        while c < t.count, c < 24 {
            if let w = word(c), Self.pastCopulas.contains(w) { break }
            if t[c].kind == .punct, !isPunct(c, "-") { return }
            var p: Int?
            if isPerson(c) {
                guard !t[c].possessive else { return }
                p = t[c].entity
            } else if let w = word(c), Words.pronounsSubject.contains(w) {
                guard let a = antecedent(before: c, excluding: []) else { return }
                p = a
            } else if verb == nil, let k = Words.triggers[t[c].key], !k.isDisjoint(with: Self.invertedVerbs) {
                verb = c
            }
            if let p {
                if let q = participant, article.r.entities[q].id != article.r.entities[p].id { return }
                participant = p
            }
            c += 1
        }
        guard let p = participant, let v = verb, let w = word(c), Self.pastCopulas.contains(w),
            let obj = objects(from: c + 1)
        else { return }
        let status: MeetingStatus = sentenceHasPhoneWords ? .phone : .held
        for o in obj.people { emit(.report, [p, o], status, anchor: v, subjectStart: c + 1) }
    }
}
