/// An organ of a table body named by the body and a generic organ word is a mention of the body
/// (rule 1 of `Resolver`): "the Arab League Council meeting", "the OIC Council of Foreign
/// Ministers", "Caricom Heads of Government" are the League, the OIC and Caricom at work, not
/// bodies of their own. After the body's acronym in brackets ("the Tarsk Cooperation Organization
/// (TCO) Council of Foreign Ministers") the organ words alone are dropped: the acronym is the
/// mention. An organ with a name of its own stays a body ("the Arab League Economic Council",
/// "the Council of the European Union", "the Tarsk Security Council"), and so does one the table
/// holds as "Council of the …" ("the European Union Council").
extension ArticleResolver {
    private static let council = NameTokenizer.key("council")
    private static let heads = NameTokenizer.key("heads")
    private static let organTails: [[UInt64]] = [
        "council", "council of ministers", "council of foreign ministers", "ministerial council",
        "heads of government", "heads of state", "heads of state and government",
    ].map { $0.split(separator: " ").map { NameTokenizer.key(String($0)) } }

    /// The words of `r` are one organ word group.
    private func organWords(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, tokens[r.lowerBound].isCap else { return false }
        let keys = r.map { tokens[$0].key }
        return Self.organTails.contains(keys)
    }

    /// When the body span `r` is an organ of a table body: the body's table entry and tokens, or
    /// nil ones when the body is the bracketed acronym right before `r`.
    func organParent(_ r: Range<Int>) -> (entry: Int?, range: Range<Int>)? {
        let i = r.lowerBound
        if let m = index.match(tokens, at: i, limit: r.upperBound), m.end < r.upperBound,
            index.entries[m.hit.entry].type == .organization, !m.hit.demonym, organWords(m.end..<r.upperBound),
            tokens[m.end].gap == .space
        {
            // "the European Union Council": the table knows the organ as a body of its own.
            let organ = surface(m.end..<r.upperBound)
            let parent = index.entries[m.hit.entry].name
            if index.entry(named: organ + " of the " + parent) != nil
                || index.entry(named: organ + " of " + parent) != nil
            {
                return nil
            }
            return (m.hit.entry, i..<m.end)
        }
        // "… (TCO) Council of Foreign Ministers".
        if organWords(r), i > 0, tokens[i - 1].isAllCaps, isParenthesised(i - 1) {
            return (nil, i..<i)
        }
        return nil
    }
}
