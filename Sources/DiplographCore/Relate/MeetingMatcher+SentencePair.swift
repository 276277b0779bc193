/// Fallback: a sentence that no frame reads, naming exactly two people of two different countries
/// and a word that reports a meeting, reports their meeting.
///
///     … PERSON … (met|meeting|talks|summit|received|hosted|…) … PERSON …
///     "Meeting the Kestrian envoy Ana Lind, President Tomas Berg stressed …"
///     "Berg and the Kestrian Prime Minister Ana Lind both stressed after the talks …"
///
/// The frames read who met whom from the clause; this reads only that a sentence about a meeting
/// names two people from two sides, and so it fires only when nothing else is in doubt:
/// - no frame found anything in the sentence;
/// - exactly two people, each with a known country, and not the same one (one side's president and
///   minister in a sentence about a meeting are a delegation, not a meeting), at most 20 tokens
///   apart, neither possessive ("talks between X's party and its opponents");
/// - the meeting word lies between the two names or within a few words of one of them;
/// - no word of a plan, a denial or a remote contact anywhere in the sentence ("will", "expected",
///   "not", "phone", "letter", "to visit" …), of someone sent or met at the airport, or "between":
///   those are left to the frames, which read where such a word stands; nor of an arrival
///   ("upon arrival in Kestria, X was met by Y" is a greeting: `MeetingMatcher+Greeting.swift`).
///
/// Counterexample: "Berg said he would meet Lind next week" (a plan); "Berg, who met Lind in 2019,
/// spoke by phone with Lind" (a remote contact); "Berg and his foreign minister Tomas Holm held
/// talks" (one side).
extension MeetingMatcher {
    /// Words that report a meeting held.
    static let pairMeetingWords: WordKeys = [
        "met", "meets", "meeting", "meetings", "talks", "summit", "received", "receives", "hosted", "hosts",
        "welcomed", "audience", "bilateral", "consultations", "sidelines", "tête-à-tête",
    ]
    /// Words that make a sentence's meeting a plan, a wish, a question or a denial, or a contact
    /// at a distance, besides `MeetingLexicon.plannedWords` (less "to"), `negativeWords`,
    /// `plannedCues`, `plannedModifiers` and `phoneWords`.
    static let pairStopWords: WordKeys = [
        "if", "whether", "ahead", "forward", "invited", "letter", "message", "spoke", "speaks", "tweet", "wrote",
        "call", "calls", "called", "unless", "until", "before", "tomorrow", "next", "soon", "elect", "sent",
        "airport", "between",
    ]
    /// Verbs whose infinitive makes the sentence a plan or a purpose: "X to visit Y for a summit".
    static let pairInfinitives: WordKeys = ["meet", "visit", "hold", "host", "receive", "attend", "travel", "see"]
    /// How many tokens a meeting word may stand outside the span of the two names, and how far
    /// apart the two names may be.
    static let pairReach = 6
    static let pairSpan = 20

    mutating func sentencePair() {
        var first = -1
        var second = -1
        for i in t.indices where t[i].isPerson {
            if first < 0 || id(first) == id(i) {
                if first < 0 { first = i }
                continue
            }
            if second >= 0 && id(second) != id(i) { return }  // a third person
            if second < 0 { second = i }
        }
        guard first >= 0, second >= 0, second - first <= Self.pairSpan, !t[first].possessive, !t[second].possessive,
            distinctSides([t[first].entity, t[second].entity])
        else { return }
        var cue: Int?
        for i in t.indices where t[i].kind == .word {
            let w = t[i].word
            if Self.pairStopWords.contains(w) || Words.negativeWords.contains(w) || Words.plannedCues.contains(w)
                || Words.plannedModifiers.contains(w) || Words.phoneWords.contains(w)
                || (w != "to" && Words.plannedWords.contains(w)) || t[i].shape.contains(.nt)
                || Self.arrivalWords.contains(w)
            {
                return
            }
            // "to meet", "to visit … for a summit": an infinitive is a purpose or a plan.
            if w == "to", let v = word(i + 1), Self.pairInfinitives.contains(v) { return }
            guard Self.pairMeetingWords.contains(w) else { continue }
            if i >= first - Self.pairReach && i <= second + Self.pairReach, cue == nil { cue = i }
        }
        guard let cue else { return }
        emit(.report, [t[first].entity, t[second].entity], .held, anchor: cue, subjectStart: first)
    }
}
