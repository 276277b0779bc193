/// Frame: people who join two who met.
///
///     PAIR were [also|later …] joined by OBJECT-LIST
///     "After their talks, X and Y were joined by Z"                  (the pair named)
///     "X called on Y … The two leaders were also joined by Z."       (the pair of the sentence before)
///     "X met Y … After the short meeting, they were joined by Z."    ("they" after a meeting)
///
/// Each one joined met each of the pair (the pair is one side, the joiners the other,
/// `Meetings+Sides.swift`). The subject is plural ("were"), two people or more: the subject
/// reader's coordination or "the two leaders"; "they" only when the sentence opens on a meeting
/// ("After the meeting, they …") and the sentence before names exactly two people. Seen in dev
/// articles 2ea3841010a0c3a9 (lokmattimes.com), b1a197c68429bc3c (sanmigueltimes.com) and
/// 0d991bd0c231d60d (businessmirror.com.ph).
///
/// Counterexamples: "X was joined by Y" (one person joined by a companion of his delegation);
/// "they were joined by Z" with no meeting before "they", or after a sentence naming three;
/// "X and Y will be joined by Z" (planned). "… joined by Z for talks" is
/// `MeetingMatcher+ForMeeting.swift`.
extension MeetingMatcher {
    /// "joined" at `v`: "X and Y were joined by Z".
    mutating func joinedBy(_ v: Int) {
        guard isWord(v + 1, "by"), let obj = objects(from: v + 2), !forMeeting(obj.end) else { return }
        // Back over the adverbs to "were": "were also joined", "were later joined".
        var j = v - 1
        while j > 0, let w = word(j), w != "were", Words.auxiliaryWords.contains(w) { j -= 1 }
        guard isWord(j, "were") else { return }
        let pair: [Int]
        let start: Int
        if isWord(j - 1, "they") {
            guard let p = pairBeforeThey(j - 1) else { return }
            (pair, start) = (p, j - 1)
        } else {
            guard let s = subject(before: v), !s.planned, !s.negative, s.people.count >= 2 else { return }
            (pair, start) = (s.people, s.start)
        }
        let pairIDs = Set(pair.map { article.r.entities[$0].id })
        let joiners = obj.people.filter { !pairIDs.contains(article.r.entities[$0].id) }
        guard !joiners.isEmpty else { return }
        emit(.report, pair + joiners, .held, anchor: v, subjectStart: start, split: pair.count)
    }

    /// "After the (short) meeting, they": the two people of the sentence before, when "they"
    /// follows a comma after a clause holding a definite meeting noun and naming nobody.
    func pairBeforeThey(_ k: Int) -> [Int]? {
        guard isPunct(k - 1, ","), !(0..<k).contains(where: { isPerson($0) }) else { return nil }
        let framed = (0..<k).contains { i in
            guard let w = word(i), Words.meetingNouns.contains(w) else { return false }
            return (max(0, i - 5)..<i).contains { isWord($0, "the") || isWord($0, "their") }
        }
        guard framed else { return nil }
        let pair = article.people(inSentence: sentence - 1)
        return pair.count == 2 ? pair : nil
    }
}
