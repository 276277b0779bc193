/// Frame: a meeting told in a non-finite clause, whose subject is the main clause's.
///
///     (After|Before|Prior to|Following|In addition to|Besides|While|Since|Upon) VERB-ing … OBJECTS, SUBJECT …
///     "After holding talks with Y, X flew home"; "In addition to meeting Y, X visited …"
///     SUBJECT … (after|before|…) VERB-ing … OBJECTS
///     "X said after holding talks with Y that …"
///
/// Mid-sentence, the subject is the controller of `MeetingMatcher+Controller.swift`: the clause's
/// one subject, a passive's agent or an inverted speaker ("…, said X after meeting Y").
/// A plan in the main clause ("X will fly home after meeting Y") makes the meeting a plan.
///
/// "before meeting" and "prior to meeting" are this gerund, not the noun of "before a meeting with
/// Y" (a plan): "X signed the book before meeting with Y" and "Prior to meeting Y on Thursday, X
/// had met Z" tell meetings held (dev articles 11a4a8c06bed344b and 297a02a0f2a39ab6, two
/// outlets), so the noun patterns leave a bare "meeting" after them to this frame
/// (`isGerund`).
extension MeetingMatcher {
    /// Words that open a non-finite clause before its "-ing" verb.
    static let nonFiniteOpeners: WordKeys = [
        "after", "before", "following", "besides", "while", "since", "upon", "when", "whilst",
    ]

    func nonFiniteSubject(before v: Int, objectsAt o: Int?) -> Subject? {
        guard word(v) != nil, t[v].shape.contains(.ing) else { return nil }
        // The opener: "after", or "in addition to".
        var p = v - 1
        if let w = word(p), w == "also" || t[p].shape.contains(.ly) { p -= 1 }
        let opener: Int
        if let w = word(p), Self.nonFiniteOpeners.contains(w) {
            opener = p
        } else if isWord(p, "to"), isWord(p - 1, "addition"), isWord(p - 2, "in") {
            opener = p - 2
        } else if isWord(p, "to"), isWord(p - 1, "prior") {
            opener = p - 1
        } else if let w = word(v), Self.participleOpeners.contains(w), opensSentence(v) {
            opener = v  // "Receiving Y, X …": the participle opens the clause itself.
        } else if isWord(v, "meeting"), isPunct(v - 1, ","), v > 1 {
            opener = v - 1  // "X visited Kestria on Monday, meeting Y": the clause before is X's.
        } else {
            return nil
        }
        let atStart = opensSentence(opener)  // after a soft dateline (`MeetingMatcher+Dateline.swift`)
        let obj = o.flatMap { objects(from: $0) }
        let ids = Set((obj?.people ?? []).map { article.r.entities[$0].id })
        guard atStart else {
            // The clause's subject, a passive's agent or an inverted speaker before the opener
            // (`MeetingMatcher+Controller.swift`).
            guard
                let c = reportedController(before: opener, excluding: ids)
                    ?? clauseSubject(before: opener, excluding: ids)
            else { return nil }
            return Subject(people: [c.person], start: c.at, planned: c.planned)
        }
        // The main clause's subject after the objects and a comma.
        guard let obj else { return nil }
        var k = obj.end
        var comma = false
        while k < t.count, k - obj.end < 12, !isPerson(k) {
            if isPunct(k, ",") { comma = true }
            k += 1
        }
        guard comma, isPerson(k), !t[k].possessive, !ids.contains(id(k)), !isPunct(k + 1, ","), !isWord(k + 1, "and")
        else { return nil }
        let si = k
        var planned = false
        k = si + 1
        while k < t.count, k - si <= 3, let w = word(k) {
            if w != "to", Words.plannedWords.contains(w) { planned = true }
            k += 1
        }
        return Subject(people: [t[si].entity], start: si, planned: planned)
    }

    /// "meeting" at `i` right after "before" or "prior to" (no determiner): the gerund of a
    /// non-finite clause, read by `meetVerb`.
    func isGerund(_ i: Int) -> Bool {
        guard isWord(i, "meeting") else { return false }
        return isWord(i - 1, "before") || (isWord(i - 1, "to") && isWord(i - 2, "prior"))
    }
}

/// Frame: a participle clause after a comma, whose subject is the clause's before it.
///
///     SUBJECT VERB …, meeting OBJECTS
///     "X visited Kestria on Monday, meeting Y and Z"
///
/// Read as "X said after meeting Y" is: the controller of `MeetingMatcher+Controller.swift` (the
/// one subject of the clause before the comma). Only "meeting" followed by a person or "with"
/// (`MeetingMatcher.findings`): "holding talks with Y" is read by the noun.
///
/// Counterexample: "X left early, meeting or no meeting, …" names no one after "meeting".

/// Frame: a participle clause that opens the sentence, whose subject is the main clause's.
///
///     (Receiving|Meeting with|Hosting|Welcoming) OBJECTS [ADVERBIALS], SUBJECT VERB …
///     "Receiving Norvia's outgoing ambassador Y, President X proposed …"; "Meeting with Y on
///     Monday, X stressed …"
///
/// The same reading as "After meeting Y, X …" (`nonFiniteSubject`), with no opener before the
/// participle; only at the start of the sentence (after a dateline), where the participle
/// cannot be a noun's modifier. A modal after the main subject makes the meeting a plan.
/// Seen in dev article 3eaa708aff6507f3; the form is common in the reports of state media.
///
/// Counterexamples: "Welcoming the decision, X said …" (no person after the participle);
/// "Meeting Y is a priority, X said" (no comma after the objects before the main subject).
extension MeetingMatcher {
    static let participleOpeners: WordKeys = ["receiving", "meeting", "hosting", "welcoming"]

    mutating func participleOpener(_ v: Int) {
        var o = v + 1
        // "Meeting Y, X …" with no "with" stays with the fallback (`MeetingMatcher+SentencePair.swift`),
        // which wants the two of different sides.
        if isWord(v, "meeting") {
            guard isWord(o, "with") else { return }
            o += 1
        }
        verbClause(v, objectsAt: afterAdverbials(afterBareTimeWord(o)), status: .held, intransitive: false)
    }
}
