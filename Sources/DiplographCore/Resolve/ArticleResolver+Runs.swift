/// Runs of name words without a table entry: person, place, or single words to resolve later
/// (rule 4 of `Resolver`).
extension ArticleResolver {
    /// The end of a run of name words starting at `i`.
    func nameRun(at i: Int, limit b: Int) -> Int {
        var j = i + 1
        while j < b {
            let t = tokens[j]
            if tokens[j - 1].isPossessive { break }
            if t.gap == .glued { break }
            if t.gap == .hyphen && (t.isLower || t.flags.contains(.digit)) {
                j += 1
                continue
            }
            if t.isLower {
                if Lexicon.nameParticles.contains(t.key), j + 1 < b, isNameToken(tokens[j + 1]) {
                    j += 2
                    continue
                }
                break
            }
            guard isNameToken(t) else { break }
            // "… of Norvia H.E. Ivo Brandt": an honorific opens a name of its own (ArticleResolver+Honorifics).
            if t.isAllCaps || Self.personHonorifics.contains(t.key), addressOpens(at: j, limit: b) { break }
            if let m = index.match(tokens, at: j, limit: b), !placeWordClosesName(i, j, m, limit: b) { break }
            // "Hassan Sheikh Mohamud": an honorific inside a name (Rules/PersonMidNameHonorifics).
            if honorificInsideName(i, j, limit: b) {
                j += 1
                continue
            }
            if acronymBeforeTitle(i, j, limit: b) { break }
            if title(at: j, limit: b) != nil && Lexicon.officeHeads.contains(t.key) { break }
            j += 1
        }
        return j
    }

    /// The country or place word at `j` (the table match `m`) is the family name that closes a
    /// person's two-word name begun at `i`: "Luis Montenegro", "Finance Minister Petar Mali". The
    /// word before is a common given name or follows a title, the match is that one word, and
    /// no capitalised word follows it; "troops from Mali", "Paris and Mali", "Luis Montenegro
    /// Vidal" (a longer run) and "Minister Abe Samoa's thanks" (no given name, a possessive) are
    /// read as before.
    func placeWordClosesName(_ i: Int, _ j: Int, _ m: (end: Int, hit: AliasIndex.Hit), limit b: Int) -> Bool {
        guard j == i + 1, m.end == j + 1, !m.hit.demonym, tokens[j].gap == .space, !tokens[j].isAllCaps,
            !tokens[i].isAllCaps, !tokens[i].isPossessive
        else { return false }
        let type = index.entries[m.hit.entry].type
        guard type == .country || type == .place else { return false }
        if m.end < b, tokens[m.end].gap == .space, tokens[m.end].isCap, !tokens[j].isPossessive { return false }
        let given = Self.commonGivenNames.contains(tokens[i].key)
        let titled = i > 0 && tokens[i].gap == .space && Lexicon.titleHeads.contains(tokens[i - 1].key)
        // "Prime Minister Abe Samoa's thanks": after a title alone, a country's possessive is
        // the country's.
        return (given || titled && !tokens[j].isPossessive) && index.match(tokens, at: i, limit: b) == nil
    }

    /// Word starts of a run: tokens that are not hyphen continuations or particles.
    func words(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(r.count)
        var k = r.lowerBound
        while k < r.upperBound {
            var e = k + 1
            while e < r.upperBound, tokens[e].gap == .hyphen, tokens[e].isLower || tokens[e].flags.contains(.digit) {
                e += 1
            }
            if !(tokens[k].isLower) { out.append(k..<e) }
            k = e
        }
        return out
    }

    mutating func classifyRun(
        _ r: Range<Int>, ctx: Context, prep: Bool, sentenceInitial: Bool, sentence si: Int,
        headline: Bool, attributive: Bool
    ) {
        // "… investing in Brenh": a word cut off by the end of the text (ArticleResolver+TruncatedEnds).
        if cutOffAtTextEnd(r) { return }
        // "Speaker of the Vexmoor Hana Ortiz": the complement, then the holder's name
        // (ArticleResolver+HolderNames).
        // "Ambassador of Norvia H.E. Ivo Brandt": the complement ends before the form of address.
        if ctx.titled, followsTitleComplement(r), r.upperBound < tokens.count,
            addressOpens(at: r.upperBound, limit: tokens.count)
        {
            classifyRun(
                r, ctx: Context(), prep: false, sentenceInitial: sentenceInitial, sentence: si, headline: headline,
                attributive: attributive)
            return
        }
        if !attributive, followsTitleComplement(r), let s = holderNameStart(in: r) {
            classifyRun(
                r.lowerBound..<s, ctx: Context(), prep: false, sentenceInitial: sentenceInitial, sentence: si,
                headline: headline, attributive: false)
            var named = ctx
            named.titled = true
            classifyRun(
                s..<r.upperBound, ctx: named, prep: false, sentenceInitial: false, sentence: si, headline: headline,
                attributive: false)
            return
        }
        // "El-Sisi", "Al-Sudani": the name after a capitalised particle glued by a hyphen is the
        // word to resolve (the particle is no given name).
        if r.count == 2, tokens[r.lowerBound].isCap, Lexicon.nameParticles.contains(tokens[r.lowerBound].key),
            tokens[r.lowerBound + 1].gap == .hyphen, tokens[r.lowerBound + 1].isCap
        {
            classifyRun(
                (r.lowerBound + 1)..<r.upperBound, ctx: ctx, prep: prep, sentenceInitial: false, sentence: si,
                headline: headline, attributive: attributive)
            return
        }
        // "Vendrel, the country's largest bank", "the ruling Unity Pact", "Saldera-based".
        if !ctx.titled, let type = contextType(r, attributive: attributive) {
            addTypedRun(r, type: type, sentence: si, headline: headline)
            return
        }
        // "at the Vexmoor Guest House": a venue by its head (ArticleResolver+VenueHeads).
        if !ctx.titled, !attributive, venueHeadPlace(r, sentence: si) {
            addTypedRun(r, type: .place, sentence: si, headline: headline)
            return
        }
        let ws = words(r)
        guard !ws.isEmpty else { return }
        // "the chief convener of Tarsana Jotiya", "the Tarsana Jotiya held a rally": the body, not a person.
        if !ctx.titled, !attributive, memberOfBody(r, ws) || collectiveSubject(r, ws) || bankName(r) {
            addTypedRun(r, type: .organization, sentence: si, headline: headline)
            return
        }
        func singles() {
            var owner: Int? = nil
            if ws.count >= 2 && ws.count <= 4 && !tokens[r].contains(where: { $0.isAllCaps }) {
                owner = items.count
                items.append(
                    Item(
                        kind: .pendingRun(id: NameTokenizer.slug(personName(r))), first: r.lowerBound,
                        end: r.upperBound, sentence: si, headline: headline))
            }
            for (n, w) in ws.enumerated() {
                var item = Item(kind: .single, first: w.lowerBound, end: w.upperBound, sentence: si, headline: headline)
                item.sentenceInitial = sentenceInitial && n == 0
                item.placePreposition = prep && n == 0 && ws.count == 1
                if ws.count == 1 {
                    item.role = ctx.role
                    item.titled = ctx.titled
                    item.affiliation = ctx.affiliation
                }
                item.end = w.upperBound
                item.partOf = owner
                // Only the first token of a hyphenated word can be a back-reference.
                if w.count > 1 && !(tokens[w.lowerBound + 1].flags.contains(.digit)) { continue }
                items.append(item)
            }
        }
        if ws.count == 1 || attributive || nameWordCount(ws) > 4
            || tokens[r].contains(where: { $0.flags.contains(.caseless) })
        {
            if !attributive { singles() }
            return
        }
        if tokens[r].contains(where: { Lexicon.eventWords.contains($0.key) }) {
            singles()
            return
        }
        // "Norvia Unity Front (NUF)": a body.
        if namedByAcronym(r) {
            singles()
            return
        }
        var person = ctx.titled
        var item = Item(kind: .single, first: r.lowerBound, end: r.upperBound, sentence: si, headline: headline)
        item.role = ctx.role
        item.titled = ctx.titled
        item.affiliation = ctx.affiliation
        if appositive(after: r.upperBound - 1, into: &item) { person = true }
        if !person, namedAfterTitle(r, into: &item) { person = true }
        if !person, coordinatedWithPerson(r) { person = true }
        if !person, personCue(r) || possessiveOfPerson(r) || afterPluralDemonym(r) || ageAppositive(r) { person = true }
        if !person, r.upperBound < tokens.count, tokens[r.upperBound].gap == .space, tokens[r.upperBound].isLower,
            Lexicon.speechVerbs.contains(tokens[r.upperBound].key), !tokens[r.upperBound - 1].isPossessive
        {
            person = true
        }
        var place = false
        if !person && prep { place = true }
        // A listed city, state or province with nothing stronger (ArticleResolver+GazetteerPlaces).
        if !person && !place && gazetteerPlace(r) { place = true }
        if !person && !place && familyShape(ws) { person = true }
        if !person && !place && (givenNameFirst(ws) && onlyNameWords(r) || meetingObject(r)) { person = true }
        if !person && !place && !sentenceInitial && nameShaped(r, ws, sentence: si, headline: headline) {
            person = true
        }
        // A run that starts with a stopword (sentence-initial "The …") is not a name, unless a
        // title opens it ("President Per Halvorsen": Rules/PersonGivenNames).
        if Lexicon.stopwords.contains(tokens[r.lowerBound].key),
            !(ctx.titled && stopwordOpensTitledName(at: r.lowerBound, limit: r.upperBound))
        {
            person = false
            place = false
        }
        guard person || place else {
            singles()
            return
        }
        if person {
            // "Barrister Omar Ali Shah": an office the table does not know is no part of the name.
            var r = r
            if let s = nameStartAfterUnknownTitle(r, ws, titled: ctx.titled) {
                r = s..<r.upperBound
                item.first = s
            }
            let name = personNameUnglued(r)
            let id = NameTokenizer.slug(name)
            // "K. P. Sharma Oli" for the table's "KP Sharma Oli": initials apart or together.
            if let e = index.byID[id] ?? index.byID[NameVariantKeys.joinedInitials(id)]
                ?? index.person(spelledLike: name)
            {
                item.kind = .table(entry: e, demonym: false)
            } else {
                item.kind = .discovered(type: .person, id: id, name: name)
            }
        } else {
            let name = surface(r)
            let id = NameTokenizer.slug(name)
            if let e = index.byID[id] {
                item.kind = .table(entry: e, demonym: false)
            } else {
                item.kind = .discovered(type: .place, id: id, name: name)
            }
        }
        items.append(item)
    }

    /// "Kim Jong-un", "Sun Weidong": a known family name, then romanised syllables; the family
    /// name is followed by a space, not a hyphen ("Kim-Xi" is two people).
    func familyShape(_ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 3 else { return false }
        guard tokens[ws[0].lowerBound].isCap, !tokens[ws[0].lowerBound].isAllCaps, ws[0].count == 1 else {
            return false
        }
        guard tokens[ws[1].lowerBound].gap == .space else { return false }
        return familyFirst(ws)
    }

    /// `AliasIndex.familyFirst` of the words' normalised forms, with its first test (a known
    /// family name first) made on the first token's key before any string is built: the key of
    /// a token is the key of its normalised form.
    func familyFirst(_ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 4, Lexicon.familyFirst.contains(tokens[ws[0].lowerBound].key) else {
            return false
        }
        // The other words' hyphen-separated parts are their tokens' normalised forms: each
        // must be romanised syllables.
        var part: [UInt8] = []
        part.reserveCapacity(16)
        for w in ws.dropFirst() {
            for k in w {
                part.removeAll(keepingCapacity: true)
                NameTokenizer.appendNormalized(text, tokens[k], to: &part)
                if !part.withUnsafeBufferPointer({ Lexicon.isSyllabic($0) }) { return false }
            }
        }
        return true
    }

    /// Display name of a discovered person: words title-cased, hyphenated lowercase syllables
    /// as words ("Pak Myong-ho" → "Pak Myong Ho").
    func personName(_ r: Range<Int>) -> String {
        // One byte buffer; a word in ASCII changes case on its bytes, any other word the
        // String way.
        var out: [UInt8] = []
        out.reserveCapacity(r.isEmpty ? 0 : tokens[r.upperBound - 1].end - tokens[r.lowerBound].start + 4)
        for k in r {
            if k > r.lowerBound { out.append(0x20) }
            let t = tokens[k]
            let w = out.count
            out += text[t.start..<t.end]
            if out[w...].allSatisfy({ $0 < 0x80 }) {
                // "KIM" → "Kim"; a regnal number stays: "Abdullah II".
                if t.isAllCaps, out.count > w + 1, !out[w...].allSatisfy({ $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }) {
                    for n in (w + 1)..<out.count { out[n] = ByteClass.lower(out[n]) }
                }
                if t.isLower && t.gap == .hyphen, w < out.count, ByteClass.isLower(out[w]) { out[w] -= 0x20 }
            } else {
                var s = String(decoding: out[w...], as: UTF8.self)
                if t.isAllCaps, !s.allSatisfy({ "IVX".contains($0) }) { s = s.prefix(1) + s.dropFirst().lowercased() }
                if t.isLower && t.gap == .hyphen { s = s.prefix(1).uppercased() + s.dropFirst() }
                out.removeSubrange(w...)
                out += s.utf8
            }
            if t.isLower && Lexicon.nameParticles.contains(t.key) { continue }
            if k + 1 < r.upperBound, afterInitial(k + 1) { out.append(0x2E) }  // "Dana K. Ruiz"
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a token range with runs of white space collapsed.
    func surface(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let raw = text[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end]
        var out: [UInt8] = []
        var space = false
        for b in raw {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = true
            } else {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
