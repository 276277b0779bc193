/// Counter-rule: a protocol greeting on arrival is no meeting.
///
///     "X arrived in Kestria on Monday. He was received by Minister of State Y."
///     "X was welcomed at the airport by Y"; "Y greeted X on the tarmac"
///
/// A host verb ("received", "welcomed", "greeted") reports a greeting when its sentence names an
/// airport or a tarmac, or when it is passive ("was received by") with no venue after "at", and
/// its sentence or the one before tells of an arrival ("arrived here", "landed in", "on
/// arrival"; arriving *at* a venue, "arrived at the palace and was welcomed by Y", is the
/// meeting's start, not a greeting).
extension MeetingMatcher {
    static let airportWords: WordKeys = ["airport", "tarmac", "airbase", "aerodrome"]
    static let arrivalWords: WordKeys = ["arrived", "arrives", "arriving", "arrival", "landed", "lands", "landing"]

    func arrivalGreeting(_ v: Int) -> Bool {
        if t.contains(where: { $0.kind == .word && Self.airportWords.contains($0.word) }) { return true }
        // "… greets Y on his arrival at the Kestria International Airport": the airport is a place.
        // Arriving *at* the airport counts here: the airport is no venue of talks.
        if t.indices.contains(where: { isAirportPlace($0) }),
            t.contains(where: { $0.kind == .word && Self.arrivalWords.contains($0.word) })
        {
            return true
        }
        let passive = isWord(v + 1, "by") && (word(v - 1).map { Words.copulas.contains($0) || $0 == "been" } ?? false)
        guard passive, !t.indices.contains(where: { isWord($0, "at") && $0 > v }) else { return false }
        if Self.tellsArrival(self) { return true }
        guard sentence > 0 else { return false }
        return Self.tellsArrival(
            MeetingMatcher(tokens: article.tokens(sentence: sentence - 1), sentence: sentence - 1, article: article))
    }

    /// Token `k` is a place whose name holds "Airport".
    func isAirportPlace(_ k: Int) -> Bool {
        guard t[k].kind == .entity, t[k].type == .place else { return false }
        return String(decoding: article.text[t[k].range], as: UTF8.self).lowercased().contains("airport")
    }

    /// The sentence tells of an arrival somewhere other than at a venue.
    static func tellsArrival(_ m: MeetingMatcher) -> Bool {
        m.t.indices.contains { k in
            guard let w = m.word(k), arrivalWords.contains(w) else { return false }
            return !m.isWord(k + 1, "at")
        }
    }
}
