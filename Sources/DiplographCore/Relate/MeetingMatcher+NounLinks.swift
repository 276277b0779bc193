/// Rule: general links between a meeting noun and its verb, its modifiers and its "between".
///
/// - The modifiers of a noun after "held", "had" or "made" may stand in quotation marks or be
///   two adjectives joined by "and": "X had a “good meeting” with Y", "X held a warm and
///   cordial meeting with Y", "X made a phone call with Y" (`holdVerb`).
/// - A noun may take "took place" or "was held" before its "between": "a telephone conversation
///   took place between A and B", "talks were held on Monday between A and B"; or the adverbials
///   a "with" may follow: "a recent meeting in Lakeport between A and B" (dev article
///   17b5407b3587b9ce; the same run before "with" is read in three outlets, see
///   `MeetingMatcher+Adverbials.swift`).
///
/// Counterexamples: "a meeting will take place between A and B" is no held meeting (only past
/// forms link), nor is "they will review ties in a meeting on Monday between A and B" (a modal
/// before the noun: the run is not read); "talks in Lakeport on trade between A and B" (a noun in
/// the run: not read); "held
/// talks and a dinner" joins no adjectives (a meeting noun or determiner next
/// to "and" ends the modifiers as before).
extension MeetingMatcher {
    /// True when token `k` among the modifiers of a meeting noun (which start at `first`) is a
    /// quotation mark, or an "and" between two lowercase modifiers; such a token takes no step.
    func linkedModifier(_ k: Int, from first: Int) -> Bool {
        if isPunct(k, "\"") { return true }
        guard isWord(k, "and"), k > first, let a = word(k - 1), let b = word(k + 1), !t[k - 1].capitalized,
            !t[k + 1].capitalized
        else { return false }
        let joins = { (w: Word) in
            !Words.modifierStops.contains(w) && !Words.determiners.contains(w) && !Words.meetingNouns.contains(w)
        }
        return joins(a) && joins(b)
    }

    /// The token after a closing quotation mark at `i` ("a “good meeting” with"), else `i`.
    func afterClosingQuote(_ i: Int) -> Int {
        isPunct(i, "\"") ? i + 1 : i
    }

    /// The token where "between" may stand after the meeting noun at `n`: right after it, or
    /// after a past "held", "conducted" or "took place" ("was held", "has taken place") and the
    /// adverbials that follow it.
    func betweenAfter(_ n: Int) -> Int {
        var k = n + 1
        if let w = word(k), Words.copulas.contains(w) || w == "has" || w == "have" || w == "had" { k += 1 }
        if isWord(k, "been") { k += 1 }
        if isWord(k, "held") || isWord(k, "conducted") { return afterAdverbials(k + 1) }
        if let w = word(k), w == "took" || w == "taken", isWord(k + 1, "place") { return afterAdverbials(k + 2) }
        // "a meeting in Lakeport between A and B", "talks for two hours on Monday between A and B":
        // the run of adverbials a "with" may follow (`MeetingMatcher+Adverbials.swift`).
        // A modal in the clause before the noun makes it an adverbial of a plan ("they will review
        // ties in a meeting on Monday between A and B"): not read.
        if let a = linkAfterAdverbials(n + 1, isLink: { isWord($0, "between") }), !modalBefore(n) { return a.with }
        return n + 1
    }

    static let modals: WordKeys = ["will", "would", "shall", "may", "might", "could", "should", "'ll"]

    /// True when a modal stands before token `n` in its clause (back to a comma or the start).
    func modalBefore(_ n: Int) -> Bool {
        var k = n - 1
        while k >= 0, n - k <= 15, !isPunct(k, ","), !isPunct(k, ";") {
            if let w = word(k), Self.modals.contains(w) { return true }
            k -= 1
        }
        return false
    }
}

extension MeetingMatcher {
    /// True when the capitalised word at `k` ends a title that began with a title word no more
    /// than six tokens before, over capitalised words, "of", "of the" and "and": "Minister of
    /// Foreign Affairs and International Cooperation", "President of the Government" (of
    /// Kestria), "Secretary General of the Organization" (of Eastern States). "the Bank of
    /// Kestria" has no title word.
    func capitalizedTitleEnd(_ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].capitalized else { return false }
        var b = k - 1
        while b >= 0, k - b <= 6 {
            guard let w = word(b) else { return false }
            if Words.titleWords.contains(w), w != "of", w != "the" { return true }
            guard t[b].capitalized || w == "of" || w == "and" || (w == "the" && isWord(b - 1, "of")) else {
                return false
            }
            b -= 1
        }
        return false
    }
}
