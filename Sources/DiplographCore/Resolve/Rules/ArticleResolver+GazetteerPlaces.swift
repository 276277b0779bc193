/// Places from the gazetteer (`PlaceGazetteer`: GeoNames cities, US states, ISO 3166-2
/// first-level subdivisions), a weak signal: a capitalised run with no cue in its sentence is
/// a place when it is exactly a listed name ("protests in Vexmoor spread to Tarsk and
/// Karaganda" needs no preposition for "Karaganda"), and only when nothing stronger claims it.
/// The alias table, organisation cues, demonyms, titles, appositives and person cues come
/// first; for a run the rule is asked in `classifyRun` before the guesses from the shape of a
/// name alone (a run that is exactly a listed place, "Kuala Perlis", is no person by its shape;
/// a common given name opening it still makes a person), and for a lone word at the end of
/// `resolveItems`, after back-references to the article's people. A word that is an ordinary
/// English word ("Mobile", "Split", "Nice", "Reading"), a common given name or a Chinese,
/// Korean or Vietnamese family name is never a gazetteer place. A listed place carries its
/// country as its affiliation, however it was found.
extension ArticleResolver {
    /// The run `r` is exactly a gazetteer place and each of its words may name one: not a
    /// given name or family name on its own, nor (for one word) an ordinary English word.
    func gazetteerPlace(_ r: Range<Int>) -> Bool {
        guard PlaceGazetteer.shared.country(of: tokens, r) != nil else { return false }
        let ws = words(r)
        guard let first = ws.first else { return false }
        let t = tokens[first.lowerBound]
        guard t.isCap, !t.isAllCaps, !t.isPossessive || ws.count > 1, !Lexicon.stopwords.contains(t.key) else {
            return false
        }
        if ws.count == 1 {
            return t.letters >= 3 && !englishWord(first.lowerBound) && !Self.commonGivenNames.contains(t.key)
                && !Lexicon.familyFirst.contains(t.key) && !Lexicon.calendar.contains(t.key)
        }
        // "Jackson Lee": a given name opening a run of name words is a person's.
        return !Self.commonGivenNames.contains(t.key)
    }

    /// The lone word item `n`, left unresolved by every stronger rule, is a gazetteer place:
    /// not titled, not a word of a longer run of name words, not in a title-case headline,
    /// not the first word of a longer name ("Vexmoor Summit").
    func gazetteerSingle(_ n: Int) -> Bool {
        let item = items[n]
        guard !item.titled, item.partOf == nil, item.end == item.first + 1,
            !item.headline || isSentenceCase(item.sentence), !placeInsideName(n)
        else { return false }
        // A word after a hyphen or glued to the word before is part of another ("Euro-Tarsk");
        // "Karaganda-based" and "Karaganda's mayor" still are places.
        if item.first > 0, tokens[item.first].gap == .hyphen || tokens[item.first].gap == .glued { return false }
        // "Rosa Vexmoor-Tarsk": the first part of a double name.
        if item.end < tokens.count, tokens[item.end].gap == .hyphen, !tokens[item.end].isLower { return false }
        return gazetteerPlace(item.first..<item.end)
    }

    /// A gazetteer name of two words or more starting at `i` (whose first word, "New", is a
    /// stopword no run starts with): its end. The name must end
    /// the capitalised span (at `b`), take a possessive ("New Taipei's mayor") or come before a
    /// title ("New Jersey Governor …"), so that "New Tarsk Party" is no place.
    func gazetteerName(at i: Int, limit b: Int) -> Int? {
        guard tokens[i].isCap, let end = PlaceGazetteer.shared.longestMatch(tokens, at: i, limit: b), end - i >= 2
        else { return nil }
        guard end == b || tokens[end - 1].isPossessive || Lexicon.titleHeads.contains(tokens[end].key) else {
            return nil
        }
        return (i + 1..<end).allSatisfy { tokens[$0].isCap || tokens[$0].isLower } ? end : nil
    }

    /// Each discovered place of `out` that the gazetteer lists carries its country.
    func addGazetteerCountries(_ out: inout ResolvedArticle) {
        for e in out.entities.indices where out.entities[e].type == .place && !out.entities[e].known {
            guard out.entities[e].affiliation == nil,
                let c = PlaceGazetteer.shared.country(ofName: out.entities[e].name), !c.isEmpty
            else { continue }
            out.entities[e].affiliation = c
        }
    }
}
