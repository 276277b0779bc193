/// Slips of the source that hide a person's name (rule 4 of `Resolver`):
///
/// - a name glued to the word after it, "President Ivo Brandtwith the envoy": a capitalised word
///   that ends in a function word, where the rest stands alone elsewhere in the article
///   ("Brandt"), is read without that function word;
/// - a table person's name with a later word in lower case, "President Ivo brandt": the span
///   goes on over the lowercase words that complete the table name.
extension ArticleResolver {
    /// Function words that a slip glues to the end of a name.
    private static let gluedTails: [[UInt8]] = ["with", "was", "and", "has", "had", "for", "from", "who", "said"].map {
        Array($0.utf8)
    }

    /// The length of a function word glued to the end of the capitalised token at `k`
    /// ("Brandtwith" → 4) when what comes before it is a capitalised word of its own elsewhere in
    /// the article; nil otherwise ("Holland" stays: no "Holl" stands alone).
    func gluedTail(_ k: Int) -> Int? {
        let t = tokens[k]
        guard t.isCap, !t.isAllCaps, t.letters >= 6 else { return nil }
        let w = Array(NameTokenizer.normalized(text, t).utf8)
        for tail in Self.gluedTails where w.count >= tail.count + 3 && w.suffix(tail.count).elementsEqual(tail) {
            let head = NameTokenizer.key(String(decoding: w.dropLast(tail.count), as: UTF8.self))
            if tokens.indices.contains(where: { $0 != k && tokens[$0].isCap && tokens[$0].key == head }) {
                return tail.count
            }
        }
        return nil
    }

    /// `personName(r)` without a function word glued to its last word ("Ivo Brandtwith" → "Ivo
    /// Brandt").
    func personNameUnglued(_ r: Range<Int>) -> String {
        let name = personName(r)
        guard let n = gluedTail(r.upperBound - 1) else { return name }
        return String(name.dropLast(n))
    }

    /// The end of a table person's name that starts inside the span `i..<j` and goes on over
    /// lowercase words after it ("Ivo brandt"); nil when none does. The lowercase words are no
    /// function words, stopwords or speech verbs ("Ivo said" stays).
    func lowercaseNameTail(_ i: Int, _ j: Int, limit: Int) -> Int? {
        guard j < limit, tokens[j].isLower, tokens[j].gap == .space, tokens[j].letters >= 3 else { return nil }
        func plain(_ t: NameToken) -> Bool {
            t.isLower && t.gap == .space && t.letters >= 3 && !Lexicon.functionWords.contains(t.key)
                && !Lexicon.stopwords.contains(t.key) && !Lexicon.speechVerbs.contains(t.key)
        }
        guard plain(tokens[j]) else { return nil }
        for k in stride(from: j - 1, through: max(i, j - 2), by: -1) {
            guard let m = index.match(tokens, at: k, limit: limit), m.end > j, !m.hit.demonym,
                index.entries[m.hit.entry].type == .person, (j..<m.end).allSatisfy({ plain(tokens[$0]) })
            else { continue }
            return m.end
        }
        return nil
    }
}
