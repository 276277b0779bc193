/// Frame: a journey made to meet someone; the traveller is the meeting verb's subject.
///
///     SUBJECT (travelled|flew|arrived|came|went|…) [PLACE, TIME, "for a … visit"] to VERB …
///     "Ana Lind travelled to Lakeport on Saturday to meet with Tomas Berg"
///     "Ana Lind arrived in Lakeport on Tuesday in an unannounced visit to meet with Tomas Berg"
///     "Ana Lind flew to Lakeport for a one-day visit to hold talks with Tomas Berg"
///
/// The infinitive's subject is the traveller's: the subject of the verb of travel, read the usual
/// way (`subject(before:)`). Between that verb and the "to" of the infinitive stand only the
/// journey's adverbials: places and countries, times, prepositions, determiners and the words of
/// a visit ("for a one-day official visit"); a person, a comma or any other word (a participle:
/// "travelled to Lakeport hoping to meet Y") leaves the sentence as it was. The verb of travel is
/// in the past tense, so the journey and its meeting happened, or a visit is under way ("X is on
/// a two-day visit to Kestria to co-chair … with Y"); a plan on the traveller ("will travel") is
/// still a plan. Seen in dev articles 0717376e9e7142e4 (bundesregierung.de), a7b012906580c84c
/// (haaretz.com) and, on a visit, 28ae49f1e01e43d8 (pinay.pinoy.com).
///
/// Counterexamples: "X travelled to Lakeport hoping to meet Y" (a participle between), "X flew
/// to Lakeport, where Z had gone to meet Y" (a comma and another person).
extension MeetingMatcher {
    /// Past tenses of verbs of travel.
    static let travelVerbs: WordKeys = [
        "travelled", "traveled", "flew", "arrived", "came", "went", "headed", "journeyed", "returned",
    ]
    /// Nouns of a visit under way: "is on a visit to Kestria to …".
    static let visitNouns: WordKeys = ["visit", "trip", "tour"]
    /// Words of a journey's adverbials between the verb of travel and the infinitive.
    static let journeyWords: WordKeys = [
        "to", "in", "at", "on", "for", "from", "via", "a", "an", "the", "his", "her", "their", "visit", "trip",
        "tour", "official", "state", "working", "unannounced", "surprise", "brief", "short", "day", "days",
        "one", "two", "three", "four", "capital", "city", "this", "last", "early", "late", "morning",
        "afternoon", "evening", "night", "week",
    ]

    /// The subject of the verb at `v` after the "to" of a purpose infinitive that follows a
    /// verb of travel ("X travelled to Lakeport to meet Y"), or nil.
    func purposeSubject(before v: Int) -> Subject? {
        guard isWord(v - 1, "to") else { return nil }
        var k = v - 2
        while k >= 0, v - k <= 14 {
            // "X is on a two-day visit to Kestria to meet Y": the visit under way.
            let onVisit =
                (isWord(k, "is") || isWord(k, "was")) && isWord(k + 1, "on")
                && (k + 2..<v).contains { word($0).map(Self.visitNouns.contains) ?? false }
            if let w = word(k), Self.travelVerbs.contains(w) || onVisit {
                guard k < v - 2 else { return nil }
                return subject(before: k)
            }
            switch t[k].kind {
            case .entity where t[k].type == .person: return nil
            case .entity: break
            case .punct where isPunct(k, "-"): break
            case .punct: return nil
            case .word:
                let w = t[k].word
                guard Self.journeyWords.contains(w) || isTimeWord(k) || t[k].capitalized else { return nil }
            }
            k -= 1
        }
        return nil
    }
}
