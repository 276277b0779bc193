/// Parties named by their members in the plural (rule 1 of `Resolver`): "the Liberals", "the
/// Conservatives", "the Greens", "the Social Democrats", "the Free Democrats", "the Christian
/// Democrats". The party is named as written ("Social Democrats"), as annotators list it.
///
/// - One word: a capitalised plural of a party family that is no ordinary noun when capitalised
///   (`singlePlurals`). "Democrats" and "Republicans" alone stay the table's US parties.
/// - Two or three words: ideological modifiers (`modifiers`) before a party plural, "Democrats"
///   and "Republicans" included: "the Social Democrats" is no mention of the US Democratic
///   Party. "House Democrats", "Senate Republicans" and "American Democrats" are not read here:
///   their first word is no party modifier, and the table's party stays.
/// The span must be the name and nothing else ("Greens leader Ivo Brandt" is read as before).
///
/// The same modifiers before a table party in the singular make a party of its own: "the Social
/// Democratic Party" is not the table's "Democratic Party" (`ArticleResolver+Cues`, like
/// "Supreme State Council"); "the Texas Democratic Party" or "Pellham's Democratic Party" are
/// read as before.
extension ArticleResolver {
    private static let singlePlurals = Lexicon.set("liberals conservatives greens socialists communists tories")
    private static let plurals = Lexicon.set(
        "liberals conservatives greens socialists communists democrats republicans nationalists progressives")
    private static let modifiers = Lexicon.set(
        "social free christian liberal national democratic progressive radical left new green conservative socialist")

    private static let party = NameTokenizer.key("party")

    /// `from..<to` is one or more party modifiers right before the table party that ends at
    /// `end`: "*Social* Democratic Party".
    func partyModifiersOnly(_ from: Int, _ to: Int, before end: Int) -> Bool {
        to > from && end > to && tokens[end - 1].key == Self.party
            && (from..<to).allSatisfy {
                let t = tokens[$0]
                return t.isCap && !t.isAllCaps && !t.isPossessive && Self.modifiers.contains(t.key)
                    && ($0 == from || t.gap == .space)
            }
    }

    /// The name `name` (a span without its opening "The": `ArticleResolver.withoutOpeningThe`)
    /// names a party by its members.
    func isPartyPlural(_ name: Range<Int>) -> Bool {
        let i = name.lowerBound
        guard name.count >= 1, name.count <= 3 else { return false }
        for k in name {
            let t = tokens[k]
            guard t.isCap, !t.isAllCaps, !t.isPossessive, k == i || t.gap == .space else { return false }
        }
        let head = tokens[name.upperBound - 1].key
        if name.count == 1 { return Self.singlePlurals.contains(head) }
        return Self.plurals.contains(head)
            && (i..<(name.upperBound - 1)).allSatisfy({ Self.modifiers.contains(tokens[$0].key) })
    }
}
