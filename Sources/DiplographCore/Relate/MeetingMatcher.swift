/// The meeting patterns of one sentence, over its tokens.
struct MeetingMatcher {
    let t: [MToken]
    let sentence: Int
    let article: ArticleContext
    private var out: [MeetingFinding] = []
    /// The subject of the last verb clause and where its objects ended: "X met A *and held
    /// talks with B*" gives the second verb X.
    private var lastClause: (subject: Subject, objectsEnd: Int)?
    private typealias L = MeetingLexicon

    init(tokens: [MToken], sentence: Int, article: ArticleContext) {
        self.t = tokens
        self.sentence = sentence
        self.article = article
    }

    mutating func findings() -> [MeetingFinding] {
        out = []
        lastClause = nil
        for i in t.indices where t[i].kind == .word {
            let w = t[i].word
            // One lookup tells which patterns the word may start; most words start none.
            guard let k = L.triggers[t[i].key] else { continue }
            if k.contains(.meet) { meetVerb(i) }
            if k.contains(.hold) { holdVerb(i) }
            if k.contains(.speak) { speakVerb(i) }
            if k.contains(.exchange) { exchangeVerb(i) }
            if k.contains(.host) { objectVerb(i, kind: .report, status: .held) }
            if k.contains(.told) { objectVerb(i, kind: .told, status: .held) }
            if k.contains(.invite) { objectVerb(i, kind: .report, status: .planned) }
            if k.contains(.noun) { meetingNoun(i) }
            if w == "meeting", let p = word(i - 1), L.copulas.contains(p) { meetVerb(i) }
            if k.contains(.with), let tail = L.withPhrases[w.key], phrase(i + 1, tail) {
                verbClause(i, objectsAt: i + 1 + tail.count, status: .held, intransitive: false)
            }
            if k.contains(.paid) { paidVerb(i) }
            if k.contains(.discuss) { discussVerb(i) }
            if k.contains(.called), isWord(i + 1, "on") { calledOn(i) }
        }
        return out
    }

    // MARK: Token helpers

    private func word(_ i: Int) -> Word? {
        i >= 0 && i < t.count && t[i].kind == .word ? t[i].word : nil
    }

    private func isWord(_ i: Int, _ w: Word) -> Bool { word(i) == w }

    /// The words of `phrase` from token `i` on.
    private func phrase(_ i: Int, _ phrase: [Word]) -> Bool {
        phrase.indices.allSatisfy { isWord(i + $0, phrase[$0]) }
    }

    private var isHeadline: Bool { article.isHeadline(sentence: sentence) }

    private func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].mark == p
    }

    /// The lowercased text of word `i` without a possessive "'s" (for the rare paths that
    /// compare with role strings).
    private func lowercasedWord(_ i: Int) -> String {
        var r = t[i].range
        if t[i].possessive {
            r = r.lowerBound..<(r.upperBound - (SentenceTokenizer.trailingPossessive(article.text, r) ?? 0))
        }
        return String(decoding: article.text[r], as: UTF8.self).lowercased()
    }

    private func isPerson(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].isPerson }

    private func id(_ i: Int) -> String { article.r.entities[t[i].entity].id }

    private var sentenceHasPhoneWords: Bool {
        t.contains { $0.kind == .word && ($0.word == "phone" || $0.word == "telephone" || $0.word == "video") }
    }

    /// A token that may stand inside a name phrase: a title word, a capitalised word, a
    /// non-person entity ("Chinese", "North Korea's"), or "-" / ".".
    private func isTitleToken(_ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let tok = t[i]
        switch tok.kind {
        case .entity: return tok.type != .person
        case .punct: return tok.mark == "-" || tok.mark == "."
        case .word: return tok.capitalized || L.titleWords.contains(tok.word)
        }
    }

    // MARK: Subjects and objects

    struct Subject {
        var people: [Int]
        /// Token index where the subject phrase starts.
        var start: Int
        var planned = false
        var negative = false
    }

    /// The subject of the verb at `v`: a person right before it (after auxiliaries, adverbs
    /// and an appositive between commas), coordinated subjects ("X and Y"), or "she"/"he"
    /// resolved to the one person of the sentence before it (or of the previous sentence).
    private func subject(before v: Int) -> Subject? {
        var j = v - 1
        // X and Y “exchanged views …”: a quotation that opens on the verb.
        if isPunct(j, "\""), t[j].range.upperBound == t[v].range.lowerBound { j -= 1 }
        var planned = false
        var negative = false
        var skipped = 0
        while j >= 0, skipped < 7 {
            // "X on Wednesday at Al Harta Palace received …": a place between subject and verb.
            if let start = placeAdverbialStart(endingAt: j) {
                j = start - 1
                skipped += 1
                continue
            }
            guard t[j].kind == .word, !t[j].possessive else { break }
            let w = t[j].word
            if let start = timeAdverbialStart(endingAt: j) {
                j = start - 1
                skipped += 1
                continue
            }
            if L.negativeWords.contains(w) || t[j].shape.contains(.nt) {
                negative = true
            } else if L.plannedWords.contains(w) {
                planned = true
            } else if !(L.auxiliaryWords.contains(w)
                || (t[j].shape.contains(.ly) && t[j].letters > 3 && !t[j].capitalized))
            {
                break
            }
            j -= 1
            skipped += 1
        }
        guard j >= 0 else { return nil }
        // "Sultan X of Oman held talks": the person before the country.
        if t[j].kind == .entity, t[j].type == .country, !t[j].possessive {
            let of = isWord(j - 1, "of") ? j - 1 : (isWord(j - 1, "the") && isWord(j - 2, "of") ? j - 2 : -1)
            if of > 0, isPerson(of - 1), !t[of - 1].possessive { j = of - 1 }
        }
        var head: Int?
        if let (p, start) = roleReferent(endingAt: j) {
            // "The president received …": the article's one president.
            return Subject(people: [p], start: start, planned: planned, negative: negative)
        } else if isPerson(j) && !t[j].possessive {
            if complementOfNoun(j) { return nil }
            head = j
        } else if let w = word(j), L.pronounsSubject.contains(w) {
            // "he received A and later he received B": the second "he" is the first one.
            let first = (0..<j).first { isWord($0, w) } ?? j
            guard let a = antecedent(before: first, excluding: []) else { return nil }
            return Subject(people: [a], start: j, planned: planned, negative: negative)
        } else if let w = word(j), L.pairNouns.contains(w), isWord(j - 1, "two"), isWord(j - 2, "the"),
            j == 2 || isPunct(j - 3, ",")
        {
            // "The two ministers met": the two people of the sentence before.
            let pair = article.people(inSentence: sentence - 1)
            guard pair.count == 2, !(0..<j).contains(where: { isPerson($0) }) else { return nil }
            return Subject(people: pair, start: j - 2, planned: planned, negative: negative)
        } else if isWord(j, "two"), isWord(j - 1, "the") {
            // "… between X and Y when the two met": the two people named before in the sentence,
            // or, when it names nobody before, those of the sentence before.
            let before = distinctPeople(before: j - 1)
            let pair = before.isEmpty ? article.people(inSentence: sentence - 1) : before
            guard pair.count == 2 else { return nil }
            return Subject(people: pair, start: j - 1, planned: planned, negative: negative)
        } else if isWord(j, "who"), isPunct(j - 1, ","), isPerson(j - 2), !t[j - 2].possessive {
            head = j - 2  // "Xi, who met Kim on Sunday, said …"
        } else if isPunct(j, ","), isPerson(j - 1), !t[j - 1].possessive, titleComma(j - 2) {
            head = j - 1  // "Norvian President, Tomas Varga, met …"
        } else if isPunct(j, ",") || isPunct(j, ")") {
            // An appositive: "X, North Korea's foreign minister, met …"
            let open: Unicode.Scalar = isPunct(j, ")") ? "(" : ","
            var k = j - 1
            while k >= 0, j - k < 40, !isPunct(k, open) {
                if isPerson(k) { return nil }
                k -= 1
            }
            if k >= 1, isPunct(k, open), isPerson(k - 1), !t[k - 1].possessive { head = k - 1 }
        }
        guard let h = head else { return nil }
        var people = [t[h].entity]
        var start = h
        // Coordination back: "President Xi and Chairman Kim", "A, B and C".
        var cur = h
        while true {
            var g = cur - 1
            while g >= 0, isTitleToken(g), !(t[g].kind == .word && t[g].word == "and") { g -= 1 }
            start = min(start, g + 1)
            guard g >= 1, isWord(g, "and") || isPunct(g, ",") else { break }
            var h2 = g - 1
            while h2 >= 0, isTitleToken(h2), !isPerson(h2), !isPunct(h2, ","), !isWord(h2, "and") { h2 -= 1 }
            guard h2 >= 0, isPerson(h2), !t[h2].possessive else { break }
            // "A, B met" without "and" is an apposition, not a list: require an "and" somewhere.
            people.append(t[h2].entity)
            cur = h2
            start = h2
        }
        // "A, B met" is an apposition in running text; headlines drop the "and" ("Kim, Putin hold talks").
        if people.count > 1, !hasAnd(from: start, to: h), !isHeadline {
            people = [t[h].entity]
            start = h
        }
        return Subject(people: people, start: start, planned: planned, negative: negative)
    }

    /// The first token of a time adverbial that ends at token `j`, or nil: "on Sunday", "on
    /// Sunday evening", "on January 30", "on Jan. 30", "on 4 September", "this morning", "last
    /// week", or a bare weekday ("X Sunday held talks"). A lone "today" is an auxiliary already.
    private func timeAdverbialStart(endingAt j: Int) -> Int? {
        guard isTimeWord(j) else { return nil }  // most words: one probe
        var k = j
        var times = 0
        var firstTime = j
        while k >= 0, j - k < 5 {
            if isTimeWord(k) {
                times += 1
                firstTime = k
                k -= 1
            } else if isPunct(k, "."), isTimeWord(k - 1) {
                k -= 1  // "Jan."
            } else {
                break
            }
        }
        guard !(times == 1 && (isWord(j, "today") || isWord(j, "yesterday"))) else { return nil }
        if let w = word(k), L.timeOpeners.contains(w), !t[k].capitalized { return k }
        // Without an opener only a weekday ("Sunday", "Sunday evening") is a time adverbial.
        return word(firstTime).map { L.weekdayWords.contains($0) } ?? false ? firstTime : nil
    }

    /// The first token of a place adverbial that ends at token `j`: "at Al Harta Palace", "in
    /// Kestria", "at the Blue Hall" (a place or organisation after "at" or "in").
    private func placeAdverbialStart(endingAt j: Int) -> Int? {
        guard j >= 1, t[j].kind == .entity, t[j].type == .place || t[j].type == .organization || t[j].type == .country,
            !t[j].possessive
        else { return nil }
        let p = isWord(j - 1, "the") ? j - 2 : j - 1
        guard let w = word(p), w == "at" || w == "in", p >= 1, t[p - 1].kind == .word || t[p - 1].kind == .entity else {
            return nil
        }
        return p
    }

    /// The token after a time adverbial that starts at `i` ("this Monday", "on Tuesday
    /// evening", "on 4 September"), or `i` when there is none.
    private func afterTimeAdverbial(_ i: Int) -> Int {
        guard let w = word(i), L.timeOpeners.contains(w) || L.weekdayWords.contains(w) else { return i }
        var k = L.weekdayWords.contains(w) ? i : i + 1
        var times = 0
        while k < t.count, k - i < 5 {
            if isTimeWord(k) {
                times += 1
                k += 1
            } else if isPunct(k, "."), isTimeWord(k - 1) {
                k += 1
            } else {
                break
            }
        }
        return times > 0 ? k : i
    }

    /// The token after a place adverbial ("in Port Moresby", "at the Blue Hall": "in" or "at",
    /// then a place, country or organisation, or up to three capitalised words) and a time
    /// adverbial, in either order, starting at `i`; `i` when there is none.
    private func afterAdverbials(_ i: Int) -> Int {
        var k = i
        for _ in 0..<2 {
            let t0 = afterTimeAdverbial(k)
            if t0 != k {
                k = t0
                continue
            }
            guard isWord(k, "in") || isWord(k, "at") else { break }
            var p = isWord(k + 1, "the") ? k + 2 : k + 1
            if p < t.count, t[p].kind == .entity, t[p].type != .person {
                p += 1
            } else {
                let start = p
                while p < t.count, p - start < 3, t[p].kind == .word, t[p].capitalized { p += 1 }
                guard p > start else { break }
            }
            k = p
        }
        return k
    }

    /// A weekday, month, part of the day or day of the month.
    private func isTimeWord(_ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word else { return false }
        if ByteClass.isDigit(article.text[t[k].range.lowerBound]) { return t[k].shape.contains(.dayNumber) }
        return L.timeWords.contains(t[k].word)
    }

    /// "the president", "the prime minister", "the Cuban president" ending at token `j`, resolved
    /// to the article's one holder of that office named so far (`ArticleContext.person(role:)`).
    /// Returns the person and the token where the description starts ("the").
    private func roleReferent(endingAt j: Int) -> (Int, Int)? {
        guard j >= 0, j < t.count, t[j].kind == .word, L.roleHeads.contains(t[j].word),
            !t[j].capitalized || j == 0 || isWord(j - 1, "the")
        else { return nil }
        let head = lowercasedWord(j)
        var k = j - 1
        var modifiers: [String] = []
        var country: String?
        while k >= 0, j - k < 5 {
            if let w = word(k), L.roleModifiers.contains(w) {
                modifiers.append(lowercasedWord(k))
                k -= 1
                continue
            }
            if t[k].kind == .entity, t[k].type == .country, !t[k].possessive, country == nil {
                country = id(k)
                k -= 1
                continue
            }
            break
        }
        guard isWord(k, "the") else { return nil }
        guard let p = article.person(role: head, modifiers: modifiers, country: country, upTo: sentence) else {
            return nil
        }
        return (p, k)
    }

    /// True when the person at `p` completes a lowercase noun through "of" and a title: "a
    /// special envoy of the Japanese Prime Minister X", "the wife of President X" (the envoy or
    /// the wife is the subject, not X). "Secretary of State X", "President of Norvia X" and "the
    /// head of the Presidential Administration X" name X.
    private func complementOfNoun(_ p: Int) -> Bool {
        var k = p - 1
        var titled = false
        while k >= 0, isTitleToken(k), !isWord(k, "of") {
            if t[k].kind == .word, L.titleWords.contains(t[k].word), !L.determiners.contains(t[k].word) {
                titled = true
            }
            k -= 1
        }
        guard titled, isWord(k, "of"), k > 0, let head = word(k - 1), !t[k - 1].capitalized else { return false }
        return !L.determiners.contains(head)
    }

    /// The people named before token `j`, one per id, in order.
    private func distinctPeople(before j: Int) -> [Int] {
        var seen = Set<String>()
        return (0..<max(j, 0)).filter { isPerson($0) && seen.insert(id($0)).inserted }.map { t[$0].entity }
    }

    private func hasAnd(from a: Int, to b: Int) -> Bool {
        (max(a, 0)..<max(b, a)).contains { isWord($0, "and") }
    }

    /// People named from token `i` on, after a title gap: "Chinese Foreign Minister Wang Yi",
    /// "President Putin and Russian Foreign Minister Sergei Lavrov", "A, B and C".
    /// Returns the people and the index after the last one.
    private func objects(from i: Int) -> (people: [Int], end: Int)? {
        // A possessive person is part of a title ("Xi's special envoy Li"), not the object; so is
        // a hyphenated modifier ("the independence-leaning Taiwanese President").
        func gapToken(_ k: Int) -> Bool {
            isTitleToken(k) || (isPerson(k) && t[k].possessive)
                || (t[k].kind == .word && (isPunct(k + 1, "-") || isPunct(k - 1, "-")))
        }
        func object(_ k: Int) -> Bool { isPerson(k) && !t[k].possessive }
        var k = i
        var gap = 0
        var delegation = false
        while k < t.count, !object(k), gap < 13 {
            let delegationWord = isWord(k, "delegation") || isWord(k, "delegations")
            if delegationWord { delegation = true }
            // Two titles of one person: "Energy and Water Minister X", "Deputy Prime Minister and
            // Justice Minister Y"; "a delegation led by Z".
            let joined = isWord(k, "and") && k > i && isTitleToken(k + 1) && !isWord(k + 1, "and")
            let led = delegation && (delegationWord || isWord(k, "led") || isWord(k, "headed") || isWord(k, "by"))
            // "National Security Adviser (NSA) X": an acronym in brackets after the title.
            if isPunct(k, "("), k > i, isTitleToken(k - 1), isPunct(k + 2, ")"), !isPerson(k + 1) {
                k += 3
                gap += 3
                continue
            }
            guard gapToken(k) || titleComma(k) || joined || led || titleComplement(k) else { break }
            k += 1
            gap += 1
        }
        guard object(k) else {
            // "met the prime minister": the title names no one after it, so it is a description.
            var h = i
            while h < t.count, h < k, !(word(h).map { L.roleHeads.contains($0) } ?? false) { h += 1 }
            guard h < k, !(h + 1 < t.count && (t[h + 1].capitalized || t[h + 1].kind == .entity)),
                let (p, start) = roleReferent(endingAt: h), start == i
            else { return nil }
            return ([p], h + 1)
        }
        var people = [t[k].entity]
        var end = qualifierEnd(k + 1)
        // `sawAnd`: the current list has had its "and" (it ends with that item); `listed`: some
        // list did ("A and B, as well as with C, D and E" is two lists).
        var sawAnd = false
        var listed = false
        while end < t.count, isWord(end, "and") || isPunct(end, ",") {
            var isAnd = isWord(end, "and")
            var m = end + 1
            if isPunct(end, ","), isWord(m, "and") { m += 1 }
            // "…, as well as (with) D": another list begins.
            if isWord(m, "as"), isWord(m + 1, "well"), isWord(m + 2, "as") {
                m += 3
                if isWord(m, "with") { m += 1 }
                isAnd = false
                sawAnd = false
                listed = true
            }
            var g = 0
            while m < t.count, !object(m), gapToken(m), g < 13 {
                m += 1
                g += 1
            }
            guard object(m) else { break }
            people.append(t[m].entity)
            if isAnd || isWord(end + 1, "and") {
                sawAnd = true
                listed = true
            }
            end = qualifierEnd(m + 1)
            if sawAnd, !(isPunct(end, ",") && isWord(end + 1, "as") && isWord(end + 2, "well")) { break }
        }
        // "A, B" without "and" is an apposition ("Wang Yi, China's top diplomat"): keep A only.
        if people.count > 1 && !listed { return ([people[0]], k + 1) }
        return (people, end)
    }

    /// "to" or "of" inside a title, before its country or portfolio: "Ambassador *to* Kestria",
    /// "Secretary *of* Foreign Affairs *of* Norvia".
    private func titleComplement(_ k: Int) -> Bool {
        guard isWord(k, "to") || isWord(k, "of"), k >= 1 else { return false }
        let p = t[k - 1]
        guard p.kind == .entity || (p.kind == .word && (p.capitalized || L.titleWords.contains(p.word))) else {
            return false
        }
        let n = isWord(k + 1, "the") ? k + 2 : k + 1
        guard n < t.count else { return false }
        return (t[n].kind == .entity && t[n].type == .country) || (t[n].kind == .word && t[n].capitalized)
    }

    /// A comma that sets off a name after its title: "the Norvian top diplomat, Arvo Lindqvist".
    private func titleComma(_ k: Int) -> Bool {
        guard isPunct(k, ","), isPerson(k + 1), !t[k + 1].possessive else { return false }
        if let w = word(k - 1) { return L.titleWords.contains(w) }
        // "the President of Uzbekistan, Shavkat Mirziyoyev": a title, "of", a country.
        guard k >= 3, t[k - 1].kind == .entity, t[k - 1].type == .country, isWord(k - 2, "of") || isWord(k - 3, "of")
        else { return false }
        let before = isWord(k - 2, "of") ? k - 3 : k - 4
        return word(before).map { L.titleWords.contains($0) } ?? false
    }

    /// After a person: "of the Republic of Korea", "of Japan" (a country or organisation) is
    /// part of the person's description; returns the index after it, or `i`.
    private func qualifierEnd(_ i: Int) -> Int {
        guard isWord(i, "of") else { return i }
        var k = i + 1
        if isWord(k, "the") { k += 1 }
        guard k < t.count, t[k].kind == .entity, t[k].type == .country || t[k].type == .organization, !t[k].possessive
        else { return i }
        return k + 1
    }

    /// The one person (by id) mentioned in this sentence before token `j`, not in `excluding`;
    /// when the sentence names nobody before it, the one person of the previous sentence, or,
    /// when that sentence opens with "he" or "she" itself ("He was received by Minister Y. He
    /// held talks …"), of the sentence that pronoun goes back to.
    private func antecedent(before j: Int, excluding: Set<String>) -> Int? {
        var found: Int?
        var foundID: String?
        for k in 0..<j where isPerson(k) {
            let e = id(k)
            if excluding.contains(e) { continue }
            if foundID == nil {
                foundID = e
                found = t[k].entity
            } else if foundID != e {
                return nil
            }
        }
        if let f = found { return f }
        guard !(0..<j).contains(where: { isPerson($0) }) else { return nil }
        var s = sentence - 1
        while s > 0, sentence - s < 4, article.opensWithPronoun(sentence: s) { s -= 1 }
        guard let p = article.onlyPerson(inSentence: s) else { return nil }
        return excluding.contains(article.r.entities[p].id) ? nil : p
    }

    // MARK: Emitting

    private mutating func emit(
        _ kind: MeetingFinding.Kind, _ people: [Int], _ status: MeetingStatus,
        anchor: Int, subjectStart: Int, creates: Bool = false
    ) {
        // At least two distinct people (by id) unless the finding only attaches or extends.
        if kind != .attach && kind != .extend {
            guard let first = people.first else { return }
            let firstID = article.r.entities[first].id
            guard people.contains(where: { article.r.entities[$0].id != firstID }) else { return }
        }
        // Participants are people.
        guard people.allSatisfy({ article.r.entities[$0].type == .person }) else { return }
        out.append(
            MeetingFinding(
                kind: kind, people: people, status: status, anchor: anchor,
                subjectStart: subjectStart, createsMeeting: creates))
    }

    /// Subject + verb + objects (or coordinated subjects alone when `intransitive`).
    private mutating func verbClause(
        _ v: Int, objectsAt o: Int?, status: MeetingStatus,
        kind: MeetingFinding.Kind = .report, intransitive: Bool, anchor: Int? = nil
    ) {
        guard let subj = subject(before: v) ?? sharedSubject(before: v) else { return }
        if subj.negative { return }
        var status = status
        // "… one week before X sits down with Y", "until X meets Y": a present tense after
        // "before" or "until" is a meeting still to come.
        if status != .planned, let c = word(subj.start - 1), c == "before" || c == "until",
            word(v) != nil, t[v].shape.contains(.s)
        {
            guard kind == .report else { return }
            status = .planned
        }
        if subj.planned {
            guard kind == .report else { return }
            status = .planned
        }
        let obj = o.flatMap { objects(from: $0) }
        if let obj {
            lastClause = (subj, obj.end)
            var st = status
            if st != .planned, phoneAfter(obj.end) || (kind == .told && meetingFrame() == .phone) { st = .phone }
            // "X hosted A of one country and B of another": one meeting of the three delegations,
            // unless the sentence says the meetings were separate. "X met President A and Foreign
            // Minister B" of one country: one delegation, so X's meeting with each.
            if subj.people.count == 1
                && (obj.people.count == 1 || kind != .report || separately || !distinctSides(obj.people))
            {
                for p in obj.people {
                    emit(
                        kind, subj.people + [p], st, anchor: anchor ?? v, subjectStart: subj.start,
                        creates: creates(kind))
                }
            } else {
                emit(
                    kind, subj.people + obj.people, st, anchor: anchor ?? v, subjectStart: subj.start,
                    creates: creates(kind))
            }
        } else if intransitive, subj.people.count >= 2 {
            emit(kind, subj.people, status, anchor: anchor ?? v, subjectStart: subj.start)
        }
    }

    /// The subject of a verb phrase joined by "and" (or "and also") right after the objects of
    /// the clause before: "X met A and held talks with B".
    private func sharedSubject(before v: Int) -> Subject? {
        guard let last = lastClause else { return nil }
        var a = v - 1
        if isWord(a, "also") || isWord(a, "later") || isWord(a, "then") { a -= 1 }
        guard isWord(a, "and"), a == last.objectsEnd || (isPunct(last.objectsEnd, ",") && a == last.objectsEnd + 1)
        else { return nil }
        return last.subject
    }

    /// True when every person has a known affiliation and no two share one.
    private func distinctSides(_ people: [Int]) -> Bool {
        var seen = Set<String>()
        for p in people {
            guard let a = article.r.entities[p].affiliation, seen.insert(a).inserted else { return false }
        }
        return true
    }

    /// "separately", "respectively", "in turn", "bilateral meetings", "as well as with": several
    /// objects met one by one.
    private var separately: Bool {
        t.indices.contains { k in
            guard t[k].kind == .word else { return false }
            let w = t[k].word
            return w == "separately" || w == "respectively" || w == "individually" || w == "turn"
                || (w == "bilateral" && (isWord(k + 1, "meetings") || isWord(k + 1, "talks")))
                || (w == "well" && isWord(k - 1, "as") && isWord(k + 1, "as") && isWord(k + 2, "with"))
        }
    }

    /// "X told Y" reports a meeting by itself only inside a framed one: "during the talks",
    /// "at their meeting", "in a phone call".
    private func creates(_ kind: MeetingFinding.Kind) -> Bool {
        kind == .told && meetingFrame() != nil
    }

    /// The status of the meeting that frames the sentence ("during the talks": held; "in a
    /// phone call": phone), or nil when there is none.
    private func meetingFrame() -> MeetingStatus? {
        for i in t.indices {
            guard let w = word(i), L.meetingNouns.contains(w) else { continue }
            var k = i - 1
            var phone = w == "call" || w == "calls"
            while let m = word(k), L.phoneWords.contains(m) {
                phone = true
                k -= 1
            }
            guard let d = word(k), L.determiners.contains(d) || L.pronounsPossessive.contains(d) || d == "their" else {
                continue
            }
            if let p = word(k - 1), L.framingWords.contains(p) { return phone ? .phone : .held }
        }
        return nil
    }

    /// "… by phone", "… over the phone", "… by telephone" right after the objects.
    private func phoneAfter(_ i: Int) -> Bool {
        guard let w = word(i), w == "by" || w == "over" || w == "on" || w == "via" else { return false }
        var k = i + 1
        if isWord(k, "the") || isWord(k, "a") { k += 1 }
        return word(k).map { L.phoneWords.contains($0) } ?? false
    }

    /// Skips adverbs ending in -ly.
    private func skipAdverbs(_ i: Int) -> Int {
        var k = i
        while word(k) != nil, t[k].shape.contains(.ly), t[k].letters > 3, !t[k].capitalized { k += 1 }
        return k
    }

    // MARK: Verb patterns

    /// "X met (with) Y", "X and Y met", "X was met by Y".
    private mutating func meetVerb(_ v: Int) {
        var o = skipAdverbs(v + 1)
        if isWord(o, "with") || isWord(o, "by") { o += 1 }
        // "meet" as a bare verb with no modal is rare outside headlines; the subject scan decides.
        verbClause(v, objectsAt: o, status: .held, intransitive: true)
    }

    /// "X held (a / the first / phone) talks with Y", "X and Y held talks".
    private mutating func holdVerb(_ v: Int) {
        var k = v + 1
        var phone = false
        var steps = 0
        while k < t.count, steps < 5 {
            if isPunct(k, "-") {
                k += 1
                steps += 1
                continue
            }
            guard let w = word(k) else { return }
            if L.meetingNouns.contains(w) { break }
            if phone, w == "talk" { break }  // "a phone talk", "a telephone talk"
            if t[k].capitalized, !L.phoneWords.contains(w) { return }
            if L.modifierStops.contains(w) || L.plannedModifiers.contains(w) || L.negativeModifiers.contains(w) {
                return
            }
            if L.phoneWords.contains(w) { phone = true }
            k += 1
            steps += 1
        }
        guard let n = word(k), L.meetingNouns.contains(n) || (phone && n == "talk") else { return }
        if n == "call" || n == "calls" || n == "videoconference" { phone = true }
        let status: MeetingStatus = phone ? .phone : .held
        var w = afterAdverbials(k + 1)
        // "held a phone call, the first of its kind, with Y": an appositive between noun and "with".
        if let c = appositiveEnd(w), isWord(c, "with") { w = c }
        if isWord(w, "with") {
            verbClause(v, objectsAt: w + 1, status: status, intransitive: false)
        } else {
            verbClause(v, objectsAt: nil, status: status, intransitive: true)
        }
    }

    /// The token after a short appositive of words set off by commas from token `i` (", the first
    /// in a decade,"), or nil.
    private func appositiveEnd(_ i: Int) -> Int? {
        guard isPunct(i, ",") else { return nil }
        var k = i + 1
        while k < t.count, k - i <= 10, t[k].kind == .word { k += 1 }
        return k > i + 1 && isPunct(k, ",") ? k + 1 : nil
    }

    /// "X paid a courtesy call on Y", "X paid introductory calls on Y", "X paid a visit to Y": in
    /// person, whatever "call" says; the object must be a person ("paid a visit to the port" names
    /// nobody).
    private mutating func paidVerb(_ v: Int) {
        var k = v + 1
        while let w = word(k), k - v <= 4, !L.paidObjects.contains(w), !L.modifierStops.contains(w), !t[k].capitalized {
            k += 1
        }
        guard let w = word(k), L.paidObjects.contains(w), isWord(k + 1, "on") || isWord(k + 1, "to") else { return }
        verbClause(v, objectsAt: k + 2, status: .held, intransitive: false)
    }

    /// "X discussed with Y", "X and Y discussed …". Named people only: "the two delegations
    /// discussed …" says what was discussed, not who met.
    private mutating func discussVerb(_ v: Int) {
        // "A summit between X and Y was discussed": passive, the summit is what was discussed.
        if let b = word(v - 1), L.copulas.contains(b) || b == "be" || b == "been" || b == "being" { return }
        guard let subj = subject(before: v), isPerson(subj.start) || isTitleToken(subj.start),
            !isWord(subj.start, "the")
        else { return }
        verbClause(v, objectsAt: discussionWith(after: v).map { $0 + 1 }, status: .held, intransitive: true)
    }

    /// The "with" of a discussion, right after the verb or after its topic: "X discussed with Y",
    /// "X discussed ways to deepen trade with Y". Only words may stand between: no punctuation,
    /// name, clause word or pronoun; and a relation noun before "with" keeps it: "X discussed
    /// relations with Y" is about Y.
    private func discussionWith(after v: Int) -> Int? {
        var k = v + 1
        while k < t.count, k - v <= 16 {
            if isWord(k, "with") {
                if k > v + 1, let n = word(k - 1), L.relationNouns.contains(n) { return nil }
                return k
            }
            guard let w = word(k), !L.clauseCuts.contains(w), !L.modifierStops.contains(w) || L.topicLinks.contains(w)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// "X called on Y" (a courtesy call): held. "X called on Y to resign" is an appeal.
    private mutating func calledOn(_ v: Int) {
        guard let obj = objects(from: v + 2), !isWord(obj.end, "to") else { return }
        verbClause(v, objectsAt: v + 2, status: .held, intransitive: false)
    }

    /// "X spoke by phone with Y", "X spoke with Y by phone", "X and Y talked by telephone".
    private mutating func speakVerb(_ v: Int) {
        var k = v + 1
        var phone = false
        if phoneAfter(k) {
            phone = true
            k += 2
            if isWord(k - 1, "the") || isWord(k - 1, "a") { k += 1 }
        }
        if isWord(k, "with") || isWord(k, "to") {
            guard let obj = objects(from: k + 1) else { return }
            if !phone && !phoneAfter(obj.end) {
                // "X talked with Y": a conversation, in person unless a phone is named; "spoke
                // with" as often reports an interview or a call, so it needs the phone.
                if let w = word(v), L.talkVerbs.contains(w) {
                    verbClause(v, objectsAt: k + 1, status: .held, intransitive: false)
                }
                return
            }
            verbClause(v, objectsAt: k + 1, status: .phone, intransitive: false)
        } else if phone {
            verbClause(v, objectsAt: nil, status: .phone, intransitive: true)
        }
    }

    /// "X and Y exchanged views", "X exchanged opinions with Y".
    private mutating func exchangeVerb(_ v: Int) {
        var k = v + 1
        while let w = word(k), !L.exchangeObjects.contains(w), k - v < 4, !L.modifierStops.contains(w) { k += 1 }
        guard let w = word(k), L.exchangeObjects.contains(w) else { return }
        if isWord(k + 1, "with") {
            verbClause(v, objectsAt: k + 2, status: .held, intransitive: false)
        } else {
            verbClause(v, objectsAt: nil, status: .held, intransitive: true)
        }
    }

    /// "Y welcomed X", "X told Y", "X invited Y"; passive "X was received by Y".
    private mutating func objectVerb(_ v: Int, kind: MeetingFinding.Kind, status: MeetingStatus) {
        var o = v + 1
        if isWord(o, "by") { o += 1 }
        // "received a (phone) call from Y"
        if kind == .report, status == .held, isWord(o, "a") || isWord(o, "an") {
            var k = o + 1
            var phone = false
            while let w = word(k), L.phoneWords.contains(w) || w == "brief" || w == "courtesy" {
                if L.phoneWords.contains(w) { phone = true }
                if w == "call" || w == "calls" { break }
                k += 1
            }
            // "received a courtesy call from Y": a visit in person.
            let courtesy = isWord(k - 1, "courtesy")
            if phone || courtesy, isWord(k, "call") || isWord(k, "calls"), isWord(k + 1, "from") {
                verbClause(v, objectsAt: k + 2, status: phone && !courtesy ? .phone : .held, intransitive: false)
            }
            return
        }
        // The object must follow directly (after titles and a time or place adverbial:
        // "received this Monday the minister", "received at the airport President X"):
        // "received the award" names nobody.
        verbClause(v, objectsAt: afterAdverbials(o), status: status, kind: kind, intransitive: false)
    }

    // MARK: Noun patterns

    /// Patterns around a meeting noun at `n`.
    private mutating func meetingNoun(_ n: Int) {
        let noun = t[n].word
        // Modifiers back to the owner: "Choe's earlier talks", "a long-anticipated meeting",
        // "her first one-on-one meeting", "the Kim-Xi summit".
        var k = n - 1
        var modifiers: [Word] = [noun]
        var steps = 0
        while k >= 0, steps < 9 {
            if isPunct(k, "-") {
                k -= 1
                steps += 1
                continue
            }
            guard t[k].kind == .word, !t[k].possessive, !t[k].capitalized || k == 0 else { break }
            let w = t[k].word
            modifiers.append(w)
            if L.modifierStops.contains(w) || L.pronounsPossessive.contains(w) || w == "their"
                || L.determiners.contains(w)
            {
                break
            }
            k -= 1
            steps += 1
        }
        // k is the owner position: a possessive entity, a pronoun / determiner word, or something else.
        let ownerWord = word(k)
        let phone = modifiers.contains { L.phoneWords.contains($0) } && !modifiers.contains("courtesy")
        var status: MeetingStatus = phone ? .phone : .held
        if modifiers.contains(where: { L.negativeModifiers.contains($0) }) { return }
        // "Park-Xi summit to focus on …": in a headline, "to" after the noun is still to come.
        if modifiers.contains(where: { L.plannedModifiers.contains($0) }) || plannedContext(before: n) || ahead(of: k)
            || (isHeadline && isWord(n + 1, "to"))
        {
            status = .planned
        }

        // The X-Y summit.
        if let pair = hyphenPair(endingAt: n - 1) {
            emit(.report, pair, status, anchor: n, subjectStart: n)
        }

        // "… N with Y", "… N in Kestria with Y"
        let with = afterAdverbials(n + 1)
        if isWord(with, "with"), let obj = objects(from: with + 1) {
            let objIDs = Set(obj.people.map { article.r.entities[$0].id })
            var owner: Int?
            var cataphoric = false
            if k >= 0, isPerson(k), t[k].possessive {
                owner = t[k].entity
            } else if let w = ownerWord, L.pronounsPossessive.contains(w) || L.determiners.contains(w) {
                if framesSentence(k - 1) {
                    cataphoric = true
                } else if L.pronounsPossessive.contains(w) {
                    owner = antecedent(before: k, excluding: objIDs)
                } else if let v = word(k - 1), L.meetingFrameVerbs.contains(v), let subj = subject(before: k - 1),
                    subj.people.count == 1, !subj.negative, !objIDs.contains(article.r.entities[subj.people[0]].id)
                {
                    // "X told a meeting with Y", "X attended talks with Y".
                    owner = subj.people[0]
                    if subj.planned { status = .planned }
                } else if isWord(k - 1, "at") || isWord(k - 1, "during"), let s = sentenceSubject(),
                    !objIDs.contains(article.r.entities[s].id)
                {
                    // "He announced the plan at a meeting with Y": the sentence's subject met Y.
                    owner = s
                }
            } else if framesSentence(k) && modifiers.count <= 2 {
                cataphoric = true  // "During talks with X, Y …"
            }
            if cataphoric { owner = mainSubject(after: obj.end, excluding: objIDs) }
            if let x = owner {
                let st = status == .planned || !plannedAfter(obj.end) ? status : .planned
                for y in obj.people { emit(.report, [x, y], st, anchor: n, subjectStart: min(k, n)) }
            }
            return
        }

        // "… N between X, Y and Z"
        if isWord(n + 1, "between"), let obj = objects(from: n + 2), obj.people.count >= 2 {
            let st = status == .planned || !plannedAfter(obj.end) ? status : .planned
            emit(.report, obj.people, st, anchor: obj.end - 1, subjectStart: min(max(k, 0), n))
            return
        }

        // "at their most recent summit …, X and Y …"
        if ownerWord == "their" {
            var p = n + 1
            var comma = false
            while p < t.count, !isPerson(p) {
                if isPunct(p, ",") { comma = true }
                p += 1
            }
            if comma, p < t.count, let obj = objects(from: p), obj.people.count >= 2, obj.people.first == t[p].entity {
                emit(.report, obj.people, status, anchor: n, subjectStart: n)
            }
            return
        }

        guard status == .held || status == .phone else { return }
        // "The meeting, which also included A and B, …" / "The talks were also attended by A".
        if let w = ownerWord, L.determiners.contains(w), k == n - 1 {
            var p = n + 1
            var allowed = 0
            while p < t.count, allowed < 6,
                isPunct(p, ",") || L.relativeWords.contains(word(p) ?? "")
            {
                p += 1
                allowed += 1
            }
            if let v = word(p), L.includeVerbs.contains(v) {
                var o = p + 1
                if isWord(o, "by") { o += 1 }
                if let obj = objects(from: o) {
                    emit(.extend, obj.people, status, anchor: n, subjectStart: n)
                    return
                }
            }
            // "During the meeting, X said …"
            if framesSentence(k - 1), isPunct(n + 1, ","), let obj = objects(from: n + 2), obj.people.count == 1 {
                emit(.attach, obj.people, status, anchor: n, subjectStart: n)
            }
        }
    }

    /// The person who opens the sentence as its subject: a name (after its titles) followed by
    /// no possessive, or "he"/"she" resolved as `subject(before:)` resolves it.
    private func sentenceSubject() -> Int? {
        var k = 0
        while k < t.count, isTitleToken(k), !isPerson(k) { k += 1 }
        if isPerson(k), !t[k].possessive, !isWord(k + 1, "and"), !isPunct(k + 1, ",") || k == 0 { return t[k].entity }
        if k == 0, let w = word(0), L.pronounsSubject.contains(w) { return antecedent(before: 0, excluding: []) }
        return nil
    }

    /// True when token `i` is a preposition opening the sentence ("During", "At", "In", "After").
    private func framesSentence(_ i: Int) -> Bool {
        guard let w = word(i), L.framePrepositions.contains(w) else { return false }
        return (0..<i).allSatisfy { t[$0].kind == .punct }
    }

    /// The subject of the main clause after an opening phrase: the first person after `i`,
    /// past a comma, not possessive and not one of `excluding`.
    private func mainSubject(after i: Int, excluding: Set<String>) -> Int? {
        var comma = false
        var k = i
        while k < t.count {
            if isPunct(k, ",") { comma = true }
            if isPerson(k), !excluding.contains(id(k)) {
                return comma && !t[k].possessive ? t[k].entity : nil
            }
            // "In his meeting with X, the president discussed …": the article's one president.
            if comma, let (p, _) = roleReferent(endingAt: k), !excluding.contains(article.r.entities[p].id) { return p }
            k += 1
        }
        return nil
    }

    /// Words before the noun that turn it into a plan: "speculation about a summit", "plans for talks".
    private func plannedContext(before n: Int) -> Bool {
        let cues = L.plannedCues
        var k = n - 1
        while k >= 0, n - k <= 10 {
            if let w = word(k), cues.contains(w) { return true }
            if isPunct(k, ";") { break }
            k -= 1
        }
        return false
    }

    /// "days ahead of a summit", "in the run-up to the talks": the noun whose modifiers end at
    /// `k` is a meeting still to come.
    private func ahead(of k: Int) -> Bool {
        var p = k
        if let w = word(p), L.determiners.contains(w) || L.pronounsPossessive.contains(w) || w == "their" { p -= 1 }
        if isWord(p, "of") { return isWord(p - 1, "ahead") || (isWord(p - 1, "advance") && isWord(p - 2, "in")) }
        if isWord(p, "to") {
            return isWord(p - 1, "run-up") || (isWord(p - 1, "up") && isPunct(p - 2, "-") && isWord(p - 3, "run"))
        }
        return false
    }

    /// "… between X and Y is expected / will …"
    private func plannedAfter(_ i: Int) -> Bool {
        var k = i
        if isPunct(k, ",") { k += 1 }
        guard let w = word(k) else { return false }
        if L.plannedAfter.contains(w) {
            if w == "is" { return word(k + 1).map { L.plannedAfter.contains($0) || $0 == "to" } ?? false }
            return true
        }
        return false
    }

    /// "Kim-Xi" right before the noun: two people joined by a hyphen, resolved as mentions or,
    /// failing that, as the surnames of the article's people.
    private func hyphenPair(endingAt e: Int) -> [Int]? {
        guard e >= 0 else { return nil }
        // One mention spanning "Kim-Xi".
        if t[e].kind == .entity || t[e].kind == .word, t[e].capitalized, e < 2 || !isPunct(e - 1, "-") {
            let bytes = Array(article.text[t[e].range])
            if let dash = bytes.firstIndex(of: 0x2D), dash > 0, dash + 1 < bytes.count,
                bytes[dash + 1] >= 0x41, bytes[dash + 1] <= 0x5A,
                !bytes[(dash + 1)...].contains(0x2D), !bytes.contains(0x20)
            {
                let a = String(decoding: bytes[..<dash], as: UTF8.self)
                var b = String(decoding: bytes[(dash + 1)...], as: UTF8.self)
                if b.hasSuffix("'s") { b.removeLast(2) }
                let whole = t[e].kind == .entity ? t[e].entity : nil
                if let x = article.person(surname: a, excluding: whole),
                    let y = article.person(surname: b, excluding: whole),
                    article.r.entities[x].id != article.r.entities[y].id
                {
                    return [x, y]
                }
            }
        }
        guard e >= 2, isPunct(e - 1, "-"),
            t[e - 2].range.upperBound == t[e - 1].range.lowerBound,
            t[e - 1].range.upperBound == t[e].range.lowerBound
        else { return nil }
        guard let x = side(e - 2), let y = side(e) else { return nil }
        guard article.r.entities[x].id != article.r.entities[y].id else { return nil }
        // "Kim Jong-un" is a name, not a pair: the part before the hyphen must start the phrase.
        if e >= 3, t[e - 3].range.upperBound == t[e - 2].range.lowerBound { return nil }
        return [x, y]
    }

    private func side(_ i: Int) -> Int? {
        if isPerson(i) { return t[i].entity }
        guard t[i].kind == .word, t[i].capitalized else { return nil }
        return article.person(surname: String(decoding: article.text[t[i].range], as: UTF8.self))
    }
}
