/// A capitalised name followed by a lowercase noun that makes it a news outlet or a platform:
/// "the Chilean Torla news agency", "an interview with the Brevik-24 TV channel", "the Ostrava
/// website", "the Marlow magazine", "on his Chirper account" (rule 1 of `Resolver`, for cue words
/// written in lower case, as `TrailingCueNouns` reads "party" and "forces").
///
/// The name is an organisation without the noun. It starts after the span's last possessive or
/// lowercase joiner and after a country or demonym in front ("the Chilean Torla news agency" →
/// "Torla"); a trailing "TV" or "Television" before "channel" is left out ("Brevik-24"). Nothing
/// fires when nothing is left after the country ("the Chilean news agency"), when the name is a
/// table person, holds a title, a calendar word or only generic words, or is one ordinary English
/// word opening the sentence ("Official website of the President").
///
/// The noun may also stand before the name, which is then an organisation as written: "told
/// private broadcaster TVX24", "the Tarskian edition Ziarul Nou quotes", "the weekly Vexmoor
/// Courier" (`afterMediaNoun`). A name with an all-capital word or a digit ("RFX FM") after any
/// such noun; another name only after "edition", "daily" or "weekly", and not one shaped as a
/// person's ("veteran broadcaster Ivo Brandt", "the newspaper Dana Ruiz founded").
extension ArticleResolver {
    /// Nouns that make the name before them an outlet; "news" only opens a two-word noun ("news
    /// agency", "news website").
    static let mediaCueNouns = Lexicon.set("agency channel website newspaper magazine broadcaster account")
    static let newsWord = NameTokenizer.key("news")
    static let mediaTrailers = Lexicon.set("tv television")
    static let agencyWord = NameTokenizer.key("agency")
    /// Nouns of an outlet that may stand right before its name.
    static let mediaNounsBefore = Lexicon.set(
        "newspaper daily weekly magazine tabloid channel broadcaster outlet edition portal website")
    /// Outlet nouns that no person's name follows: "the edition Ziarul Nou".
    static let outletOnlyNouns = Lexicon.set("edition daily weekly")

    /// The run `r` follows an outlet's noun: "broadcaster TVX24", "the edition Ziarul Nou".
    func afterMediaNoun(_ r: Range<Int>) -> Bool {
        let p = r.lowerBound - 1
        guard p >= 0, r.count <= 4, tokens[r.lowerBound].gap == .space, tokens[p].isLower,
            Self.mediaNounsBefore.contains(tokens[p].key),
            index.match(tokens, at: r.lowerBound, limit: r.upperBound) == nil,
            !tokens[r].contains(where: {
                $0.isPossessive || Lexicon.titleHeads.contains($0.key) || Lexicon.calendar.contains($0.key)
                    || Lexicon.stopwords.contains($0.key)
            })
        else { return false }
        // "the website Vexnews.com": a web address is read as before.
        let last = tokens[r.upperBound - 1]
        if r.upperBound < tokens.count, tokens[r.upperBound].start == last.end + 1, text[last.end] == 0x2E {
            return false
        }
        let marked = tokens[r].contains { $0.isAllCaps || $0.flags.contains(.digit) }
        if marked { return true }
        let ws = words(r)
        return Self.outletOnlyNouns.contains(tokens[p].key) && !(givenNameFirst(ws) || familyShape(ws))
    }

    /// The span `span` of a sentence ending before `limit`, read with the outlet noun after it.
    func mediaCueNoun(_ span: Range<Int>, limit: Int) -> TrailingCue? {
        let j = span.upperBound
        // Precheck: one probe on the token after the span.
        guard j < limit, tokens[j].isLower, tokens[j].gap == .space, !tokens[j - 1].isPossessive else { return nil }
        var end = j + 1
        if tokens[j].key == Self.newsWord {
            guard end < limit, tokens[end].isLower, tokens[end].gap == .space,
                Self.mediaCueNouns.contains(tokens[end].key)
            else { return nil }
            end += 1
        } else if !Self.mediaCueNouns.contains(tokens[j].key) || tokens[j].key == Self.agencyWord {
            // "agency" alone is as often a government's ("the Vexmoor Energy agency").
            return nil
        }
        var start = span.lowerBound
        for k in span where tokens[k].isPossessive || (tokens[k].isLower && tokens[k].gap == .space) {
            start = k + 1
        }
        while start < j, Lexicon.stopwords.contains(tokens[start].key) { start += 1 }
        // "the Chilean Torla news agency": the country says whose outlet it is.
        if start < j, let m = index.match(tokens, at: start, limit: j), index.entries[m.hit.entry].type == .country,
            m.end < j
        {
            start = m.end
        }
        var last = j
        while last > start + 1, Self.mediaTrailers.contains(tokens[last - 1].key) { last -= 1 }
        guard start < last, !tokens[start].isLower, tokens[start].gap != .glued || start == span.lowerBound else {
            return nil
        }
        let name = start..<last
        let nameWords = words(name)
        guard !nameWords.isEmpty, nameWords.count <= 3 else { return nil }
        // "Official website of …": one ordinary word at the sentence start.
        if nameWords.count == 1, start == 0 || tokens[start].gap == .start || tokens[start].gap == .punct,
            englishWord(start)
        {
            return nil
        }
        var allGeneric = true
        var k = start
        while k < last {
            let t = tokens[k]
            if let m = index.match(tokens, at: k, limit: last) {
                let type = index.entries[m.hit.entry].type
                if type == .person || (k == start && m.end == last && type != .organization) { return nil }
                allGeneric = false
                k = m.end
                continue
            }
            if Lexicon.titleHeads.contains(t.key) || Lexicon.calendar.contains(t.key)
                || Lexicon.eventWords.contains(t.key)
            {
                return nil
            }
            if !t.isLower && !Lexicon.genericOrgWords.contains(t.key) && !Lexicon.titleModifiers.contains(t.key) {
                allGeneric = false
            }
            k += 1
        }
        guard !allGeneric else { return nil }
        return TrailingCue(name: name, end: end, type: .organization, keepNoun: false)
    }
}
