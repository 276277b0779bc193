/// Frame: adverbials between a meeting verb and its "with".
///
///     SUBJECT VERB [ADVERBIAL …] with OBJECT-LIST
///     "X met this Friday with Y", "X met in Lakeport on Monday with Y", "X met again today with
///     Y", "X conferred by phone with Y", "X sat down on Monday with Y", "X spoke this Wednesday
///     by phone with Y" (a verb of speaking still needs the phone, or "talked"), "X met behind
///     closed doors with Y", "X held talks behind closed doors with Y"
///
/// An adverbial is a time phrase ("this Friday", "on Tuesday evening"), a place phrase ("in
/// Lakeport", "at the Blue Hall"), an adverb in -ly, a phone phrase ("by phone", "over the
/// telephone": the meeting is then a call), "behind closed doors" (seen in dev articles
/// 094c42f4b2262cc5 and fc5649624330356f, two outlets) or one of `looseAdverbs`; at most four of them, and
/// "with" must follow the last one. Anything else after the verb (a noun, a name, a clause)
/// leaves the verb as it was read before: "X met in Lakeport to discuss trade" names no one
/// after "met", "X met reporters on Monday with Y's aides" does not skip a noun.
extension MeetingMatcher {
    /// Single words that may stand between a meeting verb and its "with".
    static let looseAdverbs: WordKeys = [
        "again", "also", "today", "yesterday", "tonight", "here", "there", "later", "earlier", "once", "twice",
        "first", "personally",
    ]

    /// The "with" after adverbials from token `i`, and whether a phone phrase was among them; nil
    /// when no "with" follows them, or when there are none (the caller reads a "with" right there
    /// itself).
    func withAfterAdverbials(_ i: Int) -> (with: Int, phone: Bool)? {
        var k = i
        var phone = false
        for _ in 0..<4 {
            if isWord(k, "with") { return k > i ? (k, phone) : nil }
            let a = afterAdverbials(skipAdverbs(k))
            if a != k {
                k = a
            } else if phoneAfter(k) {
                phone = true
                k += isWord(k + 1, "the") || isWord(k + 1, "a") ? 3 : 2
            } else if let w = word(k), Self.looseAdverbs.contains(w) {
                k += 1
            } else if let e = afterClosedDoors(k) {
                k = e
            } else {
                return nil
            }
        }
        return isWord(k, "with") ? (k, phone) : nil
    }

    /// The token after "behind closed doors" ("behind closed door") at `i`, or nil.
    func afterClosedDoors(_ i: Int) -> Int? {
        guard isWord(i, "behind"), isWord(i + 1, "closed"), isWord(i + 2, "doors") || isWord(i + 2, "door") else {
            return nil
        }
        return i + 3
    }
}
