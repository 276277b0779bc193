/// Acronyms that the article itself defines as something other than a body, so that no
/// occurrence of them is a provisional organisation (rule 5 of `Resolver`):
///
/// - a title: "Chief Liaison Officer (CLO) Ana Reyes";
/// - a list of modifiers, with a comma inside and no organisation cue word: "Quick, Cheap and
///   Reliable (QCR) transport";
/// - a common noun spelt out after it in lower case: "a QRO (quick reaction operation)".
///
/// "Northern Freedom Front (NFF)" or "Tarsk-i-Vexmoor Movement (TVM)" define bodies and stay
/// organisations.
extension ArticleResolver {
    /// Some occurrence of the all-capital word `key` is defined as a title, a list of modifiers
    /// or a common noun.
    func acronymDefinedAsNoBody(_ key: UInt64) -> Bool {
        for k in tokens.indices where tokens[k].key == key && tokens[k].isAllCaps {
            if lowercaseExpansion(after: k) { return true }
            if isParenthesised(k), let words = definition(before: k), !words.isEmpty {
                let keys = words.map { tokens[$0].key }
                if keys.contains(where: { Lexicon.titleHeads.contains($0) }) { return true }
                let hasCue = keys.contains(where: { Lexicon.orgCues.contains($0) })
                let hasComma = text[tokens[words.first!].start..<tokens[words.last!].end].contains(0x2C)
                if !hasCue && hasComma { return true }
            }
        }
        return false
    }

    /// "QRO (quick reaction operation)": a parenthesis opening on a lowercase word right after
    /// token `k`.
    func lowercaseExpansion(after k: Int) -> Bool {
        var p = tokens[k].end
        while p < text.count, text[p] == 0x20 { p += 1 }
        guard p < text.count, text[p] == 0x28, k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        return next.isLower && next.start > p && text[(p + 1)..<next.start].allSatisfy { $0 == 0x20 }
    }

    /// The capitalised words before the parenthesised acronym at `k` whose initials spell it
    /// ("National Security Adviser (NSA)"), skipping lowercase joiners and hyphenated parts
    /// ("Tarsk-i-Vexmoor"). Nil when the initials do not match.
    func definition(before k: Int) -> [Int]? {
        let letters = Array(text[tokens[k].start..<tokens[k].end].filter { $0 >= 0x41 && $0 <= 0x5A })
        guard letters.count >= 2 else { return nil }
        var need = letters.count - 1
        var words: [Int] = []
        var j = k - 1
        while j >= 0, need >= 0, k - j <= letters.count * 3 {
            let t = tokens[j]
            if t.isLower {
                j -= 1
                continue
            }
            guard t.isCap, !t.isAllCaps else { return nil }
            let initial = text[t.start] & 0xDF
            guard initial == letters[need] else { return nil }
            words.insert(j, at: 0)
            need -= 1
            j -= 1
        }
        return need < 0 ? words : nil
    }
}
