/// A table place used inside another name or as a modifier is no mention of the place (rule 5
/// of `Resolver`, when items become mentions):
///
/// - before a capitalised event or document word, up to two words later: "the Ostia Summit",
///   "the Vexmoor Treaty", "the Tarsk Security Conference", "the Ostia Conventions";
/// - glued by a hyphen to a word before it: "the Euro-Ostian area", "Greater-Vexmoor";
/// - before "country" or "nation": "the Ostian island country" describes a country;
/// - after a capitalised event or document word and "of": "the Summit of the Vexlands", "the
///   Treaty of Ostia";
/// - a world region (a table place of no country) as a title's portfolio, after the title and
///   "for", and the regions listed with it: "the undersecretary for the Vexlands and the Tarsk
///   Basin", "Deputy Minister for the Vexlands".
///
/// A word that is no table entry, read as a place after "in" or "at", is not one before a
/// lowercase event word either: "at Vexmoor talks". (A table place stays one there: "during
/// Ostia talks" still says where they were.)
///
/// "talks in Vexmoor", "the Ostia region" and "Vexmoor's port" stay places.
extension ArticleResolver {
    static let eventNameWords = Lexicon.set(
        """
        summit summits treaty agreement agreements accord accords declaration convention conventions process format
        protocol conference conferences
        """)
    static let countryNouns = Lexicon.set("country nation")
    /// Title words of a portfolio that `Lexicon.titleHeads` does not hold.
    static let portfolioHeads = Lexicon.set("undersecretary")
    /// Names of meetings that take a topic after "on", beside `eventNameWords`.
    static let topicHeads = Lexicon.set("forum dialogue")

    /// Item `n` (a table place) is part of another name or a modifier.
    func placeInsideName(_ n: Int) -> Bool {
        let item = items[n]
        if item.first > 0, tokens[item.first].gap == .hyphen, tokens[item.first - 1].isCap { return true }
        if eventNameBehind(item.first) || portfolioRegion(n) { return true }
        guard item.end < tokens.count, tokens[item.end].gap == .space, !tokens[item.end - 1].isPossessive else {
            return false
        }
        let next = tokens[item.end]
        if case .single = item.kind, next.isLower, Lexicon.eventWords.contains(next.key) { return true }
        return eventNameAhead(item.end) || (next.isLower && Self.countryNouns.contains(next.key))
    }

    /// One of the (up to three) capitalised words from `k` on, joined by spaces, is an event or
    /// document word: "the Ostia Summit", "the Vexmoor Security Conference".
    func eventNameAhead(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, j < k + 3, tokens[j].gap == .space, tokens[j].isCap {
            if Self.eventNameWords.contains(tokens[j].key) { return true }
            if tokens[j].isPossessive { return false }
            j += 1
        }
        return false
    }

    /// The words before `k` are a capitalised event or document word and "of" (and "the"):
    /// "the Summit of the" + name, "the Treaty of" + name.
    func eventNameBehind(_ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, isWord(j, Lexicon.the) { j -= 1 }
        guard j >= 1, isWord(j, Lexicon.of), tokens[j - 1].isCap, tokens[j].gap == .space else { return false }
        return Self.eventNameWords.contains(tokens[j - 1].key)
    }

    /// Item `n` is a world region (a table place of no country) named as a title's portfolio:
    /// after a title word and "for" (and "the"), or after "and" (and "the") that follows another
    /// such region.
    func portfolioRegion(_ n: Int) -> Bool {
        guard case .table(let e, _) = items[n].kind, index.entries[e].type == .place,
            index.entries[e].affiliation == nil
        else { return false }
        var j = items[n].first - 1
        if j >= 0, isWord(j, Lexicon.the) { j -= 1 }
        guard j >= 1 else { return false }
        if isWord(j, Lexicon.forKey) {
            let head = tokens[j - 1].key
            return Lexicon.titleHeads.contains(head) || Self.portfolioHeads.contains(head)
        }
        guard isWord(j, Lexicon.and), n > 0, items[n - 1].end == j else { return false }
        return portfolioRegion(n - 1)
    }

    /// The words before `k` are a capitalised event or document word and "on" (and "the"):
    /// what starts at `k` is that name's topic.
    func topicOfName(_ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, isWord(j, Lexicon.the) { j -= 1 }
        guard j >= 1, isWord(j, Lexicon.on), tokens[j - 1].isCap, tokens[j].gap == .space else { return false }
        let head = tokens[j - 1].key
        return Self.eventNameWords.contains(head) || Self.topicHeads.contains(head)
    }
}
