/// An all-capital word of seven or eight letters is an acronym only where the article spells it
/// out (rule 5 of `Resolver`): capitalised words before it in brackets ("Vexmoor Initiative for
/// Multi-Sectoral Trade and Economic Cooperation (VIMSTEC)"), or words right after it, in
/// brackets or after ", or (the)" ("VIMSTEC (Vexmoor Initiative for …)", "VIMSTEC, or the
/// Vexmoor initiative for …"), whose initials end with its letters ("and", "of", "for", "the"
/// left out). Elsewhere a long all-capital word is a shout, a byline or a dateline ("UPDATED",
/// "KARLSSON"), as before; three to six letters need no spelling out.
extension ArticleResolver {
    private static let joiners = Lexicon.set("and of for the")
    private static let orKey = NameTokenizer.key("or")

    /// Some occurrence of the all-capital word `key` is spelt out next to it.
    func longAcronymSpelledOut(_ key: UInt64) -> Bool {
        for k in tokens.indices where tokens[k].key == key && tokens[k].isAllCaps {
            if isParenthesised(k), definition(before: k) != nil { return true }
            if spelledOutAfter(k) { return true }
        }
        return false
    }

    /// The words after the acronym at `k`, opened by "(" or ", or (the)" and running to the next
    /// punctuation, end with words whose initials are its letters.
    private func spelledOutAfter(_ k: Int) -> Bool {
        let letters = Array(text[tokens[k].start..<tokens[k].end].filter { $0 >= 0x41 && $0 <= 0x5A })
        guard k + 1 < tokens.count, tokens[k + 1].gap == .punct else { return false }
        var p = tokens[k].end
        while p < tokens[k + 1].start, text[p] == 0x20 { p += 1 }
        guard p < tokens[k + 1].start else { return false }
        var j = k + 1
        if text[p] == 0x28 {
            // "VIMSTEC (Vexmoor …)"
        } else if text[p] == 0x2C, isWord(j, Self.orKey) {
            // "VIMSTEC, or the Vexmoor …"
            j += 1
            if isWord(j, Lexicon.the) { j += 1 }
            guard j < tokens.count, tokens[j].gap == .space else { return false }
        } else {
            return false
        }
        var initials: [UInt8] = []
        while j < tokens.count, j == k + 1 || tokens[j].gap == .space || tokens[j].gap == .hyphen,
            initials.count <= letters.count * 3
        {
            let t = tokens[j]
            if !(t.isLower && Self.joiners.contains(t.key)) { initials.append(text[t.start] & 0xDF) }
            j += 1
        }
        return initials.count >= letters.count && initials.suffix(letters.count).elementsEqual(letters)
    }
}
