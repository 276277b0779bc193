/// A title holder's name written right after the title's complement or a body's name, with no
/// comma between (rules 1 and 4 of `Resolver`): "First Deputy Speaker of the Vexmoor Hana Ortiz",
/// "Minister of Public Works Peter Van Dorn", "spokesman on the Pacific Lena Varga", "Chief of
/// Staff of the Office of the President T.Bold", "Director of the Office of the Premier Mr. Ivo
/// Brandt". The capitalised run after "of", "for" or "on" holds the complement first and the
/// name last; the name starts where a name's shape begins and runs to the end of the run:
///
/// - a common given name (`commonGivenNames`) and one to three more name words (no title, cue
///   or function word; an English word may be a family name);
/// - an initial, then a name word ("T.Bold", "T. Bold");
/// - after a body's cue word, an honorific ("Mr.", "Ms", "Dr"), which no body's name holds.
///
/// The words before the name are the complement (read on their own, untitled); the name gets
/// the title. When every complement word could itself be a name word ("of Norvia Tarvo Peter
/// Lindqvist") the cut is unsure and not made, unless the initial is glued to the name. Counterexamples: "Minister of Tarsk Affairs" (no name), "chair of the Peter Marsh
/// Trust" (a cue word ends the run: the trust is named after a person), "Matamela Ivo Brandt"
/// (no complement before: a given name inside a name is not a cut).
extension ArticleResolver {
    /// Lowercase words that open a title's complement.
    private static let complementWords = Lexicon.set("of for on")
    /// Honorifics that only a person carries: after a body's name they open its holder's name.
    static let personHonorifics = Lexicon.set("mr mrs ms mx dr prof hon excellency")

    /// The run `r` opens right after a title's complement word, "of", "for" or "on" after a
    /// title head, perhaps with "the" between ("Speaker of the …"), or after "and" that joins
    /// it to capitalised portfolio words after one ("Minister for Road and Transport …").
    func followsTitleComplement(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        guard j >= 1, tokens[r.lowerBound].gap == .space else { return false }
        if tokens[j].isLower, tokens[j].key == Lexicon.the { j -= 1 }
        if tokens[j].isLower, tokens[j].key == Lexicon.and {
            j -= 1
            var steps = 0
            while j >= 1, steps < 4, tokens[j].isCap, !tokens[j].isAllCaps {
                j -= 1
                steps += 1
            }
            guard steps > 0 else { return false }
        }
        guard j >= 1, tokens[j].isLower, Self.complementWords.contains(tokens[j].key) else { return false }
        return Lexicon.titleHeads.contains(tokens[j - 1].key)
    }

    /// Where a title holder's name starts inside the capitalised run `r`, after at least one
    /// word of complement: a common given name or an initial that opens the run's last one to
    /// four name words. Nil when the run holds no such name.
    func holderNameStart(in r: Range<Int>) -> Int? {
        let ws = words(r)
        guard ws.count >= 3 || (ws.count == 2 && tokens[ws[1].lowerBound].letters == 1) else { return nil }
        for n in 1..<ws.count {
            let k = ws[n].lowerBound
            guard nameOpens(at: k, words: ws[n...]) else { continue }
            // "of Norvia Tarvo Peter Lindqvist": complement words that may all be names leave the
            // cut unsure unless the initial is glued ("Vexmoor T.Bolor").
            if tokens[k].letters > 1 || tokens[ws[n + 1].lowerBound].start != tokens[k].end + 1,
                ws[..<n].allSatisfy({ nameLikeWord($0.lowerBound) })
            {
                return nil
            }
            return k
        }
        return nil
    }

    /// The words `ws` (to the end of a run) are a person's name that opens at token `k` with a
    /// common given name or an initial: the other words name words, particles or initials.
    func nameOpens(at k: Int, words ws: ArraySlice<Range<Int>>) -> Bool {
        let t = tokens[k]
        guard t.isCap, !t.isAllCaps, t.gap != .hyphen, ws.count <= 4 else { return false }
        // An initial opens a name when glued to it ("T.Bold") or after a word that is no name
        // ("Roads T. Bold"); after a name word it is a middle initial ("Ana L. Bold").
        let next = ws.count >= 2 ? ws[ws.startIndex + 1].lowerBound : k
        let initial =
            t.letters == 1 && ws.count >= 2 && afterInitial(next)
            && (tokens[next].start == t.end + 1 || k == 0 || !nameLikeWord(k - 1))
        guard initial || (ws.count >= 2 && Self.commonGivenNames.contains(t.key)) else { return false }
        guard let last = ws.last, tokens[last.lowerBound].letters >= 2 else { return false }
        for w in ws.dropFirst() {
            let f = w.lowerBound
            if tokens[f].letters == 1, tokens[f].isCap, f + 1 < tokens.count, afterInitial(f + 1) { continue }
            if Lexicon.nameParticles.contains(tokens[f].key) { continue }
            // A family name may be an English word ("Ivo Bold"), but no title, cue or function word.
            guard !tokens[f].isAllCaps, onlyNameWords(w) else { return false }
        }
        return true
    }

    /// Where a holder's name starts at the end of a body's extent `i..<end` found by its cue
    /// words: an honorific after a cue word or a title ("… Office of the Premier Mr. Ivo
    /// Brandt": the honorific's start), or a given name or an initial after one ("… Office of
    /// the President T.Bold"). Nil when the extent ends in no such name.
    func holderAfterBody(_ i: Int, _ end: Int) -> Int? {
        var c = end - 1
        while c > i, !Lexicon.orgCues.contains(tokens[c].key), !Lexicon.titleHeads.contains(tokens[c].key) {
            c -= 1
        }
        guard c > i, c + 1 < end else { return nil }
        // The honorific right after the cue or title, then the name to the end.
        if tokens[c].isCap, Self.personHonorifics.contains(tokens[c].key) {
            var s = c
            while s - 1 > i, Self.personHonorifics.contains(tokens[s - 1].key) { s -= 1 }
            return (c + 1..<end).allSatisfy({ !tokens[$0].isLower || Lexicon.nameParticles.contains(tokens[$0].key) })
                ? s : nil
        }
        guard (c + 1..<end).allSatisfy({ !tokens[$0].isLower || Lexicon.nameParticles.contains(tokens[$0].key) })
        else { return nil }
        let ws = words((c + 1)..<end)
        guard let first = ws.first else { return nil }
        return nameOpens(at: first.lowerBound, words: ws[...]) ? first.lowerBound : nil
    }

}
