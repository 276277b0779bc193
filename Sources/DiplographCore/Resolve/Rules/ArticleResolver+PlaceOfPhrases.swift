/// Places named by the syntax around them, with no cue word in the name (rule 4 of `Resolver`):
///
/// - the complement of a lowercase settlement or unit noun: "the village of Kestrup", "the port
///   city of Brennhaven", "the outskirts of Dunholm", "the province of Alvar Nuevo";
/// - the name before "-based": "the Saldera-based institute" (where a body sits is a place);
/// - a compass adjective after a preposition, "and" or "of": "in northern Kessmark", "across
///   south-eastern Ostrava", "and southern Tarsk";
/// - "from" after a verb of travel: "arrived from Omberlin", "returned from Vexmoor".
///
/// "the capital of …" is left alone: what follows it is mostly a country; "the city's mayor",
/// "the leader of Vexmoor" (no settlement noun), "Northern Alliance" (no preposition) and "a
/// letter from Kade" (no travel) open nothing.
extension ArticleResolver {
    static let settlementNouns = Lexicon.set(
        """
        city town village hamlet suburb suburbs outskirts port township municipality enclave island islands
        province region district county prefecture governorate oblast
        """)
    private static let based = NameTokenizer.key("based")
    private static let from = NameTokenizer.key("from")
    static let compassWords = Lexicon.set("northern southern eastern western central northeastern northwestern")
    /// Words after which a compass adjective opens a place.
    private static let compassOpeners = Lexicon.set("in at near across inside throughout from to into of and")

    /// "in northern Kessmark", "across south-eastern Ostrava".
    func afterCompassWord(_ i: Int) -> Bool {
        var k = i - 1
        guard k >= 1, tokens[i].gap == .space, tokens[k].isLower, Self.compassWords.contains(tokens[k].key) else {
            return false
        }
        if tokens[k].gap == .hyphen { k -= 1 }  // "south-eastern"
        let p = k - 1
        return p >= 0 && tokens[k].gap == .space && tokens[p].isLower && Self.compassOpeners.contains(tokens[p].key)
    }

    /// "arrived from Omberlin": "from" after a verb of travel.
    func afterTravelFrom(_ i: Int) -> Bool {
        i >= 2 && tokens[i - 1].isLower && tokens[i - 1].key == Self.from && tokens[i - 2].isLower
            && Self.travelVerbs.contains(tokens[i - 2].key)
    }

    /// The words before `i` open a place: a settlement noun and "of", a compass adjective after a
    /// preposition, or "from" after a verb of travel.
    func opensPlaceBySyntax(_ i: Int) -> Bool {
        afterSettlementNoun(i) || afterCompassWord(i) || afterTravelFrom(i)
    }

    /// The token before `i` is "of" after a lowercase settlement noun: "the town of" + name.
    func afterSettlementNoun(_ i: Int) -> Bool {
        guard i >= 2, tokens[i].gap == .space, tokens[i - 1].gap == .space else { return false }
        let of = tokens[i - 1]
        let noun = tokens[i - 2]
        return of.isLower && of.key == Lexicon.of && noun.isLower && Self.settlementNouns.contains(noun.key)
    }

    /// The run `r` ends right before "-based" and holds only name words: the place where
    /// something is based.
    func basedIn(_ r: Range<Int>) -> Bool {
        let n = r.upperBound
        guard n < tokens.count, tokens[n].gap == .hyphen, tokens[n].isLower, tokens[n].key == Self.based else {
            return false
        }
        return r.count <= 3 && onlyNameWords(r)
    }
}

extension ArticleResolver {
    private static let capital = NameTokenizer.key("capital")

    /// "the Tarskian capital Omberlin", "in the capital, Omberlin.": the name `i..<end` right
    /// after a lowercase "capital" is the city; after a comma only when punctuation closes it
    /// ("in the capital, Kade said" names a person).
    func afterCapitalNoun(_ i: Int, end: Int) -> Bool {
        guard i >= 1, tokens[i - 1].isLower, tokens[i - 1].key == Self.capital else { return false }
        if tokens[i].gap == .space { return true }
        return commaOnly(between: i - 1, i) && (end >= tokens.count || tokens[end].gap == .punct)
    }
}
