/// Frame: the co-chairs of a meeting met each other.
///
///     SUBJECT co-chaired … with OBJECTS    "Ana Lind co-chaired the fifth meeting of the Joint
///                                          Commission (JC-5) with her counterpart Tomas Berg"
///     A and B co-chaired …                 "Ana Lind and Tomas Berg co-chaired the session"
///     under the co-chairmanship of A and B; … co-chaired by A and B
///
/// A joint commission or a round of consultations is chaired by one minister of each side; the
/// text names the two chairs and the meeting they held together. After the verb, the "with" of
/// the other chair follows the meeting's name: words, names of countries and organisations,
/// hyphens and a parenthesised short name, no person and no comma. The subject is read the usual
/// way (`verbClause`): "will co-chair" is a plan, "is on a visit to Kestria to co-chair" the
/// traveller's (`MeetingMatcher+Purpose.swift`). Seen in dev articles 28ae49f1e01e43d8
/// (pinay.pinoy.com) and 4c269813b69e619e (colombogazette.com).
///
/// Counterexample: "Ana Lind co-chaired the forum, with Tomas Berg in the audience" (a comma
/// before "with": not the other chair).
extension MeetingMatcher {
    static let coChairVerbs: WordKeys = ["chair", "chairs", "chaired", "chairing"]

    /// The token of "co" when the word at `h` ends "co-chair…" ("co-chaired", "co-chairmanship").
    func coChairStart(_ h: Int) -> Int? {
        isPunct(h - 1, "-") && isWord(h - 2, "co") ? h - 2 : nil
    }

    /// Reads a co-chair frame whose "chair…" word is at `h`.
    mutating func coChair(_ h: Int) {
        guard let c = coChairStart(h), let w = word(h) else { return }
        if w == "chairmanship" {
            // "under the co-chairmanship of A and B"
            guard isWord(h + 1, "of"), let obj = objects(from: h + 2), obj.people.count >= 2 else { return }
            emit(.report, obj.people, .held, anchor: h, subjectStart: c)
            return
        }
        guard Self.coChairVerbs.contains(w) else { return }
        if w == "chaired", isWord(h + 1, "by") {
            // "… co-chaired by A and B"
            guard let obj = objects(from: h + 2), obj.people.count >= 2 else { return }
            emit(.report, obj.people, .held, anchor: h, subjectStart: c)
            return
        }
        var k = h + 1
        var depth = 0
        while k < t.count, k - h <= 24, !isWord(k, "with") {
            if isPerson(k) { return }
            if isPunct(k, "(") { depth += 1 } else if isPunct(k, ")") { depth -= 1 }
            if t[k].kind == .punct, !isPunct(k, "-"), !isPunct(k, "("), !isPunct(k, ")"), depth == 0 { break }
            k += 1
        }
        if isWord(k, "with") {
            verbClause(c, objectsAt: k + 1, status: .held, intransitive: false)
        } else {
            verbClause(c, objectsAt: nil, status: .held, intransitive: true)
        }
    }
}
