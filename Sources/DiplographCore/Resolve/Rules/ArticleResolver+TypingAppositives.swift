/// What a name is, said by the words around it rather than by a cue word inside it (rule 4 of
/// `Resolver`):
///
/// - an appositive whose head noun is a kind of body or place: "Vendrel, the country's largest
///   bank, …" and "Ostmark, a state-owned utility" are organisations; "Pellwick, a small town in
///   the north" is a place. The head is the noun that ends the appositive (before a comma, a
///   period, a bracket or a word such as "in", "that", "based"): "Arla Quist, a former bank
///   official" ends with "official" and says nothing; "Ivo Kade, the chairman of the bank" has a
///   person's noun first and says nothing either.
/// - "the ruling" or "the governing" before a name: a party or a coalition ("the ruling Unity
///   Pact"); a name ending in "International" is a body ("Halvex International").
/// - the appositive may open with an owner instead of an article: "Halvex, Norvia's largest oil
///   producer".
///
/// A run after a title ("President Ivo Kade, the party's candidate") is left to the title.
extension ArticleResolver {
    static let bodyAppositiveNouns = Lexicon.set(
        """
        bank lender company firm corporation conglomerate utility operator carrier airline broadcaster newspaper
        tabloid magazine agency party movement militia coalition alliance insurer manufacturer carmaker automaker
        producer exporter miner retailer developer consortium watchdog regulator charity organisation organization
        association bloc faction
        """)
    static let placeAppositiveNouns = Lexicon.set(
        "city town village hamlet suburb port capital region province district county municipality island enclave")
    private static let appositiveArticles = Lexicon.set("a an the")
    /// Words that may follow the head noun of an appositive.
    private static let appositiveEnds = Lexicon.set(
        "in that which with based founded owned run near on whose backed linked controlled located and")
    private static let rulingWords = Lexicon.set("ruling governing")
    private static let international = NameTokenizer.key("international")

    /// The type that the appositive after the run `r` gives it: ", a state-owned utility,".
    func appositiveType(after r: Range<Int>) -> EntityType? {
        var k = r.upperBound
        guard k + 1 < tokens.count, !tokens[k - 1].isPossessive, commaOnly(between: k - 1, k) else { return nil }
        if tokens[k].isLower, Self.appositiveArticles.contains(tokens[k].key) {
            k += 1
        } else if tokens[k].isCap, tokens[k].isPossessive, !tokens[k].isAllCaps {
            // "Halvex, Norvia's largest oil producer": a one-word owner in place of the article.
            k += 1
        } else if let m = index.match(tokens, at: k, limit: tokens.count), tokens[m.end - 1].isPossessive,
            index.entries[m.hit.entry].type == .country
        {
            k = m.end
        } else {
            return nil
        }
        var words = 0
        while k < tokens.count, words < 7 {
            let t = tokens[k]
            guard t.gap == .space || t.gap == .hyphen || tokens[k - 1].isPossessive else { return nil }
            if !t.isLower {
                // "the Tarskian state broadcaster": a country's demonym may qualify the head.
                guard let m = index.match(tokens, at: k, limit: tokens.count),
                    index.entries[m.hit.entry].type == .country
                else { return nil }
                k = m.end
                words += 1
                continue
            }
            if Lexicon.appositiveNouns.contains(t.key) { return nil }
            if t.gap == .space, Self.appositiveEnds.contains(t.key) { return nil }
            let body = Self.bodyAppositiveNouns.contains(t.key)
            // "Pellwick, the capital of Kessmark": a place's head may take an "of" complement.
            let place = Self.placeAppositiveNouns.contains(t.key)
            if !t.isPossessive, body || place, appositiveHeadEnds(after: k) || (place && isWord(k + 1, Lexicon.of)) {
                return body ? .organization : .place
            }
            k += 1
            words += 1
        }
        return nil
    }

    /// The appositive's head noun at `k` ends it: punctuation or a word of `appositiveEnds` next.
    private func appositiveHeadEnds(after k: Int) -> Bool {
        let n = k + 1
        guard n < tokens.count else { return true }
        if tokens[n].gap == .punct || tokens[n].gap == .start { return true }
        return tokens[n].gap == .space && tokens[n].isLower && Self.appositiveEnds.contains(tokens[n].key)
    }

    /// "the ruling Unity Pact": the run `r` after "ruling" or "governing", with no title in it.
    func afterRulingWord(_ r: Range<Int>) -> Bool {
        let p = r.lowerBound - 1
        guard p >= 0, tokens[r.lowerBound].gap == .space, tokens[p].isLower, Self.rulingWords.contains(tokens[p].key)
        else { return false }
        return !tokens[r].contains {
            Lexicon.titleHeads.contains($0.key) || Lexicon.stopwords.contains($0.key) || $0.isPossessive
        }
    }

    /// The type that the words around the run `r` give it, if any: an appositive, "ruling" before
    /// it, "-based" after it.
    func contextType(_ r: Range<Int>, attributive: Bool) -> EntityType? {
        if attributive { return basedIn(r) ? .place : nil }
        // "Halvex International", "Amnesty International": a body's name, never a person's.
        if r.count >= 2, tokens[r.upperBound - 1].key == Self.international { return .organization }
        if r.count <= 4, let type = appositiveType(after: r), onlyNameWords(r) { return type }
        if r.count <= 4, afterRulingWord(r) { return .organization }
        // "broadcaster TVX24", "the edition Ziarul Nou" (ArticleResolver+MediaCueNouns).
        if afterMediaNoun(r) { return .organization }
        return nil
    }

    /// Records the run `r` as an organisation or place of the given type (or the table entry it
    /// spells).
    mutating func addTypedRun(_ r: Range<Int>, type: EntityType, sentence si: Int, headline: Bool) {
        let name = surface(r)
        let id = NameTokenizer.slug(name)
        guard !id.isEmpty else { return }
        let kind: Item.Kind =
            index.byID[id].map { .table(entry: $0, demonym: false) } ?? .discovered(type: type, id: id, name: name)
        items.append(Item(kind: kind, first: r.lowerBound, end: r.upperBound, sentence: si, headline: headline))
    }
}
