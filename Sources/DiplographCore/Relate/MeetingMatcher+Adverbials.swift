/// Frame: adverbials between a meeting verb and its "with".
///
///     SUBJECT VERB [ADVERBIAL …] with OBJECT-LIST
///     "X met this Friday with Y", "X met in Lakeport on Monday with Y", "X met again today with
///     Y", "X conferred by phone with Y", "X sat down on Monday with Y", "X spoke this Wednesday
///     by phone with Y" (a verb of speaking still needs the phone, or "talked"), "X met behind
///     closed doors with Y", "X held talks behind closed doors with Y", "X met for about an hour
///     with Y", "X held talks for two hours with Y", "X held talks in the capital on Monday with
///     Y", "X in a meeting on Friday with Y"
///
/// An adverbial is a time phrase ("this Friday", "on Tuesday evening"), a place phrase ("in
/// Lakeport", "at the Blue Hall", or a common noun after "in the" / "at the": "in the capital",
/// "at the presidential palace"), a duration ("for about an hour", "for two hours", "for more
/// than 40 minutes"), an adverb in -ly, a phone phrase ("by phone", "over the
/// telephone", "via video link": the meeting is then a call), a manner ("in person", "in
/// private", "face-to-face", "one-on-one"), "behind closed doors" (seen in dev articles
/// 094c42f4b2262cc5 and fc5649624330356f, two outlets) or one of `looseAdverbs`; at most four of them, and
/// "with" must follow the last one. Anything else after the verb (a noun, a name, a clause)
/// leaves the verb as it was read before: "X met in Lakeport to discuss trade" names no one
/// after "met", "X met reporters on Monday with Y's aides" does not skip a noun.
///
/// The same run stands after a meeting noun: "X held talks for two hours with Y" (`holdVerb`),
/// "after his meeting in the capital with Y" (`meetingNoun`). Durations and common-noun places
/// were seen in dev articles 4842ef47ce7cfd12, 702e3da97ab2a16b and fab7580746eefd82 (three
/// outlets); they are read only in this run, where a "with" must follow, so "met for an hour"
/// and "talks in the capital" alone change nothing.
extension MeetingMatcher {
    /// Single words that may stand between a meeting verb and its "with".
    static let looseAdverbs: WordKeys = [
        "again", "also", "today", "yesterday", "tonight", "here", "there", "later", "earlier", "once", "twice",
        "first", "personally",
    ]

    /// Time words that stand alone as an adverbial between a verb and its object: "X received
    /// today the minister" (dev article fe63daf4ad2fe598), as "X met today with Y" does before a
    /// "with" (209a8b5dd567b0a6, 4a4fcd16ed8ea508, 8f6c8df827378ccb: three more outlets).
    static let bareTimeWords: WordKeys = ["today", "yesterday", "tonight"]

    /// The token after a bare time word at `i` ("today", not "today's"), or `i`.
    func afterBareTimeWord(_ i: Int) -> Int {
        guard let w = word(i), Self.bareTimeWords.contains(w), !t[i].possessive else { return i }
        return i + 1
    }

    /// The "with" after adverbials from token `i`, and whether a phone phrase was among them; nil
    /// when no "with" follows them, or when there are none (the caller reads a "with" right there
    /// itself).
    func withAfterAdverbials(_ i: Int) -> (with: Int, phone: Bool)? {
        linkAfterAdverbials(i) { isWord($0, "with") }
    }

    /// The same run of adverbials before another link than "with": the "to" of a call
    /// (`MeetingMatcher+CallTo.swift`).
    func linkAfterAdverbials(_ i: Int, isLink: (Int) -> Bool) -> (with: Int, phone: Bool)? {
        var k = i
        var phone = false
        for _ in 0..<4 {
            if isLink(k) { return k > i ? (k, phone) : nil }
            let a = afterAdverbials(skipAdverbs(k))
            if a != k {
                k = a
            } else if phoneAfter(k) {
                phone = true
                k += isWord(k + 1, "the") || isWord(k + 1, "a") ? 3 : 2
                // "via video link", "by video conference"
                if isWord(k, "link") || isWord(k, "conference") { k += 1 }
            } else if let w = word(k), Self.looseAdverbs.contains(w) {
                k += 1
            } else if let e = afterClosedDoors(k) ?? afterDuration(k) ?? afterCommonPlace(k) ?? afterManner(k) {
                k = e
            } else {
                return nil
            }
        }
        return isLink(k) ? (k, phone) : nil
    }

    /// The token after a manner phrase at `i`: "in person", "in private", or a hyphenated
    /// compound ("face-to-face", "one-on-one"); nil when there is none. "X met face-to-face with
    /// Y", "X met in person with Y" (the usual forms of a first meeting after calls).
    func afterManner(_ i: Int) -> Int? {
        if isWord(i, "in"), isWord(i + 1, "person") || isWord(i + 1, "private") { return i + 2 }
        return compoundModifierEnd(i)
    }

    /// The token after "behind closed doors" ("behind closed door") at `i`, or nil.
    func afterClosedDoors(_ i: Int) -> Int? {
        guard isWord(i, "behind"), isWord(i + 1, "closed"), isWord(i + 2, "doors") || isWord(i + 2, "door") else {
            return nil
        }
        return i + 3
    }

    /// Words that may stand before the number of a duration: "for about an hour", "for more than
    /// two hours".
    static let durationApproximators: WordKeys = [
        "about", "around", "nearly", "almost", "roughly", "some", "over", "approximately", "more", "less", "than",
        "just", "under", "close", "to", "a", "an", "half", "one", "two", "three", "four", "five", "six", "several",
        "few", "couple", "of",
    ]
    /// The units of a duration.
    static let durationUnits: WordKeys = ["hour", "hours", "minute", "minutes", "min", "mins"]

    /// The token after a duration at `i` ("for about an hour", "for two hours", "for 45 minutes",
    /// "for more than an hour"): "for", at most four number or approximating words, a unit. Nil
    /// when there is none.
    func afterDuration(_ i: Int) -> Int? {
        guard isWord(i, "for") else { return nil }
        var k = i + 1
        while k - i <= 5, let w = word(k) {
            if Self.durationUnits.contains(w) { return k > i + 1 ? k + 1 : nil }
            let number = ByteClass.isDigit(article.text[t[k].range.lowerBound])
            guard number || Self.durationApproximators.contains(w) else { return nil }
            k += 1
        }
        return nil
    }

    /// The token after a place named by a common noun at `i`: "in the capital", "at the
    /// presidential palace" ("in" or "at", "the", one or two lower-case words that are not a
    /// meeting noun, a clause word or a stop word). Nil when there is none.
    func afterCommonPlace(_ i: Int) -> Int? {
        guard isWord(i, "in") || isWord(i, "at"), isWord(i + 1, "the") else { return nil }
        var k = i + 2
        while k - i < 4, let w = word(k), !t[k].capitalized, !isWord(k, "with"), !Words.meetingNouns.contains(w),
            !Words.clauseCuts.contains(w), !Words.modifierStops.contains(w)
        {
            k += 1
        }
        return k > i + 2 ? k : nil
    }
}
