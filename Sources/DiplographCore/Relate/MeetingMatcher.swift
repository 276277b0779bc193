/// The meeting patterns of one sentence, over its tokens.
struct MeetingMatcher {
    let t: [MeetingToken]
    let sentence: Int
    let article: ArticleContext
    var out: [MeetingFinding] = []
    /// The subject of the last verb clause and where its objects ended: "X met A *and held
    /// talks with B*" gives the second verb X.
    var lastClause: (subject: Subject, objectsEnd: Int)?
    typealias Words = MeetingLexicon

    init(tokens: [MeetingToken], sentence: Int, article: ArticleContext) {
        self.t = tokens
        self.sentence = sentence
        self.article = article
    }

    mutating func findings() -> [MeetingFinding] {
        out = []
        lastClause = nil
        invertedCopula()
        delegationMembers()
        for i in t.indices where t[i].kind == .word {
            let w = t[i].word
            if w == "signed" { signedTogether(i) }
            if w == "joined" {
                joinedFor(i)
                joinedBy(i)  // "X and Y were joined by Z" (`MeetingMatcher+JoinedBy.swift`)
            }
            if w == "sat" || w == "sit" { satDownFor(i) }
            if isPunct(i - 1, "-"), w == "chairmanship" || Self.coChairVerbs.contains(w) { coChair(i) }
            if Self.handOverVerbs.contains(w) { letterHandedOver(i) }
            if Self.phoneCallVerbs.contains(w) { phoneCallVerb(i) }
            if Self.mealNouns.contains(w) { mealNoun(i) }
            // "at a joint press conference with Y" (`MeetingMatcher+JointConference.swift`)
            if isJointConference(i) { meetingNoun(i) }
            // "after a working session with Y, X …" (`MeetingMatcher+Compounds.swift`)
            if isSessionNoun(i) { meetingNoun(i) }
            // "Receiving Y, X proposed …" (`MeetingMatcher+NonFinite.swift`)
            if Self.participleOpeners.contains(w), opensSentence(i) { participleOpener(i) }
            // One lookup tells which patterns the word may start; most words start none.
            guard let k = Words.triggers[t[i].key] else { continue }
            if k.contains(.meet) { meetVerb(i) }
            if k.contains(.hold) { holdVerb(i) }
            if k.contains(.speak) { speakVerb(i) }
            if k.contains(.exchange) { exchangeVerb(i) }
            if k.contains(.host), !arrivalGreeting(i) { objectVerb(i, kind: .report, status: .held) }
            // "thanked" only after the meeting that frames it: "At the meeting, X thanked Y", not
            // "X thanked Y for the help Z gave during their talks" (`MeetingPatterns.swift`).
            if k.contains(.told), w != "thanked" || meetingFrame(before: i) != nil {
                objectVerb(i, kind: .told, status: .held)
            }
            if k.contains(.invite) { objectVerb(i, kind: .report, status: .planned) }
            // "before meeting Y" is the gerund, not a planned meeting (`MeetingMatcher+NonFinite.swift`).
            if k.contains(.noun), !isGerund(i) { meetingNoun(i) }
            // "is meeting Y"; "after meeting Y" (a non-finite clause: `nonFiniteSubject`).
            if w == "meeting", let p = word(i - 1),
                Words.copulas.contains(p) || Self.nonFiniteOpeners.contains(p) || isGerund(i)
            {
                meetVerb(i)
            }
            // "X visited Kestria on Monday, meeting Y and Z" (`MeetingMatcher+NonFinite.swift`)
            if w == "meeting", isPunct(i - 1, ","), isPerson(i + 1) || isWord(i + 1, "with") { meetVerb(i) }
            if k.contains(.with), let tail = Words.withPhrases[w.key], phrase(i + 1, Array(tail.dropLast())) {
                // "conferred with Y"; "conferred by phone with Y" (`withAfterAdverbials`)
                let end = i + tail.count
                if isWord(end, "with") {
                    verbClause(i, objectsAt: end + 1, status: .held, intransitive: false)
                } else if let a = withAfterAdverbials(end) {
                    verbClause(i, objectsAt: a.with + 1, status: a.phone ? .phone : .held, intransitive: false)
                }
            }
            if k.contains(.paid) { paidVerb(i) }
            if k.contains(.discuss) { discussVerb(i) }
            if k.contains(.called), isWord(i + 1, "on") { calledOn(i) }
        }
        // Last: two people of two sides around a meeting word (`MeetingMatcher+SentencePair.swift`).
        if out.isEmpty { sentencePair() }
        return out
    }

    // MARK: Token helpers

    func word(_ i: Int) -> Word? {
        i >= 0 && i < t.count && t[i].kind == .word ? t[i].word : nil
    }

    func isWord(_ i: Int, _ w: Word) -> Bool { word(i) == w }

    /// The words of `phrase` from token `i` on.
    func phrase(_ i: Int, _ phrase: [Word]) -> Bool {
        phrase.indices.allSatisfy { isWord(i + $0, phrase[$0]) }
    }

    var isHeadline: Bool { article.isHeadline(sentence: sentence) }

    func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].mark == p
    }

    /// The lowercased text of word `i` without a possessive "'s" (for the rare paths that
    /// compare with role strings).
    func lowercasedWord(_ i: Int) -> String {
        var r = t[i].range
        if t[i].possessive {
            r = r.lowerBound..<(r.upperBound - (SentenceTokenizer.trailingPossessive(article.text, r) ?? 0))
        }
        return String(decoding: article.text[r], as: UTF8.self).lowercased()
    }

    func isPerson(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].isPerson }

    func id(_ i: Int) -> String { article.r.entities[t[i].entity].id }

    var sentenceHasPhoneWords: Bool {
        t.contains { $0.kind == .word && ($0.word == "phone" || $0.word == "telephone" || $0.word == "video") }
    }

    /// A token that may stand inside a name phrase: a title word, a capitalised word, a
    /// non-person entity ("Chinese", "North Korea's"), or "-" / ".".
    func isTitleToken(_ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let tok = t[i]
        switch tok.kind {
        case .entity: return tok.type != .person
        case .punct: return tok.mark == "-" || tok.mark == "."
        case .word: return tok.capitalized || Words.titleWords.contains(tok.word)
        }
    }

    // MARK: Emitting

    mutating func emit(
        _ kind: MeetingFinding.Kind, _ people: [Int], _ status: MeetingStatus,
        anchor: Int, subjectStart: Int, creates: Bool = false, toldIn: MeetingFinding.Clause? = nil,
        split: Int? = nil
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
                subjectStart: subjectStart, createsMeeting: creates, toldIn: toldIn, split: split))
    }

    /// Subject + verb + objects (or coordinated subjects alone when `intransitive`).
    mutating func verbClause(
        _ v: Int, objectsAt o: Int?, status: MeetingStatus,
        kind: MeetingFinding.Kind = .report, intransitive: Bool, anchor: Int? = nil
    ) {
        guard
            let subj0 = subject(before: v) ?? sharedSubject(before: v) ?? coordinatedSubject(before: v)
                ?? nonFiniteSubject(before: v, objectsAt: o) ?? pluralRoleSubject(before: v) ?? pairSubject(before: v)
                ?? purposeSubject(before: v) ?? seriesSubject(before: v)
        else { return }
        let subj = withAppositiveCoordinate(subj0)
        if subj.negative { return }
        // "It is unclear whether X met Y", "asked if X had met Y": a question, not a report.
        if let c = word(subj.start - 1), c == "whether" || c == "if" { return }
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
        let obj = o.flatMap { o in
            (objects(from: o) ?? counterparts(from: o, of: subj) ?? countryCounterpart(from: o, of: subj)
                ?? includingList(from: o))
                .map { withoutCompanions($0, from: o) }
        }
        if let obj {
            lastClause = (subj, obj.end)
            var st = status
            if st != .planned, phoneAfter(obj.end) || (kind == .told && meetingFrame() == .phone) { st = .phone }
            // "X hosted A of one country and B of another": one meeting of the three delegations,
            // unless the sentence says the meetings were separate. "X met President A and Foreign
            // Minister B" of one country: one delegation, so X's meeting with each. Three or more
            // people of as many countries ("X talked with the ambassadors A, B and C") are as often
            // audiences one after another: X's meeting with each, the pairs the text does say.
            let group = obj.people.count == 2 && distinctSides(obj.people)
            if subj.people.count == 1
                && (obj.people.count == 1 || kind != .report || separately || obj.unnamed || obj.paired || !group)
            {
                for p in obj.people {
                    emit(
                        kind, subj.people + [p], st, anchor: anchor ?? v, subjectStart: subj.start,
                        creates: creates(kind))
                }
            } else {
                // "X and Y received Z": the subject is one side, the objects the other
                // (`Meetings+Sides.swift`).
                emit(
                    kind, subj.people + obj.people, st, anchor: anchor ?? v, subjectStart: subj.start,
                    creates: creates(kind), split: sides(subject: subj.people))
            }
        } else if intransitive, subj.people.count >= 2 {
            emit(kind, subj.people, status, anchor: anchor ?? v, subjectStart: subj.start)
        }
    }

    /// The subject of a verb phrase joined by "and" (or "and also") right after the objects of
    /// the clause before, or after their time and place adverbials: "X met A and held talks with
    /// B", "X met A in Lakeport on Monday, and later held talks with B".
    func sharedSubject(before v: Int) -> Subject? {
        guard let last = lastClause else { return nil }
        var a = v - 1
        if isWord(a, "also") || isWord(a, "later") || isWord(a, "then") { a -= 1 }
        guard isWord(a, "and") else { return nil }
        // "X met A on Monday, and later held talks with B": the first clause's adverbials may
        // stand between its objects and the "and".
        for e in Set([last.objectsEnd, afterAdverbials(last.objectsEnd)]) {
            if a == e || (isPunct(e, ",") && a == e + 1) { return last.subject }
        }
        return nil
    }

    /// True when every person has a known affiliation and no two share one.
    func distinctSides(_ people: [Int]) -> Bool {
        var seen = Set<String>()
        for p in people {
            guard let a = article.r.entities[p].affiliation, seen.insert(a).inserted else { return false }
        }
        return true
    }

    /// "separately", "respectively", "in turn", "bilateral meetings", "separate talks", "as well
    /// as with": several objects met one by one. "separate" needs a plural noun: "a separate
    /// meeting with A and B" is one meeting (dev articles 083544c43aa91f65, 0bdd35e03b41731b).
    var separately: Bool {
        t.indices.contains { k in
            guard t[k].kind == .word else { return false }
            let w = t[k].word
            return w == "separately" || w == "respectively" || w == "individually" || w == "turn"
                || (w == "bilateral" && (isWord(k + 1, "meetings") || isWord(k + 1, "talks")))
                || (w == "separate" && (word(k + 1).map(Self.separateNouns.contains) ?? false))
                || (w == "well" && isWord(k - 1, "as") && isWord(k + 1, "as") && isWord(k + 2, "with"))
        }
    }

    /// Plural meeting nouns after "separate": "held separate talks with A and B".
    static let separateNouns: WordKeys = ["meetings", "talks", "discussions", "audiences", "consultations", "calls"]

    /// "X told Y" reports a meeting by itself only inside a framed one: "during the talks",
    /// "at their meeting", "in a phone call".
    func creates(_ kind: MeetingFinding.Kind) -> Bool {
        kind == .told && meetingFrame() != nil
    }

    /// The status of the meeting that frames the sentence ("during the talks": held; "in a
    /// phone call": phone), or nil when there is none; with `end`, a frame before that token.
    func meetingFrame(before end: Int? = nil) -> MeetingStatus? {
        for i in t.indices where i < end ?? t.count {
            guard let w = word(i), Words.meetingNouns.contains(w) else { continue }
            var k = i - 1
            var phone = w == "call" || w == "calls"
            // "their phone call", "their Thursday meeting"
            while let m = word(k), Words.phoneWords.contains(m) || isTimeWord(k) {
                if Words.phoneWords.contains(m) { phone = true }
                k -= 1
            }
            guard let d = word(k), Words.determiners.contains(d) || Words.pronounsPossessive.contains(d) || d == "their"
            else {
                continue
            }
            if let p = word(k - 1), Words.framingWords.contains(p) { return phone ? .phone : .held }
        }
        return nil
    }

    /// "… by phone", "… over the phone", "… by telephone" right after the objects.
    func phoneAfter(_ i: Int) -> Bool {
        guard let w = word(i), w == "by" || w == "over" || w == "on" || w == "via" else { return false }
        var k = i + 1
        if isWord(k, "the") || isWord(k, "a") { k += 1 }
        return word(k).map { Words.phoneWords.contains($0) } ?? false
    }

    /// Skips adverbs ending in -ly.
    func skipAdverbs(_ i: Int) -> Int {
        var k = i
        while word(k) != nil, t[k].shape.contains(.ly), t[k].letters > 3, !t[k].capitalized { k += 1 }
        return k
    }

}
