/// The noun patterns: "the Kim-Xi summit", "talks between X and Y", "during the meeting",
/// "X's talks with Y" …
extension MeetingMatcher {
    // MARK: Noun patterns

    /// Patterns around a meeting noun at `n`.
    mutating func meetingNoun(_ n: Int) {
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
            // "their Thursday meeting", "the June summit": a day or month names no owner.
            guard t[k].kind == .word, !t[k].possessive, !t[k].capitalized || k == 0 || isTimeWord(k) else { break }
            let w = t[k].word
            modifiers.append(w)
            if Words.modifierStops.contains(w) || Words.pronounsPossessive.contains(w) || w == "their"
                || Words.determiners.contains(w)
            {
                break
            }
            k -= 1
            steps += 1
        }
        // k is the owner position: a possessive entity, a pronoun / determiner word, or something else.
        let ownerWord = word(k)
        let phone = modifiers.contains { Words.phoneWords.contains($0) } && !modifiers.contains("courtesy")
        var status: MeetingStatus = phone ? .phone : .held
        if modifiers.contains(where: { Words.negativeModifiers.contains($0) }) { return }
        // "Park-Xi summit to focus on …": in a headline, "to" after the noun is still to come.
        if modifiers.contains(where: { Words.plannedModifiers.contains($0) }) || plannedContext(before: n)
            || ahead(of: k)
            || (isHeadline && isWord(n + 1, "to"))
        {
            status = .planned
        }

        // The X-Y summit.
        if let pair = hyphenPair(endingAt: n - 1) {
            // "the Kim-Xi summit to focus on trade", "ahead of a possible Kim-Xi summit": a summit
            // still to come, in any block.
            let before = isPunct(n - 2, "-") ? n - 4 : n - 2
            let toCome =
                (isWord(n + 1, "to") && !isWord(n + 2, "the") && word(n + 2) != nil)
                || (word(before).map(Words.plannedModifiers.contains) ?? false) || ahead(of: before)
            emit(.report, pair, toCome ? .planned : status, anchor: n, subjectStart: n)
        }

        // "The meeting of X with Y was held" (`MeetingMatcher+MeetingOf.swift`)
        if let (owners, others, end) = meetingOf(n) {
            let st = status == .planned || !plannedAfter(end) ? status : .planned
            if others.isEmpty {
                emit(.report, owners, st, anchor: n, subjectStart: n)
            } else {
                for x in owners { for y in others { emit(.report, [x, y], st, anchor: n, subjectStart: n) } }
            }
            return
        }

        // "X attended the meeting alongside A and B" (`MeetingMatcher+Alongside.swift`)
        if k >= 0, alongsideList(noun: n, owner: k, status: status) { return }

        // "… N with Y", "… N in Kestria with Y", "… N for about an hour with Y"
        // (`MeetingMatcher+Adverbials.swift`)
        var with = afterAdverbials(n + 1)
        if !isWord(with, "with"), let a = withAfterAdverbials(n + 1) {
            with = a.with
            if a.phone, status == .held { status = .phone }
        }
        // "X's courtesy call (on Monday) to Y" (`MeetingMatcher+CallTo.swift`)
        if !isWord(with, "with"), !callTo(with, noun: n, made: false),
            let c = callToAfterAdverbials(n + 1, noun: n, made: false)
        {
            with = c
        }
        if isWord(with, "with") || callTo(with, noun: n, made: false), let obj = objects(from: with + 1) {
            let objIDs = Set(obj.people.map { article.r.entities[$0].id })
            var owner: Int?
            var cataphoric = false
            if k >= 0, isPerson(k), t[k].possessive {
                owner = t[k].entity
            } else if let w = ownerWord, Words.pronounsPossessive.contains(w) || Words.determiners.contains(w) {
                if framesSentence(k - 1) {
                    cataphoric = true
                } else if Words.pronounsPossessive.contains(w) {
                    // With several people before it, "his" goes back to its clause's subject
                    // (`MeetingMatcher+Controller.swift`).
                    owner =
                        antecedent(before: k, excluding: objIDs)
                        ?? clauseSubject(before: k, excluding: objIDs, first: true)?.person
                } else if let (x, planned) = participantOwner(frameEndingAt: k - 1, excluding: objIDs) {
                    // "X told a meeting with Y", "X attended the talks with Y", "X took part in the talks with Y".
                    owner = x
                    if planned { status = .planned }
                } else if let (x, planned) = adverbialController(owner: k, excluding: objIDs) {
                    // "He announced the plan at a meeting with Y", "… said X after a meeting with Y"
                    // (`MeetingMatcher+Controller.swift`)
                    owner = x
                    if planned { status = .planned }
                }
            } else if let f = bareFrameVerb(after: k, noun: n),
                let (x, planned) = participantOwner(frameEndingAt: f, excluding: objIDs)
            {
                // "X attended talks with Y" (`MeetingMatcher+MeetingOf.swift`)
                owner = x
                if planned { status = .planned }
            } else if isWord(k, "in"), let (x, planned) = participantOwner(frameEndingAt: k, excluding: objIDs) {
                // "X took part in bilateral talks with Y".
                owner = x
                if planned { status = .planned }
            } else if framesSentence(k) && modifiers.count <= 2 {
                cataphoric = true  // "During talks with X, Y …"
            } else if let (x, planned) = adverbialController(owner: k, excluding: objIDs) {
                // "X told reporters following talks with Y" (`MeetingMatcher+Controller.swift`)
                owner = x
                if planned { status = .planned }
            }
            if cataphoric { owner = mainSubject(after: obj.end, excluding: objIDs) }
            if let x = owner {
                let st = status == .planned || !plannedAfter(obj.end) ? status : .planned
                for y in obj.people { emit(.report, [x, y], st, anchor: n, subjectStart: min(k, n)) }
            }
            return
        }

        // "a call she had with Y" (`MeetingMatcher+Controller.swift`)
        if let (subj, w) = relativeHolder(after: n),
            let obj = objects(from: w + 1) ?? counterparts(from: w + 1, of: subj)
        {
            let st: MeetingStatus = subj.planned || status == .planned || plannedAfter(obj.end) ? .planned : status
            for y in obj.people { emit(.report, subj.people + [y], st, anchor: n, subjectStart: min(max(k, 0), n)) }
            return
        }

        // "… N between X, Y and Z", "… N held at the palace in May between X and Y"
        let between = betweenAfter(n)  // "took place between" (`MeetingMatcher+NounLinks.swift`)
        if isWord(between, "between"), let obj = objects(from: between + 1), obj.people.count >= 2 {
            // "Trade will feature in the talks between A and B": a modal in the clause before the
            // noun makes it a plan, as after adverbials (`betweenAfter`).
            let st = status == .planned || !(plannedAfter(obj.end) || modalBefore(n)) ? status : .planned
            emit(.report, obj.people, st, anchor: obj.end - 1, subjectStart: min(max(k, 0), n))
            return
        }

        // "a telephone call made by A and B" (`MeetingMatcher+NounAgents.swift`)
        if let obj = nounAgents(n) {
            // "made" and "held" are past: the meeting happened, whatever the clause around it plans.
            let planned = modifiers.contains(where: { Words.plannedModifiers.contains($0) })
            emit(
                .report, obj.people, planned ? .planned : phone ? .phone : .held, anchor: n,
                subjectStart: min(max(k, 0), n))
            return
        }

        // "a courtesy call by X on Y"
        if let (pair, st) = callBy(n, status: status) {
            emit(.report, pair, st, anchor: n, subjectStart: n)
            return
        }

        // "During the meeting, X and Y agreed …", "In phone talks Tuesday, X and Y …"
        // (`MeetingMatcher+FramedPair.swift`)
        if k >= 0, let (people, st) = framedPair(noun: n, phraseStart: k, status: status) {
            emit(.report, people, st, anchor: n, subjectStart: n)
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
            } else if let people = theirAsideOwners(their: k) {
                // "X and Y, at their summit …, agreed" (`MeetingMatcher+TheirAside.swift`)
                emit(.report, people, status, anchor: n, subjectStart: n)
            } else if let (people, st) = theirClauseOwners(their: k, noun: n, status: status) {
                // "X and Y agreed … during their talks" (`MeetingMatcher+TheirClause.swift`)
                emit(.report, people, st, anchor: n, subjectStart: n)
            } else if let people = theirObjectOwners(their: k) {
                // "X handed Y the letter during their meeting" (`MeetingMatcher+TheirObject.swift`):
                // the clause's own words make no plan ("gave Y the invitation"), the noun's may.
                let planned = modifiers.contains(where: { Words.plannedModifiers.contains($0) })
                emit(.report, people, planned ? .planned : phone ? .phone : .held, anchor: n, subjectStart: n)
            }
            return
        }

        guard status == .held || status == .phone else { return }
        // "The meeting, which also included A and B, …" / "The talks were also attended by A".
        if let w = ownerWord, Words.determiners.contains(w), k == n - 1 {
            var p = n + 1
            var allowed = 0
            while p < t.count, allowed < 6,
                isPunct(p, ",") || Words.relativeWords.contains(word(p) ?? "")
            {
                p += 1
                allowed += 1
            }
            if let v = word(p), Words.includeVerbs.contains(v) {
                var o = p + 1
                if isWord(o, "by") { o += 1 }
                // Attendees are read as simple lists only: a long description there names an
                // entourage more often than a party to the meeting.
                if let obj = objects(from: o, titled: false) {
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

    /// True when token `i` is a preposition opening the sentence ("During", "At", "In", "After").
    func framesSentence(_ i: Int) -> Bool {
        guard let w = word(i), Words.framePrepositions.contains(w) else { return false }
        // "Speaking at a joint news conference with Y, X said …": the participle of the main
        // subject's own speech opens the frame.
        if isWord(i - 1, "speaking") { return opensSentence(i - 1) }
        return opensSentence(i)  // after a soft dateline (`MeetingMatcher+Dateline.swift`)
    }

    /// The subject of the main clause after an opening phrase: the first person after `i`,
    /// past a comma, not possessive and not one of `excluding`.
    func mainSubject(after i: Int, excluding: Set<String>) -> Int? {
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
    func plannedContext(before n: Int) -> Bool {
        let cues = Words.plannedCues
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
    func ahead(of k: Int) -> Bool {
        var p = k
        if let w = word(p), Words.determiners.contains(w) || Words.pronounsPossessive.contains(w) || w == "their" {
            p -= 1
        }
        if isWord(p, "of") { return isWord(p - 1, "ahead") || (isWord(p - 1, "advance") && isWord(p - 2, "in")) }
        if isWord(p, "to") {
            return isWord(p - 1, "run-up") || (isWord(p - 1, "up") && isPunct(p - 2, "-") && isWord(p - 3, "run"))
        }
        return false
    }

    /// "… between X and Y is expected / will …"
    func plannedAfter(_ i: Int) -> Bool {
        var k = i
        if isPunct(k, ",") { k += 1 }
        guard let w = word(k) else { return false }
        if Words.plannedAfter.contains(w) {
            if w == "is" { return word(k + 1).map { Words.plannedAfter.contains($0) || $0 == "to" } ?? false }
            return true
        }
        return false
    }

    /// "Kim-Xi" right before the noun: two people joined by a hyphen, resolved as mentions or,
    /// failing that, as the surnames of the article's people.
    func hyphenPair(endingAt e: Int) -> [Int]? {
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

    func side(_ i: Int) -> Int? {
        if isPerson(i) { return t[i].entity }
        guard t[i].kind == .word, t[i].capitalized else { return nil }
        return article.person(surname: String(decoding: article.text[t[i].range], as: UTF8.self))
    }
}
