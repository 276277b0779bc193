/// A title holder's name written right after the title's complement or a body's name, with no
/// comma between (rules 1 and 4 of `Resolver`): "Speaker of the House Nancy Quell", "Minister of
/// Coastal Works Peter Van Dorn", "spokesman on the Pacific Peter Varga", "Chief of Staff of the
/// Office of the President T.Bold", "Director of the Office of the Premier Mr. Ivo Brandt". The
/// capitalised run after "of", "for" or "on" holds the complement first and the name last; the
/// name starts where a name's shape begins and runs to the end of the run:
///
/// - a common given name (`commonGivenNames`) and one to three more name words (no title, cue
///   or function word; an English word may be a family name);
/// - an initial, then a name word ("T.Bold", "T. Bold");
/// - after a body's cue word, an honorific ("Mr.", "Ms", "Dr", "H.E.": ArticleResolver+Honorifics),
///   which no body's name holds;
/// - after a title in the plural ("Cabinet Secretaries Ana Lind and …"), which titles each name;
/// - dotted initials, then a name word ("Leader of Opposition L.K. Varga").
///
/// The words before the name are the complement (read on their own, untitled); the name gets
/// the title. When every complement word could itself be a name word ("of Norvia Tarvo Peter
/// Lindqvist") the cut is unsure and not made, unless the initial is glued to the name.
///
/// A complement after "the" is sure: a person's name takes no article, so the word after it is
/// the complement's ("Speaker of the Storting Per Halvorsen", "spokesman on the Pacific Kai
/// Lundgren", "Speaker of the House Dana K. Ruiz"). There, with no given name or initial to
/// open it, the name is the run's last two or three words when they have a name's shape: name
/// words or initials, a family name that is no English word, and a first word after "the" that
/// is no given name. Counterexamples: "Minister of Tarsk Affairs" (no name), "chair of the
/// Peter Marsh Trust" (the given name opens the run: no complement before it), "Ana L. Bold" (a
/// middle initial).
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
        // "of the Storting …": the complement has an article, which no name has.
        let article = articleBefore(r.lowerBound)
        for n in 1..<ws.count {
            let k = ws[n].lowerBound
            guard nameOpens(at: k, words: ws[n...]) else { continue }
            // "of Norvia Tarvo Peter Lindqvist": complement words that may all be names leave the
            // cut unsure unless the initial is glued ("Vexmoor T.Bolor").
            if !article, tokens[k].letters > 1 || tokens[ws[n + 1].lowerBound].start != tokens[k].end + 1,
                ws[..<n].allSatisfy({ nameLikeWord($0.lowerBound) })
            {
                return nil
            }
            return k
        }
        // "of the Storting Per Halvorsen", "of the House Dana K. Ruiz": after the article's one
        // word, a name of two or three words that no known given name opens.
        guard article, ws.count <= 4, !Self.commonGivenNames.contains(tokens[ws[0].lowerBound].key),
            let last = ws.last, nameLikeWord(last.lowerBound),
            nameOpens(at: ws[1].lowerBound, words: ws[1...], anyGivenName: true)
        else { return nil }
        return ws[1].lowerBound
    }

    /// The run opening at `k` follows a lowercase "the" ("of the Storting …").
    private func articleBefore(_ k: Int) -> Bool {
        k >= 1 && tokens[k].gap == .space && tokens[k - 1].isLower && tokens[k - 1].key == Lexicon.the
    }

    /// The words `ws` (to the end of a run) are a person's name that opens at token `k` with a
    /// common given name or an initial (with `anyGivenName`, any name word): the other words
    /// name words, particles or initials.
    func nameOpens(at k: Int, words ws: ArraySlice<Range<Int>>, anyGivenName: Bool = false) -> Bool {
        let t = tokens[k]
        let next = ws.count >= 2 ? ws[ws.startIndex + 1].lowerBound : k
        // "L.K. Varga": dotted initials in one token, then the family name.
        let dotted =
            t.flags.contains(.abbreviation) && t.letters <= 3 && ws.count >= 2 && tokens[next].gap == .space
            && (k == 0 || !nameLikeWord(k - 1))
        guard t.isCap, !t.isAllCaps || dotted, t.gap != .hyphen, ws.count <= 4 else { return false }
        // An initial opens a name when glued to it ("T.Bold") or after a word that is no name
        // ("Roads T. Bold"); after a name word it is a middle initial ("Ana L. Bold").
        let initial =
            dotted
            || t.letters == 1 && ws.count >= 2 && afterInitial(next)
                && (tokens[next].start == t.end + 1 || k == 0 || !nameLikeWord(k - 1))
        let given =
            ws.count >= 2 && t.letters >= 2
            && (Self.commonGivenNames.contains(t.key) || anyGivenName && mayOpenName(k))
        guard initial || given else { return false }
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

    /// Where a body's or a place's extent `i..<end` found by its cue words ends, and where the
    /// name of a holder written after it starts: after an honorific that follows a cue word or
    /// a title ("… Office of the Premier Mr. Ivo Brandt": the body ends before the honorific,
    /// which titles the name), after a title in the plural, which is neither the body's nor
    /// the name's ("… Vexmoor Group Co-Chairs Ivo Brandt"), or at a given name or an initial
    /// after a cue or a title ("… Office of the President T.Bold", "… Road Development T.Bolor").
    /// Nil when the extent ends in no such name.
    func holderAfterBody(_ i: Int, _ end: Int) -> (bodyEnd: Int, name: Int)? {
        var c = end - 1
        var plural = false
        while c > i {
            let key = tokens[c].key
            if Lexicon.orgCues.contains(key) || Lexicon.placeCues.contains(key) || Lexicon.titleHeads.contains(key)
                || honorificEnd(at: c, limit: end) != nil
            {
                break
            }
            if pluralTitleHead(c) {
                plural = true
                break
            }
            c -= 1
        }
        guard c > i, c + 1 < end else { return nil }
        // "… Road and Transport Development T.Bolor": the name is in the capitalised words after
        // the last lowercase word.
        if let l = (c + 1..<end).last(where: { tokens[$0].isLower && !Lexicon.nameParticles.contains(tokens[$0].key) })
        {
            return holderNameStart(in: (l + 1)..<end).map { ($0, $0) }
        }
        // The honorific right after the cue or title, then the name to the end.
        if tokens[c].isCap, Self.personHonorifics.contains(tokens[c].key) || honorificEnd(at: c, limit: end) != nil {
            var s = c
            while s - 1 > i,
                Self.personHonorifics.contains(tokens[s - 1].key) || honorificEnd(at: s - 1, limit: end) != nil
            {
                s -= 1
            }
            return (s, s)
        }
        let ws = words((c + 1)..<end)
        guard let first = ws.first else { return nil }
        if plural {
            // "Co-Chairs": the title's words joined by hyphens go with it.
            var s = c
            while s - 1 > i, tokens[s].gap == .hyphen { s -= 1 }
            let name =
                (2...3).contains(ws.count) && ws.allSatisfy({ onlyNameWords($0) && !tokens[$0.lowerBound].isAllCaps })
            return name ? (s, first.lowerBound) : nil
        }
        if nameOpens(at: first.lowerBound, words: ws[...]) { return (first.lowerBound, first.lowerBound) }
        // "… Road Development T.Bolor": more words of the name before the holder's.
        return holderNameStart(in: (c + 1)..<end).map { ($0, $0) }
    }

    /// The end of a title in the plural at `i` that a name follows: title modifiers, then a
    /// title head in the plural ("State Secretaries Ana Vidal and Juan Tomas", "Co-Chairs Ivo
    /// Brandt"). Nil when no name word follows.
    func pluralTitleEnd(at i: Int, limit b: Int) -> Int? {
        var k = i
        while k < b, tokens[k].isCap, Lexicon.titleModifiers.contains(tokens[k].key) { k += 1 }
        // "Co-Chairs": a prefix joined by a hyphen.
        if k + 1 < b, tokens[k].isCap, tokens[k + 1].gap == .hyphen, tokens[k].letters <= 3 { k += 1 }
        // Cheap tests first: the plural's stem is built only before a name word.
        guard k + 1 < b, tokens[k + 1].gap == .space, tokens[k + 1].isCap, !tokens[k + 1].isAllCaps,
            onlyNameWords((k + 1)..<(k + 2)), pluralTitleHead(k)
        else { return nil }
        return k + 1
    }

    /// The capitalised word at `k` is a title head in the plural: "Secretaries", "Co-Chairs".
    func pluralTitleHead(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCap, !t.isAllCaps, t.letters >= 4, text[t.end - 1] == 0x73 else { return false }
        var w = NameTokenizer.normalized(text, t)
        w.removeLast()
        if w.hasSuffix("ie") { w = String(w.dropLast(2)) + "y" }
        return Lexicon.titleHeads.contains(NameTokenizer.key(w))
    }
}
