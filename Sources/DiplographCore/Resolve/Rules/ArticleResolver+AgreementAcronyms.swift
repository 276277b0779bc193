/// An acronym the article spells out as an agreement, a treaty or a plan is no body (rule 5 of
/// `Resolver`, beside `ArticleResolver+AcronymUses`), also where the strict spelling of
/// `definition(before:)` fails or the name's head is not its last word:
///
/// - a joiner may give its initial: "General Terms of Naval Exchange Agreement (GTONEA)",
///   "the Joint Vexmoor Plan of Action (JVPOA)";
/// - a place of several words may give its first initial only: "the Tarsk-Ostia Bay Free
///   Trade Agreement (TOFTA)", as "Ostia Bay" gives O;
/// - a document word anywhere in the name makes it the document, unless a body's cue word
///   follows it: "Northern Agreement on Closer Trade Relations (NACTR)" is an agreement, the
///   "Vexmoor Treaty Organization (VTO)" a body.
extension ArticleResolver {
    /// Head nouns of a document that the name of an agreement holds.
    static let documentHeads = Lexicon.set("agreement agreements treaty accord accords pact protocol convention plan")
    /// Lowercase words inside a spelled-out name that may or may not give their initial.
    static let spellingJoiners = Lexicon.set("of on for and the in to")

    /// Some occurrence of `key` opens a parenthesis after a name of an agreement that spells it.
    func acronymSpelledAsAgreement(_ key: UInt64) -> Bool {
        for k in tokens.indices where tokens[k].key == key && tokens[k].isAllCaps {
            guard k > 0, let open = openingParenthesis(before: k), tokens[k - 1].end <= open,
                text[tokens[k - 1].end..<open].allSatisfy({ $0 == 0x20 })
            else { continue }
            let letters = Array(text[tokens[k].start..<tokens[k].end].filter { $0 >= 0x41 && $0 <= 0x5A })
            guard letters.count >= 3, let start = looseDefinitionStart(before: k, letters: letters),
                let head = (start..<k).last(where: { tokens[$0].isCap && Self.documentHeads.contains(tokens[$0].key) }),
                !((head + 1)..<k).contains(where: { tokens[$0].isCap && Lexicon.orgCues.contains(tokens[$0].key) })
            else { continue }
            return true
        }
        return false
    }

    /// The first token of the words right before token `k` whose initials are `letters`, with
    /// joiners, hyphenated parts and the later words of a table place optional.
    private func looseDefinitionStart(before k: Int, letters: [UInt8]) -> Int? {
        // The run of words before the parenthesis: no punctuation inside.
        let lowest = max(0, k - letters.count * 3)
        var s = k - 1
        while s > lowest, tokens[s].gap == .space || tokens[s].gap == .hyphen { s -= 1 }
        // Units of one word, or of a table place of several words, with their possible initials.
        var units: [(first: Int, options: [[UInt8]])] = []
        var j = s
        while j < k {
            let t = tokens[j]
            let initial = text[t.start] & 0xDF
            if t.isLower {
                units.append((j, Self.spellingJoiners.contains(t.key) ? [[initial], []] : []))
            } else if !t.isCap || t.isAllCaps || t.flags.contains(.digit) {
                units.append((j, []))
            } else if let m = index.match(tokens, at: j, limit: k), m.end - j >= 2,
                index.entries[m.hit.entry].type != .person
            {
                let all = (j..<m.end).map { text[tokens[$0].start] & 0xDF }
                units.append((j, [all, [initial]]))
                j = m.end
                continue
            } else {
                units.append((j, t.gap == .hyphen && j > s ? [[initial], []] : [[initial]]))
            }
            j += 1
        }
        func spell(_ u: Int, _ need: Int) -> Int? {
            if need < 0 {
                let first = units[u + 1].first
                return tokens[first].isCap ? first : nil
            }
            guard u >= 0 else { return nil }
            for option in units[u].options where option.count <= need + 1 {
                guard option.elementsEqual(letters[(need + 1 - option.count)..<(need + 1)]) else { continue }
                if let start = spell(u - 1, need - option.count) { return start }
            }
            return nil
        }
        return spell(units.count - 1, letters.count - 1)
    }
}
