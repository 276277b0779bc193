/// Frame: a hyphenated compound modifying a meeting noun is one modifier.
///
///     SUBJECT held (a|the) [COMPOUND …] MEETING-NOUN with OBJECT-LIST
///     "X held a one-on-one meeting with Y", "X held a 45-minute one-on-one talk with Y",
///     "X held a tete-a-tete meeting with Y"
///
/// Seen in dev articles e2b2fbcfd3739890 and b6179abd078d7ced (two outlets). A compound is
/// lowercase words or numbers joined by hyphens with no space ("one-on-one", "45-minute",
/// "closed-door"); read word by word, its "on" or "a" stopped the modifiers before the noun.
/// A compound that holds a meeting or phone word ("phone-call") is left to the word-by-word
/// reading, and a capitalised one ("Kim-Xi") is a pair of names, not a modifier.
///
/// Counterexample: "X held a one-on-one session with the press" names no one after "with".
extension MeetingMatcher {
    /// The token after a hyphenated compound modifier that starts at `k`, or nil.
    func compoundModifierEnd(_ k: Int) -> Int? {
        // The hyphen first: most words start no compound, and this runs at every modifier.
        guard isPunct(k + 1, "-"), let first = word(k), !t[k].capitalized, !Words.meetingNouns.contains(first),
            !Words.phoneWords.contains(first)
        else { return nil }
        var e = k
        while isPunct(e + 1, "-"), let w = word(e + 2), !t[e + 2].capitalized,
            t[e].range.upperBound == t[e + 1].range.lowerBound, t[e + 1].range.upperBound == t[e + 2].range.lowerBound
        {
            if Words.meetingNouns.contains(w) || Words.phoneWords.contains(w) { return nil }
            e += 2
        }
        return e > k ? e + 1 : nil
    }
}

/// Frame: a meeting noun made of several nouns, or counted by a partitive.
///
///     SUBJECT held [a] [MODIFIERS] MEETING-NOUN [PHONE-WORD] MEETING-NOUN with OBJECT-LIST
///     "X held summit talks with Y", "X held a summit meeting with Y", "X held a summit
///     telephone talk with Y" (a phone call)
///     SUBJECT held [a] [MODIFIERS] (round|rounds|series) of [MODIFIERS] MEETING-NOUN with OBJECT-LIST
///     "X held a new round of talks with Y", "X held a series of meetings with Y"
///     SUBJECT held [a] [MODIFIERS] (working|work) (session|sessions) with OBJECT-LIST
///     "X held a working session with Y"
///
/// Read word by word, the first noun ("summit") was taken as the head and the second one
/// ("talks") stopped the search for "with"; "of" stopped the modifiers of "a round of talks";
/// "session" was no meeting noun. Seen in dev articles cb61c3b3e2c1b9b8 and 046e56fc5f3bac99
/// (two outlets); the forms are the usual ones of wire copy.
///
/// Counterexamples: "X held a session with reporters" (a bare "session" is no meeting), "X held
/// a round of applause" (no meeting noun after "of").
extension MeetingMatcher {
    /// The last noun of a compound of meeting nouns that starts with the meeting noun at `k`
    /// ("summit talks", "summit telephone talk"), and whether a phone word is among them; nil
    /// when no meeting noun follows.
    func compoundNounHead(_ k: Int) -> (head: Int, phone: Bool)? {
        var h = k
        var phone = false
        while true {
            if let w = word(h + 1), Words.meetingNouns.contains(w) || w == "talk" {
                if Words.phoneWords.contains(w) { phone = true }
                h += 1
            } else if let w = word(h + 1), Words.phoneWords.contains(w), let n = word(h + 2),
                Words.meetingNouns.contains(n) || n == "talk"
            {
                phone = true
                h += 2
            } else {
                break
            }
        }
        return h > k ? (h, phone) : nil
    }

    /// "working session", "work sessions": a session that is a meeting.
    func isSessionNoun(_ k: Int) -> Bool {
        guard let w = word(k), w == "session" || w == "sessions" else { return false }
        return isWord(k - 1, "working") || isWord(k - 1, "work")
    }

    /// The token after "round of", "rounds of" or "series of" at `k` when a meeting noun follows
    /// within three words; nil otherwise ("a round of applause").
    func partitiveEnd(_ k: Int) -> Int? {
        guard let w = word(k), w == "round" || w == "rounds" || w == "series", isWord(k + 1, "of") else { return nil }
        for j in (k + 2)...(k + 4) {
            guard let n = word(j), !Words.modifierStops.contains(n) else { return nil }
            if Words.meetingNouns.contains(n) { return k + 2 }
        }
        return nil
    }
}

extension MeetingMatcher {
    /// Hyphenated compounds that name a meeting by themselves before "with".
    static let meetingCompounds: Set<String> = ["one-on-one", "tete-a-tete", "tête-à-tête", "face-to-face"]

    /// True when the tokens ending at `k` spell one of `meetingCompounds`: "X had a one-on-one
    /// with Y", as "X held a bilateral with Y" (`holdVerb`).
    func isCompoundMeeting(endingAt k: Int) -> Bool {
        guard k >= 4, k < t.count, isPunct(k - 1, "-"), isPunct(k - 3, "-"), word(k - 4) != nil else { return false }
        let text = String(decoding: article.text[t[k - 4].range.lowerBound..<t[k].range.upperBound], as: UTF8.self)
        return Self.meetingCompounds.contains(text.lowercased())
    }
}
