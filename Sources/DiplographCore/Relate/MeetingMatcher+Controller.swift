/// Rule: the controller of a meeting nominal — who took part in a meeting that a noun names
/// inside an adverbial phrase or a relative clause, when the noun has no owner of its own.
///
///     SUBJECT … (after|following|at|during|upon|since) [the|a|his|her] [MODIFIERS] NOUN with OBJECTS
///     "X told a news conference on Monday following talks with Y"
///     "He announced the plan at a meeting with Y"              ("he": the person it goes back to)
///     "… was announced by X following a two-hour meeting with Y" (a passive's agent)
///     "X in a meeting on Friday with Y invited …"             (`MeetingMatcher+InMeeting.swift`)
///     "…, said X after talks with Y"                             (an inverted report)
///     NOUN [that|which] SUBJECT (had|held|conducted) [adverbials] with OBJECTS
///     "a telephone call she had with Y", "the talks X held with Y in Lakeport"
///
/// The controller is one person: the agent or inverted speaker right before the phrase, or else
/// the subject of the clause that the phrase modifies — the one person the clause names before
/// it (not one of the objects, not a possessive), standing where a subject stands (at the
/// clause's start, after an opening phrase and its comma, or after a quotation), with no
/// subordinate clause, other subject or embedded report between it and the phrase. A clause
/// that names two people, or whose report continues in a clause of its own, has no controller.
///
/// A possessive "his"/"her" before the noun goes back to the one person before it in the
/// sentence (`antecedent`); when the clause names several, to its subject, the first of them in
/// a subject's place: "X briefed Y on the outcome of his talks with Z" (X met Z). A non-finite
/// clause in mid-sentence ("X said after meeting Y") takes the same controller
/// (`MeetingMatcher+NonFinite.swift`).
///
/// "before", "prior to" and a plan in the clause ("will", "is expected to") make the meeting a
/// plan (reported as planned, never held); "ahead of" is read as a plan by the noun itself. A
/// plan word after a determiner is a noun ("expressed the hope at a joint press conference"):
/// no plan.
///
/// Counterexamples: "Z said the deal was reached following talks with Y" (the report continues
/// in a clause of its own: Z is no party); "Z said X had been briefed after a meeting with Y"
/// (two people before the phrase); "X will fly home after a meeting with Y" (a plan).
extension MeetingMatcher {
    /// Prepositions that attach a meeting nominal to its clause as an adverbial; "before" and
    /// "prior to" give a plan.
    static let adverbialOpeners: WordKeys = ["after", "following", "at", "during", "upon", "since", "before"]

    /// Verbs that take "at" or "upon" as part of their complement: the noun after them is what
    /// they aim at, not a meeting that frames the clause.
    static let complementVerbs: WordKeys = [
        "hinted", "hints", "hinting", "aimed", "aims", "aiming", "looked", "looks", "looking", "pointed", "points",
        "pointing", "agreed", "agree", "agrees", "called", "calls", "calling", "based", "depends", "depend",
        "insisted", "insists", "frowned", "balked", "baulked", "scoffed", "laughed", "angry", "surprised",
    ]

    /// Words that open a clause of their own between a subject and the adverbial.
    static let subordinators: WordKeys = [
        "that", "which", "who", "whom", "whose", "where", "when", "because", "although", "though", "if",
        "whether", "while", "but", "unless", "until", "so",
    ]

    /// Words between a subject and the adverbial that make the clause a plan ("X will fly home
    /// after talks with Y", "X is expected to speak following a meeting with Y").
    static let planWords: WordKeys = [
        "will", "would", "may", "might", "could", "shall", "should", "expected", "scheduled", "due", "plans",
        "planned", "planning", "hopes", "hope", "hoping", "wants", "want", "intends", "seeks", "likely", "going",
        "'ll", "wishes", "wish", "set",
    ]

    /// Words after a reporting verb that show its report continues in a clause of its own ("said
    /// the deal *was* reached").
    static let clauseVerbs: WordKeys = [
        "is", "was", "are", "were", "be", "been", "had", "has", "have", "will", "would", "could", "should",
        "can", "may", "might", "must", "did", "does", "do",
    ]

    /// A controller: the person, the token that names it, and whether the clause is a plan.
    typealias Controller = (person: Int, at: Int, planned: Bool)

    /// The controller of the meeting noun whose modifiers end at `k` (the owner position of
    /// `meetingNoun`): the person and whether the meeting is a plan, or nil.
    func adverbialController(owner k: Int, excluding objIDs: Set<String>) -> (Int, planned: Bool)? {
        var p = k
        if let w = word(p), Words.determiners.contains(w) || Words.pronounsPossessive.contains(w) { p -= 1 }
        guard let opener = word(p) else { return nil }
        var before = opener == "before"
        if opener == "to", isWord(p - 1, "prior") {
            p -= 1
            before = true
        } else if !Self.adverbialOpeners.contains(opener) && !opensInMeeting(p) {
            // "X in a meeting with Y" (`MeetingMatcher+InMeeting.swift`)
            return nil
        }
        // The opener must follow something: a sentence-initial phrase is `mainSubject`'s.
        guard p > 0, !(0..<p).allSatisfy({ t[$0].kind == .punct }) else { return nil }
        // "hinted at a meeting with Y", "agreed upon talks with Y": the verb's complement, no adverbial.
        if let v = word(p - 1), Self.complementVerbs.contains(v) { return nil }
        guard
            let c = reportedController(before: p, excluding: objIDs) ?? clauseSubject(before: p, excluding: objIDs)
        else { return nil }
        return (c.person, c.planned || before)
    }

    /// "… by X following …", "…, said X after …", "announced Kestria's envoy, X, after …": the
    /// person right before `p` (past a comma and time or place adverbials) whose phrase follows
    /// "by" or a reporting verb.
    func reportedController(before p: Int, excluding objIDs: Set<String>) -> Controller? {
        var j = p - 1
        if isPunct(j, ",") { j -= 1 }
        if let s = timeAdverbialStart(endingAt: j) ?? placeAdverbialStart(endingAt: j) { j = s - 1 }
        guard isPerson(j), !t[j].possessive, !objIDs.contains(id(j)) else { return nil }
        // Back over the person's titles and an appositive to "by" or a reporting verb.
        var b = j - 1
        while b >= 0, j - b <= 16 {
            if isPerson(b) { return nil }
            if let w = word(b), !t[b].capitalized {
                if w == "by" || Words.reportingWords.contains(w) { break }
                if Words.clauseCuts.contains(w) || Self.subordinators.contains(w) || Words.pronounsSubject.contains(w) {
                    return nil
                }
            } else if t[b].kind == .punct, !isPunct(b, ","), !isPunct(b, "-"), !isPunct(b, "."), !isPunct(b, "'") {
                return nil
            }
            b -= 1
        }
        guard b >= 0, let w = word(b), w == "by" || Words.reportingWords.contains(w) else { return nil }
        // "…, according to X after …" names a source, not a party.
        if w == "according" { return nil }
        return (t[j].entity, j, false)
    }

    /// The subject of the clause that ends at `p`: the one person it names before `p`, in a
    /// subject's place, with nothing between that opens another clause; or a "he"/"she" in that
    /// place, resolved to the person it goes back to.
    /// `first`: the clause may name more people after its subject ("X briefed Y on his talks
    /// with Z": a possessive pronoun goes back to the subject of its clause).
    func clauseSubject(before p: Int, excluding objIDs: Set<String>, first: Bool = false) -> Controller? {
        // The clause starts after a quotation mark, ";" or ":", or at the sentence's start.
        var start = p - 1
        while start >= 0, !isPunct(start, "\""), !isPunct(start, ";"), !isPunct(start, ":") { start -= 1 }
        start += 1
        // The one person (by id) of the clause, not an object.
        var subject: Int?
        for k in start..<p where isPerson(k) && !objIDs.contains(id(k)) {
            if let s = subject, id(s) != id(k) {
                if first { break }
                return nil
            }
            if subject == nil { subject = k }
        }
        let s: Int
        let person: Int
        if let k = subject {
            guard !t[k].possessive else { return nil }
            s = k
            person = t[k].entity
        } else {
            // "He announced …": a pronoun in the subject's place.
            guard let k = (start..<p).first(where: { word($0).map(Words.pronounsSubject.contains) ?? false }),
                let a = antecedent(before: k, excluding: objIDs)
            else { return nil }
            s = k
            person = a
        }
        // The subject's place: after its titles, the clause's start, a comma or a dash.
        var b = s - 1
        while b >= start, isTitleToken(b), !isPunct(b, ",") { b -= 1 }
        guard b < start || isPunct(b, ",") || isPunct(b, "—") else { return nil }
        // Between the subject and the opener: no other clause and no other subject.
        var planned = false
        var report: Int?
        for k in (s + 1)..<p {
            if isPunct(k, "(") || isPunct(k, ")") { return nil }
            guard let w = word(k) else { continue }
            if Self.subordinators.contains(w) || Words.pronounsSubject.contains(w) || w == "they" || w == "it"
                || w == "we" || w == "i"
            {
                return nil
            }
            if Words.negativeWords.contains(w) || t[k].shape.contains(.nt) { return nil }
            // "expressed the hope at a joint press conference": after a determiner, a noun, no plan.
            let noun = word(k - 1).map { Words.determiners.contains($0) || Words.pronounsPossessive.contains($0) }
            let copulaTo = w == "to" && (isWord(k - 1, "is") || isWord(k - 1, "was"))
            if (Self.planWords.contains(w) && noun != true) || copulaTo {
                planned = true
            }
            if let r = report, k > r + 1, Self.clauseVerbs.contains(w) { return nil }
            if report == nil, Words.reportingWords.contains(w) || w == "told" { report = k }
        }
        return (person, s, planned)
    }

    /// "a call she had with Y", "the talks that X held with Y": after the noun at `n`, a relative
    /// clause whose verb of holding is followed by "with"; its subject and the "with", or nil.
    func relativeHolder(after n: Int) -> (Subject, with: Int)? {
        var v = n + 1
        if isWord(v, "that") || isWord(v, "which") { v += 1 }
        // The subject: a person after its titles, or "he"/"she".
        while v < t.count, isTitleToken(v), !isPerson(v) { v += 1 }
        guard isPerson(v) || (word(v).map(Words.pronounsSubject.contains) ?? false) else { return nil }
        v += 1
        // Auxiliaries up to the verb of holding: "she had", "he had earlier held", "X has held".
        while v < t.count, v - n < 8 {
            guard let w = word(v) else { return nil }
            if Self.holdingVerbs.contains(w), isWord(afterAdverbials(v + 1), "with") { break }
            guard Words.auxiliaryWords.contains(w) || Words.plannedWords.contains(w) else { return nil }
            v += 1
        }
        let with = afterAdverbials(v + 1)
        guard let verb = word(v), Self.holdingVerbs.contains(verb), isWord(with, "with"),
            let subj = subject(before: v), subj.people.count == 1, !subj.negative
        else { return nil }
        return (subj, with)
    }

    /// Past verbs of holding a meeting in a relative clause after its noun.
    static let holdingVerbs: WordKeys = ["had", "held", "conducted"]
}
