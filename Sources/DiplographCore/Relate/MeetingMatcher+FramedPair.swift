/// Frame: a meeting noun in an opening phrase, then two or more coordinated people as the main
/// clause's subject.
///
///     (During|At|In|After|Following) [the|their|a] [WORDS] MEETING-NOUN [ADVERBIALS], X and Y VERB …
///     (At|In) the (end|beginning|outset|start|close|conclusion|course) of the MEETING-NOUN, X and Y VERB …
///     "During the meeting, President Ana Lind and Prime Minister Tomas Berg agreed …"
///     "In phone talks Tuesday, Lind and Berg agreed …", "At the end of the talks, Lind and Berg
///     watched …"
///
/// The people who open the clause framed by the meeting are its parties. Seen in dev articles
/// a52d59483e841660 and b4839c7274995641 ("at the end of the meeting / conversation") and
/// 94c5cfa5a9f583b0 ("in phone talks Tuesday"), three outlets; "their" before the noun was read
/// already (`meetingNoun`).
///
/// The list must open the clause right after the comma (titles allowed) and a verb must follow
/// it: "During the meeting, X and Y's envoy …", "At the meeting, X said Y and Z …" give nothing. A
/// modal or future verb makes the meeting planned (`theirClausePlanned`), a negative in the verb
/// group ("did not agree") gives none;
/// two people of one known side ("X and his foreign minister Y") are a delegation, not a meeting.
/// "before", "ahead of", "on the sidelines of" do not frame: the people may not be the parties.
extension MeetingMatcher {
    /// Prepositions that open a phrase whose meeting the main clause's people hold.
    static let framedPairPrepositions: WordKeys = ["during", "at", "in", "after", "following"]
    /// "the end of", "the outset of": a part of the meeting.
    static let meetingParts: WordKeys = ["end", "beginning", "outset", "start", "close", "conclusion", "course"]

    /// True when the meeting noun's phrase, whose first word before the noun's modifiers is at
    /// `k`, opens the sentence after one of `framedPairPrepositions`: `k` is that preposition
    /// (a bare noun: "In phone talks"), or the determiner right after it, or the determiner after
    /// "At the end of".
    func opensFramedPair(_ k: Int) -> Bool {
        // A preposition opening the sentence (`framesSentence`), one of those that frame a pair.
        func opening(_ p: Int) -> Bool {
            framesSentence(p) && (word(p).map(Self.framedPairPrepositions.contains) ?? false)
        }
        if opening(k) { return true }
        guard let d = word(k), d == "the" || d == "a" || d == "their" else { return false }
        if opening(k - 1) { return true }
        // "At the end of the talks"
        guard isWord(k - 1, "of"), let part = word(k - 2), Self.meetingParts.contains(part), isWord(k - 3, "the")
        else { return false }
        return opening(k - 4)
    }

    /// The parties of a meeting noun at `n` that an opening phrase frames (see the type), with
    /// the status; nil when the phrase is not such a frame.
    func framedPair(noun n: Int, phraseStart k: Int, status: MeetingStatus) -> (people: [Int], status: MeetingStatus)? {
        guard opensFramedPair(k) else { return nil }
        let c = afterAdverbials(n + 1)
        guard isPunct(c, ",") else { return nil }
        let s = titleGap(from: c + 1)
        guard isPerson(s), !t[s].possessive, let list = objects(from: c + 1), list.people.count >= 2,
            list.people.first == t[s].entity, hasAnd(from: c + 1, to: list.end)
        else { return nil }
        guard let v = word(list.end), !t[list.end].capitalized, !t[list.end - 1].possessive,
            !Words.clauseCuts.contains(v),
            !(list.end..<min(list.end + 3, t.count)).contains(where: {
                word($0).map(Words.negativeWords.contains) ?? false
            })
        else { return nil }
        if list.people.count == 2 {
            let a = article.r.entities[list.people[0]].affiliation
            let b = article.r.entities[list.people[1]].affiliation
            if let a, a == b { return nil }
        }
        return (list.people, Self.theirClausePlanned.contains(v) ? .planned : status)
    }
}
