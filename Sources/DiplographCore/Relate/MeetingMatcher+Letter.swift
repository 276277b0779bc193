/// Frame: a letter handed over in person.
///
///     SUBJECT (presented|delivered|handed [over]) (a|the) [WORDS] letter [(from|of) AUTHOR] to OBJECT
///     "During the visit he presented a letter from President A to Premier Y"   (he met Y)
///
/// The bearer met the addressee; the letter's author (after "from" or "of") met no one: writing
/// letters is no meeting. Counterexamples: "X sent a letter to Y" (no hand-over verb); "A's letter
/// was delivered to Y" (no person as the subject); a plan ("X will hand over a letter to Y").
extension MeetingMatcher {
    static let handOverVerbs: WordKeys = ["presented", "delivered", "handed"]
    static let letterNouns: WordKeys = ["letter", "message", "invitation"]

    mutating func letterHandedOver(_ v: Int) {
        var k = isWord(v + 1, "over") ? v + 2 : v + 1
        guard let d = word(k), d == "a" || d == "the" || d == "his" || d == "her" else { return }
        k += 1
        while k < t.count, k - v <= 5, let w = word(k), !Self.letterNouns.contains(w), !t[k].capitalized { k += 1 }
        guard let n = word(k), Self.letterNouns.contains(n) else { return }
        k += 1
        if isWord(k, "from") || isWord(k, "of") {
            guard let author = objects(from: k + 1) else { return }
            k = author.end
        }
        guard isWord(k, "to"), let subj = subject(before: v), subj.people.count == 1, !subj.planned, !subj.negative,
            let obj = objects(from: k + 1)
        else { return }
        for o in obj.people { emit(.report, subj.people + [o], .held, anchor: v, subjectStart: subj.start) }
    }
}
