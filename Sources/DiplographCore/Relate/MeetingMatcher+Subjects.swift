/// The subject of a meeting clause: the people before its verb, past adverbials of time and
/// place, appositives, coordination, pronouns and office descriptions.
extension MeetingMatcher {
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
    func subject(before v: Int) -> Subject? {
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
            if Words.negativeWords.contains(w) || t[j].shape.contains(.nt) {
                negative = true
            } else if Words.plannedWords.contains(w) {
                planned = true
            } else if !(Words.auxiliaryWords.contains(w)
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
        } else if isWord(j, "i"), t[j].capitalized, let p = quotedSpeaker(pronoun: j) {
            // "“I met Y,” said X" (`MeetingMatcher+QuotedSpeaker.swift`)
            return Subject(people: [p], start: j, planned: planned, negative: negative)
        } else if let w = word(j), Words.pronounsSubject.contains(w) {
            // "he received A and later he received B": the second "he" is the first one.
            let first = (0..<j).first { isWord($0, w) } ?? j
            // ", in which he met …" (`MeetingMatcher+RelativePronoun.swift`)
            guard let a = relativeAntecedent(pronoun: j) ?? antecedent(before: first, excluding: []) else { return nil }
            return Subject(people: [a], start: j, planned: planned, negative: negative)
        } else if let w = word(j), Words.pairNouns.contains(w), let d = pairDeterminer(before: j),
            d == 0 || isPunct(d - 1, ",") || opensReport(d - 1)
        {
            // "The two ministers met", "… said the two presidents held talks", "Both leaders met":
            // the two people of the sentence before.
            let pair = article.people(inSentence: sentence - 1)
            guard pair.count == 2, !(0..<j).contains(where: { isPerson($0) }) else { return nil }
            return Subject(people: pair, start: d, planned: planned, negative: negative)
        } else if let w = word(j), Words.pairNouns.contains(w), let d = pairDeterminer(before: j),
            let c = word(d - 1), Self.pairClauseOpeners.contains(c)
        {
            // "X praised Y on Friday, a day after the two leaders held talks": the two people named
            // before in the sentence, as for "when the two met" below.
            let before = distinctPeople(before: d)
            guard before.count == 2 else { return nil }
            return Subject(people: before, start: d, planned: planned, negative: negative)
        } else if isWord(j, "two"), isWord(j - 1, "the") {
            // "… between X and Y when the two met": the two people named before in the sentence,
            // or, when it names nobody before, those of the sentence before.
            let before = distinctPeople(before: j - 1)
            let pair = before.isEmpty ? article.people(inSentence: sentence - 1) : before
            guard pair.count == 2 else { return nil }
            return Subject(people: pair, start: j - 1, planned: planned, negative: negative)
        } else if isWord(j, "who"), isPunct(j - 1, ","), isPerson(j - 2), !t[j - 2].possessive {
            head = j - 2  // "Xi, who met Kim on Sunday, said …"
        } else if let w = word(j), Words.companionNouns.contains(w), isWord(j - 1, "his") || isWord(j - 1, "her"),
            isWord(j - 2, "and"), isPerson(j - 3), !t[j - 3].possessive
        {
            head = j - 3  // "President X and his wife received Y": X is the one who met Y.
        } else if let (people, start) = apposedList(endingAt: j) {
            // "The two foreign ministers, X and Y, met" (`MeetingMatcher+ApposedSubject.swift`)
            return Subject(people: people, start: start, planned: planned, negative: negative)
        } else if isPunct(j, ","), isPerson(j - 1), !t[j - 1].possessive, titleComma(j - 2) {
            head = j - 1  // "Norvian President, Tomas Varga, met …"
        } else if isPunct(j, ",") || isPunct(j, ")") {
            // An appositive: "X, North Korea's foreign minister, met …"
            let open: Unicode.Scalar = isPunct(j, ")") ? "(" : ","
            // Up to three such segments that name nobody: "X, head of the council, at his office
            // in Kestria on Thursday, received …".
            var k = j - 1
            var segments = 0
            while k >= 0, j - k < 40 {
                // A possessive person inside the aside ("X, who took over after Y's exit, met
                // Z") heads nothing: only a plain name there makes the subject unclear.
                if isPerson(k), !t[k].possessive { return nil }
                if isPunct(k, open) {
                    segments += 1
                    if k >= 1, isPerson(k - 1) || open == "(" || segments == 3 { break }
                }
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
        // "he and his Kestrian counterpart Y" (`MeetingMatcher+PronounPartner.swift`)
        if people.count == 1, let (p, s) = pronounPartner(person: h) {
            people.append(p)
            start = s
        }
        // "A, B met" is an apposition in running text; headlines drop the "and" ("Kim, Putin hold talks").
        if people.count > 1, !hasAnd(from: start, to: h), !isHeadline {
            people = [t[h].entity]
            start = h
        }
        // Items with long titles (`MeetingMatcher+TitledPerson.swift`).
        if people.count == 1, let list = titledSubjects(endingWith: h) { (people, start) = list }
        return Subject(people: people, start: start, planned: planned, negative: negative)
    }

    /// The first token of a time adverbial that ends at token `j`, or nil: "on Sunday", "on
    /// Sunday evening", "on January 30", "on Jan. 30", "on 4 September", "this morning", "last
    /// week", or a bare weekday ("X Sunday held talks"). A lone "today" is an auxiliary already.
    func timeAdverbialStart(endingAt j: Int) -> Int? {
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
        if let w = word(k), Words.timeOpeners.contains(w), !t[k].capitalized { return k }
        // Without an opener only a weekday ("Sunday", "Sunday evening") is a time adverbial.
        return word(firstTime).map { Words.weekdayWords.contains($0) } ?? false ? firstTime : nil
    }

    /// The first token of a place adverbial that ends at token `j`: "at Al Harta Palace", "in
    /// Kestria", "at the Blue Hall" (a place or organisation after "at" or "in").
    func placeAdverbialStart(endingAt j: Int) -> Int? {
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
    func afterTimeAdverbial(_ i: Int) -> Int {
        // "in" opens a time adverbial only before a month: "in September 2015".
        let inMonth = isWord(i, "in") && isTimeWord(i + 1) && !(word(i + 1).map(Words.weekdayWords.contains) ?? true)
        guard let w = word(i), Words.timeOpeners.contains(w) || Words.weekdayWords.contains(w) || inMonth else {
            return i
        }
        var k = Words.weekdayWords.contains(w) ? i : i + 1
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
    func afterAdverbials(_ i: Int) -> Int {
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
    func isTimeWord(_ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word else { return false }
        if ByteClass.isDigit(article.text[t[k].range.lowerBound]) {
            // A day of the month, or a year after a month or day ("September 2015", "May 4 2015").
            return t[k].shape.contains(.dayNumber) || (t[k].range.count == 4 && isTimeWord(k - 1))
        }
        return Words.timeWords.contains(t[k].word)
    }

    /// "the Kestrian leader", "Kestria's leader" ending at token `j`: the country's one leader
    /// (`MeetingMatcher+CountryLeader.swift`). Returns the person and the token where the
    /// description starts ("the"). A description by an office ("the prime minister", "the Kestrian
    /// president") is already a mention of its one holder (`ArticleContext+RoleMentions.swift`).
    func roleReferent(endingAt j: Int) -> (Int, Int)? {
        guard j >= 1, j < t.count, t[j].kind == .word, Self.leaderNouns.contains(t[j].word),
            !t[j].capitalized || isWord(j - 1, "the") || isPossessiveCountry(j - 1)
        else { return nil }
        var k = j - 1
        var country: String?
        if t[k].kind == .entity, t[k].type == .country, !t[k].possessive {
            country = id(k)
            k -= 1
        }
        // "the visiting Kestrian leader": the visitor is the leader still.
        if country != nil, isWord(k, "visiting") { k -= 1 }
        // "Kestria's leader", "the Kestrian leader"
        if isPossessiveCountry(k), country == nil {
            country = id(k)
        } else if !isWord(k, "the") {
            return nil
        }
        guard let c = country, let p = article.leader(of: c, upTo: sentence) else { return nil }
        return (p, k)
    }

    /// Words that open a subordinate clause whose subject may be "the two leaders" of the
    /// people named before it in the sentence.
    static let pairClauseOpeners: WordKeys = ["after", "when", "since", "as", "where", "before", "while"]

    /// Token `k` ends a reporting clause before the subject: "said", "announced", "… said that".
    func opensReport(_ k: Int) -> Bool {
        guard let w = word(k) else { return false }
        if w == "that", let before = word(k - 1) { return Words.reportingWords.contains(before) }
        return Words.reportingWords.contains(w)
    }
}
