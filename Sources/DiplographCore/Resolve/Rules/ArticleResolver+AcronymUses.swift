/// Unknown all-capital words that are used as something other than a body, so that the
/// occurrence is no provisional organisation (rule 5 of `Resolver`, beside
/// `ArticleResolver+AcronymDefinitions`):
///
/// - a handle or a hashtag: "@TARSKGOV", "#VXM";
/// - a label opening a line before a colon or a spaced dash: "MORE: …", "WATCH: …", "FILE - …";
/// - a time zone after a clock time: "at 13.00 WIB";
/// - the modifier of a lowercase noun of a thing: "the TPP negotiations", "the SAFE instrument",
///   "an MBBS degree", also past its own closing parenthesis or a number glued by a hyphen
///   ("the Vexmoor Gas Line (VGL) project", "the VASA-500 project"), and of "Project" ("the
///   NORA Project");
/// - an acronym the article spells out as a thing: in lowercase words before it
///   ("humanitarian assistance and disaster relief (HADR)"), as a name whose head is an event, a
///   document or a work ("Continental Free Trade Agreement (CFTA)", "Forum Leaders' Meeting
///   (FLM)", "Tarsk Crude Oil Pipeline (TCOP)", "Free Trade Area (FTA)", "Flood Assistance and
///   Disaster Relief (FADR)"), or
///   as the code of a place ("Ostia International Airport (OST/OIA)");
/// - an acronym whose letters are the initials of a title the article uses: "Chief Election
///   Commissioner Ivo Brandt … CEC Brandt said".
///
/// "the NFF said", "NFF fighters" and "Northern Freedom Front (NFF)" stay organisations.
extension ArticleResolver {
    /// Lowercase nouns of things (agreements, programmes, degrees) that an acronym before them
    /// qualifies rather than names a body: "the TPP negotiations".
    private static let thingNouns = Lexicon.set(
        """
        negotiations negotiation agreement agreements treaty treaties accord accords pact deal deals protocol act
        instrument instruments mechanism framework initiative program programme programmes plan scheme project projects
        corridor regime standard standards rules declaration doctrine format process route routes degree degrees talks
        doctor graduate certificate exam examination visa visas currency pipeline railway
        """)
    /// Head nouns of a work, a zone or an activity that an acronym may spell out.
    private static let workHeads = Lexicon.set("pipeline railway railroad highway expressway area relief")
    private static let project = NameTokenizer.key("project")
    /// Head nouns of an event or a document that an acronym may spell out.
    private static let eventHeads = Lexicon.set(
        """
        agreement treaty accord pact protocol act declaration meeting meetings summit conference initiative program
        programme plan strategy exercise exercises talks framework
        """)

    /// The unknown all-capital word at `k` is used as a handle, a label, a time zone, a modifier
    /// of a thing, a defined thing or a title's initials: no body.
    func acronymUsedAsNoBody(_ k: Int) -> Bool {
        let t = tokens[k]
        // "@TARSKGOV", "#VXM".
        if t.start > 0, text[t.start - 1] == 0x40 || text[t.start - 1] == 0x23 { return true }
        // "MORE: …", "FILE - …" at the start of a line.
        if lineInitial(k), t.end < text.count, text[t.end] == 0x3A || dashAfter(k) { return true }
        // "13.00 WIB", "9:30 CET".
        if afterClockTime(k) { return true }
        // "the TPP negotiations", "… (VGL) project", "the VASA-500 project", "the NORA Project".
        var n = k + 1
        while n < tokens.count, tokens[n].gap == .hyphen, tokens[n].flags.contains(.digit) { n += 1 }
        if n < tokens.count, tokens[n].gap == .space || n == k + 1 && closesParenthesis(k, before: n),
            tokens[n].isLower && Self.thingNouns.contains(tokens[n].key)
                || tokens[n].isCap && !tokens[n].isAllCaps && tokens[n].key == Self.project
        {
            return true
        }
        // "… Plan of Action (JVPOA)" (ArticleResolver+AgreementAcronyms).
        return acronymSpelledAsThing(t.key) || acronymSpellsTitle(k) || acronymSpelledAsAgreement(t.key)
    }

    /// Token `k` sits alone in parentheses, and only the closing one and spaces stand between
    /// it and token `n`: "(VGL) project". Not when the name it abbreviates has a body's cue word:
    /// "the Norvia Freedom Front (NFF) project" may be the body's.
    private func closesParenthesis(_ k: Int, before n: Int) -> Bool {
        guard isParenthesised(k) else { return false }
        if let words = definition(before: k), words.contains(where: { Lexicon.orgCues.contains(tokens[$0].key) }) {
            return false
        }
        let between = text[tokens[k].end..<tokens[n].start]
        return between.filter { $0 == 0x29 }.count == 1 && between.allSatisfy { $0 == 0x29 || $0 == 0x20 }
    }

    /// Only white space stands between the start of the line and token `k`.
    private func lineInitial(_ k: Int) -> Bool {
        var p = tokens[k].start - 1
        while p >= 0, text[p] == 0x20 || text[p] == 0x09 { p -= 1 }
        return p < 0 || text[p] == 0x0A
    }

    /// A dash set off by spaces follows token `k`: "FILE - ", "FILE – ".
    private func dashAfter(_ k: Int) -> Bool {
        var p = tokens[k].end
        guard p < text.count, text[p] == 0x20 else { return false }
        p += 1
        if p + 1 < text.count, text[p] == 0x2D, text[p + 1] == 0x20 { return true }
        return p + 3 < text.count && text[p] == 0xE2 && text[p + 1] == 0x80 && (0x93...0x94).contains(text[p + 2])
            && text[p + 3] == 0x20
    }

    /// Token `k` follows a clock time: one or two digits, "." or ":", two digits, a space.
    private func afterClockTime(_ k: Int) -> Bool {
        let s = tokens[k].start
        guard s >= 6, text[s - 1] == 0x20 else { return false }
        func digit(_ p: Int) -> Bool { p >= 0 && text[p] >= 0x30 && text[p] <= 0x39 }
        return digit(s - 2) && digit(s - 3) && (text[s - 4] == 0x2E || text[s - 4] == 0x3A) && digit(s - 5)
    }

    /// Some parenthesised occurrence of `key` spells out a thing: lowercase words whose initials
    /// are its letters, a capitalised name whose head is an event or document word, or follows
    /// a place cue word ("Airport (OST/OIA)").
    func acronymSpelledAsThing(_ key: UInt64) -> Bool {
        for k in tokens.indices where tokens[k].key == key && tokens[k].isAllCaps {
            guard let open = openingParenthesis(before: k) else { continue }
            if isParenthesised(k), let words = definition(before: k), let head = words.last {
                if Self.eventHeads.contains(tokens[head].key) || Self.workHeads.contains(tokens[head].key) {
                    return true
                }
                continue
            }
            if lowercaseDefinition(before: k) { return true }
            // "Ostia International Airport (OST/OIA)".
            if let before = tokens[..<k].lastIndex(where: { $0.end <= open }), tokens[before].isCap,
                Lexicon.placeCues.contains(tokens[before].key)
            {
                return true
            }
        }
        return false
    }

    /// The offset of "(" before token `k`, with only spaces or another acronym and a slash
    /// between ("(OST/OIA)": both codes).
    func openingParenthesis(before k: Int) -> Int? {
        var p = tokens[k].start - 1
        while p >= 0, text[p] == 0x20 { p -= 1 }
        if p >= 0, text[p] == 0x2F, k > 0, tokens[k - 1].isAllCaps, tokens[k - 1].end == p {
            p = tokens[k - 1].start - 1
            while p >= 0, text[p] == 0x20 { p -= 1 }
        }
        return p >= 0 && text[p] == 0x28 ? p : nil
    }

    /// "humanitarian assistance and disaster relief (HADR)": lowercase words right before the
    /// parenthesis whose initials, with "and", "of", "the", "for" left out, are the acronym's
    /// letters.
    func lowercaseDefinition(before k: Int) -> Bool {
        let letters = Array(text[tokens[k].start..<tokens[k].end].filter { $0 >= 0x41 && $0 <= 0x5A })
        guard letters.count >= 2, k > 0 else { return false }
        var need = letters.count - 1
        var j = k - 1
        // Skip the other code of "(OST/OIA)".
        if tokens[k].gap == .punct, tokens[j].isAllCaps, openingParenthesis(before: j) != nil { j -= 1 }
        while j >= 0, need >= 0, k - j <= letters.count * 3 {
            let t = tokens[j]
            guard t.isLower else { return false }
            let joiner = t.key == Lexicon.and || t.key == Lexicon.of || t.key == Lexicon.the || t.key == Lexicon.forKey
            if !joiner {
                guard text[t.start] & 0xDF == letters[need] else { return false }
                need -= 1
            }
            j -= 1
        }
        return need < 0
    }

    /// The letters of the all-capital word at `k` are the initials of a capitalised title the
    /// article uses ("Chief Election Commissioner" for "CEC"): its last word is a title head.
    func acronymSpellsTitle(_ k: Int) -> Bool {
        let letters = Array(text[tokens[k].start..<tokens[k].end].filter { $0 >= 0x41 && $0 <= 0x5A })
        let n = letters.count
        guard n >= 2, n <= 4 else { return false }
        var s = 0
        while s + n <= tokens.count {
            let last = s + n - 1
            if Lexicon.titleHeads.contains(tokens[last].key), tokens[last].isCap, !tokens[last].isAllCaps,
                (s...last).allSatisfy({ m in
                    tokens[m].isCap && !tokens[m].isAllCaps && (m == s || tokens[m].gap == .space)
                        && text[tokens[m].start] & 0xDF == letters[m - s]
                })
            {
                return true
            }
            s += 1
        }
        return false
    }
}
