/// Where a span stands in the place position (rule 4 of `Resolver`): after a place preposition
/// ("in Vexmoor") or a verb of travel and "to" ("flew to Vexmoor"), after a verb of visiting
/// when the span is one word ("will visit Vexmoor"), or as a later one-word element of a list
/// that one of these opens ("in Vexmoor, Tarsk, and Ostia", "visit Vexmoor and Tarsk"). A list
/// element needs a list around it: "in Vexmoor, Tarsk said …" is a clause, not a list; "in
/// Vexmoor and Dana Ruiz in Tarsk" joins two phrases.
extension ArticleResolver {
    static let visitVerbs = Lexicon.set("visit visits visited visiting tour tours toured touring")
    static let or = NameTokenizer.key("or")

    func placePosition(_ span: Range<Int>, sentenceStart: Int) -> Bool {
        let i = span.lowerBound
        guard i > sentenceStart, tokens[i].gap == .space || tokens[i].gap == .punct else { return false }
        // "visited Harlan's district": a possessive after a visit verb is the owner, not the place.
        let single = oneWord(at: i, limit: span.upperBound) && !tokens[i].isPossessive
        if tokens[i].gap == .space, opensPlace(i, oneWord: single) { return true }
        if afterCapitalNoun(i, end: span.upperBound) { return true }
        // A later list element ("…, Tarsk" or "… and Tarsk") of a list opened before, which goes on
        // after it or ends with it.
        // "visit Brenholt, Caddow and Ostia": the span "Caddow and Ostia" goes on inside itself.
        guard oneWord(at: i, limit: span.upperBound),
            isJoiner(i - 1) || listGoesOn(after: span.upperBound) || (i + 1 < span.upperBound && isJoiner(i + 1))
        else {
            return false
        }
        var k = i
        for _ in 0..<8 {
            guard let previous = listElement(before: k, sentenceStart: sentenceStart) else { return false }
            if previous.lowerBound > sentenceStart,
                opensPlace(previous.lowerBound, oneWord: previous.count == 1)
            {
                return true
            }
            k = previous.lowerBound
        }
        return false
    }

    /// The element starting at `i` is one word: no capitalised word joined to it by a space or a
    /// hyphen ("Arjun Sethi", "Vexmoor-Tarsk").
    func oneWord(at i: Int, limit: Int) -> Bool {
        !(i + 1 < limit && tokens[i + 1].isCap && (tokens[i + 1].gap == .space || tokens[i + 1].gap == .hyphen))
    }

    /// A separator follows the element ending before `e`: ", " then a name or a joiner, or a joiner.
    func listGoesOn(after e: Int) -> Bool {
        guard e < tokens.count else { return false }
        return isJoiner(e) || (commaOnly(between: e - 1, e) && (isJoiner(e) || tokens[e].isCap))
    }

    /// The word before `i` opens a place: a place preposition, "to" after a verb of travel
    /// ("flew to Vexmoor"), or a visit verb before one word.
    func opensPlace(_ i: Int, oneWord: Bool) -> Bool {
        let p = tokens[i - 1]
        guard p.isLower else { return false }
        if p.key == Lexicon.to, i >= 2, tokens[i - 2].isLower,
            Self.travelVerbs.contains(tokens[i - 2].key) || journeyToTablePlace(i)
        {
            return true
        }
        return Lexicon.placePrepositions.contains(p.key) || (oneWord && Self.visitVerbs.contains(p.key))
            || opensPlaceBySyntax(i)
    }

    static let travelVerbs = Lexicon.set(
        """
        fly flies flew flying flown travel travels traveled travelled traveling travelling head heads headed heading
        return returns returned returning arrive arrives arrived arriving go goes went going come comes came coming
        move moved journey journeyed
        """)

    func isJoiner(_ k: Int) -> Bool { isWord(k, Lexicon.and) || isWord(k, Self.or) }

    /// The list element (capitalised words joined by spaces or hyphens) before the separator in
    /// front of `i`: ", " or " and " or ", and ".
    func listElement(before i: Int, sentenceStart: Int) -> Range<Int>? {
        var e = i - 1
        if isJoiner(e) {
            e -= 1
        } else {
            guard commaOnly(between: e, i) else { return nil }
        }
        guard e >= sentenceStart, tokens[e].isCap, !tokens[e].isPossessive else { return nil }
        if isJoiner(i - 1), !(commaOnly(between: e, i - 1) || tokens[i - 1].gap == .space) { return nil }
        var s = e
        while s > sentenceStart, tokens[s].gap == .space || tokens[s].gap == .hyphen, tokens[s - 1].isCap { s -= 1 }
        return s..<(e + 1)
    }

    /// Only a comma and spaces stand between tokens `a` and `b`.
    func commaOnly(between a: Int, _ b: Int) -> Bool {
        guard a >= 0 else { return false }
        let gap = text[tokens[a].end..<tokens[b].start]
        return gap.filter { $0 == 0x2C }.count == 1 && gap.allSatisfy { $0 == 0x2C || $0 == 0x20 }
    }

}
