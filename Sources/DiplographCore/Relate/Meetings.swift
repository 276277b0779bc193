/// Finds the meetings one resolved article reports.
///
/// Works sentence by sentence on tokens in which every resolved mention is one token, and
/// recognises the ways news reports a meeting between people:
///
/// - verbs: "X met (with) Y", "X held talks with Y", "X and Y exchanged views", "Y welcomed /
///   received / hosted X", "X spoke by phone with Y", "X was received by Y";
/// - nouns: "X's talks with Y", "talks between X, Y and Z", "the X-Y summit", "During his
///   meeting with X, Y …", "at their summit, X and Y …";
/// - follow-ups that only add evidence or participants to a meeting already found in the
///   article: "X told Y", "During the meeting, X said", "The meeting, which also included A and B".
///
/// Plans ("will meet", "is expected to hold talks", "a possible summit", "invited") become
/// `planned` reports; denials ("did not meet", "declined to meet") and mere co-mention are
/// dropped. Dates come from `DateParser` (the expression attached to the meeting clause) and
/// places from place or country mentions after "in"/"at" in that clause — never from the dateline.
/// Reports of one meeting within the article are combined, each sentence kept as evidence.
///
/// Pure: safe to call concurrently on different articles.
public enum MeetingExtractor {
    /// Sentences longer than this (in bytes) are skipped: see `ArticleMeetings.run`.
    public static let maxSentenceBytes = 20_000

    /// `meter` counts the tokens made and scanned.
    public static func extract(_ r: ResolvedArticle, meter: WorkMeter? = nil) -> [MeetingReport] {
        extract(r, meter: meter) { r, range in
            DateParser.find(in: r.article.text, range: range, reference: r.article.published)
        }
    }

    /// `extract` with another source of date expressions (tests use it to check which date
    /// of a sentence is chosen, independently of `DateParser`).
    static func extract(
        _ r: ResolvedArticle, meter: WorkMeter? = nil,
        dates: (ResolvedArticle, Range<Int>) -> [DateMatch]
    ) -> [MeetingReport] {
        var a = ArticleMeetings(r)
        let reports = a.run(dates: dates)
        meter?.count.meetingTokens += a.tokensScanned
        return reports
    }
}

/// What one sentence says about a meeting.
struct MeetingFinding: Sendable {
    enum Kind: Sendable {
        /// A meeting of `people`.
        case report
        /// "X told Y": evidence for an existing meeting of the pair (a new one only when the
        /// sentence itself speaks of a meeting).
        case told
        /// "The meeting, which also included A and B": more participants for the main meeting.
        case extend
        /// "During the meeting, X said": evidence for the main meeting that includes X.
        case attach
    }
    var kind: Kind
    /// Local entity indices of the people.
    var people: [Int]
    var status: MeetingStatus
    /// Token index after which the meeting's date and place are looked for.
    var anchor: Int
    /// Token index where the clause's subject starts (dates and places before it may belong to
    /// the clause: "On Sunday, X met Y").
    var subjectStart: Int
    var createsMeeting = false
}

/// One meeting as the article reports it, before output.
struct MeetingDraft {
    var ids: [String]
    var status: MeetingStatus
    var date: PartialDate?
    var place: String?
    var sentences: [Int]
    /// Reported as one more meeting of the same visit or day ("also met", "separately
    /// received", "Later, X conferred with Y").
    var sequel = false

    var planned: Bool { status == .planned }
}

/// The read-only view of one article that the patterns need.
struct ArticleContext {
    let r: ResolvedArticle
    let text: [UInt8]
    /// Valid mentions of each sentence, in text order (longest first at one offset).
    let mentionsBySentence: [[Mention]]
    /// The resolver's tokens (made here for an article that did not come from `Resolver`).
    let stream: TokenStream

    init(_ r: ResolvedArticle) {
        self.r = r
        self.text = r.article.text
        stream =
            r.tokens.sentences.count == r.sentences.count
            ? r.tokens : TokenStream(text: r.article.text, sentences: r.sentences)
        var by = [[Mention]](repeating: [], count: r.sentences.count)
        for m in r.mentions
        where m.sentence >= 0 && m.sentence < by.count && m.entity >= 0 && m.entity < r.entities.count
            && m.range.lowerBound >= 0 && m.range.upperBound <= r.article.text.count
        {
            by[m.sentence].append(m)
        }
        for i in by.indices where by[i].count > 1 {
            by[i].sort {
                $0.range.lowerBound != $1.range.lowerBound
                    ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
            }
        }
        mentionsBySentence = by
    }

    /// The `MToken`s of sentence `s`: its mentions laid over its tokens.
    func tokens(sentence s: Int) -> [MToken] {
        SentenceTokenizer.tokens(
            text, range: r.sentences[s].range, tokens: stream.tokens[stream.sentences[s]],
            mentions: mentionsBySentence[s], entities: r.entities)
    }

    /// True when the range starts with "The two " ("The two ministers met …").
    func hasTheTwo(_ range: Range<Int>) -> Bool {
        let p: [UInt8] = Array("the two ".utf8)
        guard range.count > p.count, range.upperBound <= text.count else { return false }
        for (k, c) in p.enumerated() where (text[range.lowerBound + k] | 0x20) != c { return false }
        return true
    }

    /// True when the range holds "Xx-Yy": a capitalised word, a hyphen, a capital letter.
    func hasNameCompound(_ range: Range<Int>) -> Bool {
        guard r.entities.contains(where: { $0.type == .person }) else { return false }
        var i = max(range.lowerBound + 2, 2)
        let end = min(range.upperBound - 1, text.count - 1)
        while i < end {
            if text[i] == 0x2D, text[i + 1] >= 0x41, text[i + 1] <= 0x5A, text[i - 1] >= 0x61, text[i - 1] <= 0x7A {
                return true
            }
            i += 1
        }
        return false
    }

    // MARK: People outside the token stream

    /// The article's person with this family (or given) name, for "the Kim-Xi summit" when the
    /// resolver left the hyphenated surnames unresolved. Unique matches only.
    func person(surname: String, excluding: Int? = nil) -> Int? {
        let key = surname.lowercased()
        var bySpelling: Set<String> = []
        var byName: Set<String> = []
        var first: [String: Int] = [:]
        let skip = excluding.map { r.entities[$0].id }
        for (i, e) in r.entities.enumerated() where e.type == .person && e.id != skip {
            if e.spellings.keys.contains(where: { $0.lowercased() == key }) {
                bySpelling.insert(e.id)
                if first[e.id] == nil { first[e.id] = i }
            }
            let parts = e.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            if let f = parts.first, let l = parts.last, f == key || l == key {
                byName.insert(e.id)
                if first[e.id] == nil { first[e.id] = i }
            }
        }
        if bySpelling.count == 1 { return first[bySpelling.first!] }
        if bySpelling.isEmpty, byName.count == 1 { return first[byName.first!] }
        return nil
    }

    /// The one person of the article, named in sentence `s` or before it, who holds the role that
    /// a definite description names: "the president", "the prime minister", "the Cuban
    /// president" (`country`: then a person affiliated elsewhere does not fit). A role fits when
    /// it holds the head and every modifier, and no rank word ("deputy", "vice" …) that the
    /// description lacks: "the prime minister" is not the Deputy Prime Minister. Unique by id.
    func person(role head: String, modifiers: [String], country: String?, upTo s: Int) -> Int? {
        var found: Int?
        var foundID: String?
        for sentence in 0...min(s, mentionsBySentence.count - 1) {
            for m in mentionsBySentence[sentence] {
                let e = r.entities[m.entity]
                guard e.type == .person, e.id != foundID else { continue }
                if let c = country, let a = e.affiliation, a != c { continue }
                let fits = e.roles.contains { role in
                    let words = role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                    return words.contains(head) && modifiers.allSatisfy(words.contains)
                        && !words.contains(where: { MeetingLexicon.rankWords.contains($0) && !modifiers.contains($0) })
                }
                guard fits else { continue }
                if foundID != nil { return nil }
                foundID = e.id
                found = m.entity
            }
        }
        return found
    }

    /// The first sentence of the body (nil when the article is only a headline).
    var ledeSentence: Int? { r.sentences.indices.first { !isHeadline(sentence: $0) } }

    /// True when sentence `s` is in the headline block.
    func isHeadline(sentence s: Int) -> Bool {
        let b = r.sentences[s].block
        return b >= 0 && b < r.article.blocks.count && r.article.blocks[b].kind == .headline
    }

    /// The people mentioned in sentence `s` (first mention of each id, in order).
    func people(inSentence s: Int) -> [Int] {
        guard s >= 0, s < mentionsBySentence.count else { return [] }
        var seen = Set<String>()
        var out: [Int] = []
        for m in mentionsBySentence[s] where r.entities[m.entity].type == .person {
            if seen.insert(r.entities[m.entity].id).inserted { out.append(m.entity) }
        }
        return out
    }

    /// The one person mentioned in sentence `s` (by id), if exactly one.
    /// Sentence `s` opens with "He" or "She".
    func opensWithPronoun(sentence s: Int) -> Bool {
        var p = r.sentences[s].range.lowerBound
        let end = r.sentences[s].range.upperBound
        while p < end, text[p] == 0x20 || text[p] == 0x22 { p += 1 }
        for w in ["He ", "She "] where p + w.utf8.count <= end && text[p..<(p + w.utf8.count)].elementsEqual(w.utf8) {
            return true
        }
        return false
    }

    func onlyPerson(inSentence s: Int) -> Int? {
        guard s >= 0, s < mentionsBySentence.count else { return nil }
        var found: Int?
        var id: String?
        for m in mentionsBySentence[s] where r.entities[m.entity].type == .person {
            let e = r.entities[m.entity].id
            if id == nil {
                id = e
                found = m.entity
            } else if id != e {
                return nil
            }
        }
        return found
    }
}

struct ArticleMeetings {
    let ctx: ArticleContext
    var drafts: [MeetingDraft] = []
    /// Tokens made and scanned (a `WorkCount`).
    var tokensScanned = 0

    init(_ r: ResolvedArticle) { ctx = ArticleContext(r) }

    var r: ResolvedArticle { ctx.r }
    var text: [UInt8] { ctx.text }
    var mentionsBySentence: [[Mention]] { ctx.mentionsBySentence }

    mutating func run(dates finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) -> [MeetingReport] {
        var later: [(sentence: Int, finding: MeetingFinding)] = []
        for s in r.sentences.indices {
            // A "sentence" this long is not prose (a file without punctuation, a list, a table),
            // and the matching below is quadratic in its length: read no meeting from it.
            guard r.sentences[s].range.count <= MeetingExtractor.maxSentenceBytes else { continue }
            // Every pattern needs a person in the sentence.
            // Every pattern needs a person in the sentence, or a "Kim-Xi" compound the resolver
            // may have left alone.
            guard
                mentionsBySentence[s].contains(where: { r.entities[$0.entity].type == .person })
                    || ctx.hasNameCompound(r.sentences[s].range) || ctx.hasTheTwo(r.sentences[s].range)
            else { continue }
            let t = ctx.tokens(sentence: s)
            tokensScanned += t.count
            var matcher = MeetingMatcher(tokens: t, sentence: s, article: ctx)
            let findings = matcher.findings()
            guard !findings.isEmpty else { continue }
            var dates: [DateMatch]?
            for f in findings {
                switch f.kind {
                case .report:
                    if dates == nil {
                        dates = finder(r, r.sentences[s].range)
                    }
                    var (date, place) = dateAndPlace(t, f, dates: dates!)
                    tokensScanned += t.count
                    // An undated meeting outside the headline is on the day the article was
                    // published when it is told as it happens ("X is meeting Y", "X holds talks
                    // with Y"; a headline's present tense is news style) or told in the lede of
                    // the report ("X held talks with Y" in the body's first sentence; a perfect
                    // tense, "had met", tells of an earlier one).
                    if date == nil, f.status != .planned, let p = r.article.published, p.day != nil,
                        !ctx.isHeadline(sentence: s),
                        Self.presentTense(t, f.anchor) || (s == ctx.ledeSentence && !Self.pastPerfect(t, f.anchor))
                    {
                        date = p
                    }
                    // A meeting dated after the article was published has not happened yet.
                    var status = f.status
                    if let d = date, let p = r.article.published, MeetingDates.after(d, p) { status = .planned }
                    add(
                        ids(f.people), status: status, date: date, place: place, sentence: s,
                        sequel: t.contains { $0.kind == .word && MeetingLexicon.sequelWords.contains($0.word) })
                case .told, .extend, .attach:
                    later.append((s, f))
                }
            }
        }
        for (s, f) in later { follow(f, sentence: s) }
        leadDates(finder)
        sequelDates()
        return drafts.map { d in
            MeetingReport(
                participants: d.ids, date: d.date, place: d.place, status: d.status,
                evidence: d.sentences.sorted().map { CooccurrenceCounter.evidence(r, sentence: $0) },
                published: r.article.published)
        }
    }

    /// An undated held meeting takes its date from one of the three sentences before its first
    /// report when that sentence names all its participants ("X and Y agreed on Monday …" then
    /// "The two ministers met for three hours") or reports an unnamed meeting ("Senior diplomats
    /// met on Friday." then "X hosted Y and Z."): the lead of a news story dates what follows.
    mutating func leadDates(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) {
        for i in drafts.indices where drafts[i].date == nil && !drafts[i].planned {
            guard let first = drafts[i].sentences.min(), first > 0 else { continue }
            let ids = Set(drafts[i].ids)
            for s in stride(from: first - 1, through: max(0, first - 3), by: -1) {
                if ctx.isHeadline(sentence: s) { break }
                let people = Set(
                    mentionsBySentence[s].filter { r.entities[$0.entity].type == .person }.map {
                        r.entities[$0.entity].id
                    })
                let named = ids.isSubset(of: people)
                var unnamedMeeting = false
                if people.isEmpty {
                    let t = ctx.tokens(sentence: s)
                    unnamedMeeting = t.contains {
                        $0.kind == .word
                            && (MeetingLexicon.meetVerbs.contains($0.word)
                                || MeetingLexicon.meetingNouns.contains($0.word))
                    }
                }
                guard named || unnamedMeeting else { continue }
                guard let d = finder(r, r.sentences[s].range).lazy.compactMap(\.date).first else { continue }
                if let p = r.article.published, MeetingDates.after(d, p) { continue }
                drafts[i].date = d
                break
            }
        }
    }

    /// An undated held meeting reported as one more of the same day ("The president also met
    /// Y", "Later, X conferred with Z") takes the date of the article's first meeting dated to
    /// the day, when that one is reported before it.
    mutating func sequelDates() {
        guard
            let first = drafts.indices.filter({ drafts[$0].date?.day != nil && !drafts[$0].planned })
                .min(by: { drafts[$0].sentences.min()! < drafts[$1].sentences.min()! })
        else { return }
        let start = drafts[first].sentences.min()!
        for i in drafts.indices where drafts[i].sequel && drafts[i].date == nil && !drafts[i].planned {
            guard let s = drafts[i].sentences.min(), s > start else { continue }
            drafts[i].date = drafts[first].date
        }
    }

    /// "had met", "has held talks", "have met": the verb at `anchor` is in a perfect tense.
    static func pastPerfect(_ t: [MToken], _ anchor: Int) -> Bool {
        var k = anchor - 1
        while k >= 0, t[k].kind == .word, t[k].shape.contains(.ly) || t[k].word == "also" || t[k].word == "already" {
            k -= 1
        }
        return k >= 0 && t[k].kind == .word && (t[k].word == "had" || t[k].word == "has" || t[k].word == "have")
    }

    /// The verb at `anchor` is in the present tense: "is meeting", "are holding", "holds",
    /// "meets", "hosts".
    static func presentTense(_ t: [MToken], _ anchor: Int) -> Bool {
        guard anchor >= 0, anchor < t.count, t[anchor].kind == .word else { return false }
        let w = t[anchor].word
        if t[anchor].shape.contains(.ing), anchor > 0, t[anchor - 1].kind == .word,
            t[anchor - 1].word == "is" || t[anchor - 1].word == "are"
        {
            return true
        }
        return MeetingLexicon.presentVerbs.contains(w)
    }

    func ids(_ people: [Int]) -> [String] {
        ArticleMeetings.sortedUnique(people.map { r.entities[$0].id })
    }

    /// `Array(Set(xs)).sorted()` without the set.
    static func sortedUnique(_ xs: [String]) -> [String] {
        var out = xs.sorted()
        var n = 0
        for k in out.indices where n == 0 || out[k] != out[n - 1] {
            out.swapAt(n, k)
            n += 1
        }
        out.removeSubrange(n...)
        return out
    }

    /// `Set(a).isSubset(of: Set(b))` for sorted arrays without duplicates.
    static func isSubset(_ a: [String], of b: [String]) -> Bool {
        guard a.count <= b.count else { return false }
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            guard j < b.count && b[j] == x else { return false }
            j += 1
        }
        return true
    }

    /// Adds a report, combining it with one of the same meeting already found in the article:
    /// same kind (planned or not), participants one a subset of the other, compatible dates.
    mutating func add(
        _ ids: [String], status: MeetingStatus, date: PartialDate?, place: String?, sentence: Int, sequel: Bool = false
    ) {
        guard ids.count >= 2 else { return }
        // The same tests as on sets, on sorted arrays without duplicates (drafts keep theirs so).
        let mine = ArticleMeetings.sortedUnique(ids)
        var best: Int?
        for i in drafts.indices where drafts[i].planned == (status == .planned) {
            let other = ArticleMeetings.sortedUnique(drafts[i].ids)
            guard ArticleMeetings.isSubset(mine, of: other) || ArticleMeetings.isSubset(other, of: mine),
                MeetingDates.compatible(drafts[i].date, date)
            else { continue }
            if other == mine {
                best = i
                break
            }
            if best == nil { best = i }
        }
        guard let i = best else {
            drafts.append(
                MeetingDraft(ids: ids, status: status, date: date, place: place, sentences: [sentence], sequel: sequel))
            return
        }
        var d = drafts[i]
        d.ids = Array(Set(d.ids).union(ids)).sorted()
        d.date = MeetingDates.finer(d.date, date)
        if d.place == nil { d.place = place }
        if status == .held { d.status = .held }
        if !d.sentences.contains(sentence) { d.sentences.append(sentence) }
        drafts[i] = d
    }

    /// The article's main held (or phone) meeting among `candidates`: the one with the most
    /// evidence, the earliest on a tie.
    func main(among candidates: [Int]) -> Int? {
        candidates.max { a, b in
            let x = drafts[a]
            let y = drafts[b]
            if x.sentences.count != y.sentences.count { return x.sentences.count < y.sentences.count }
            return (x.sentences.min() ?? 0) > (y.sentences.min() ?? 0)
        }
    }

    mutating func follow(_ f: MeetingFinding, sentence s: Int) {
        let people = Set(ids(f.people))
        let held = drafts.indices.filter { !drafts[$0].planned && (drafts[$0].sentences.min() ?? .max) <= s }
        switch f.kind {
        case .report:
            return
        case .told:
            let fits = held.filter { people.isSubset(of: Set(drafts[$0].ids)) }
            if let i = main(among: fits) {
                if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
            } else if f.createsMeeting {
                add(Array(people).sorted(), status: f.status, date: nil, place: nil, sentence: s)
            }
        case .extend:
            guard let i = main(among: held) else { return }
            drafts[i].ids = Array(Set(drafts[i].ids).union(people)).sorted()
            if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
        case .attach:
            let fits = held.filter { !people.isDisjoint(with: Set(drafts[$0].ids)) }
            guard let i = main(among: fits) else { return }
            if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
        }
    }

    // MARK: Date and place of a meeting clause

    /// The date and place attached to a finding's clause: the first date expression and the
    /// first place after "in"/"at" following the trigger, up to the end of the clause; failing
    /// that, those of an opening phrase before the subject ("On Sunday, in Beijing, X met Y").
    func dateAndPlace(_ t: [MToken], _ f: MeetingFinding, dates: [DateMatch]) -> (PartialDate?, String?) {
        guard !t.isEmpty else { return (nil, nil) }
        let sentenceEnd = t.last!.range.upperBound
        // The clause after the trigger, minus relative clauses (", who …,").
        var skipped: [Range<Int>] = []
        var cut = sentenceEnd
        var i = f.anchor + 1
        while i < t.count {
            let tok = t[i]
            if tok.kind == .punct && tok.mark == "," && i + 1 < t.count && t[i + 1].kind == .word
                && (t[i + 1].word == "who" || t[i + 1].word == "which")
            {
                var j = i + 2
                while j < t.count && !(t[j].kind == .punct && t[j].mark == ",") { j += 1 }
                skipped.append(tok.range.lowerBound..<(j < t.count ? t[j].range.lowerBound : sentenceEnd))
                i = j
                continue
            }
            // A parenthesis closed in the sentence ("the World Economic Forum (WEF) meeting on
            // Wednesday") is skipped; an open one ends the clause.
            if tok.kind == .punct && (tok.mark == "(" || tok.mark == "[") {
                let close: Unicode.Scalar = tok.mark == "(" ? ")" : "]"
                if let j = t[(i + 1)...].firstIndex(where: { $0.kind == .punct && ($0.mark == close || $0.mark == ";") }
                ), t[j].mark == close {
                    skipped.append(tok.range.lowerBound..<t[j].range.upperBound)
                    i = j + 1
                    continue
                }
                cut = tok.range.lowerBound
                break
            }
            if tok.kind == .punct && tok.mark == ";" {
                cut = tok.range.lowerBound
                break
            }
            if tok.kind == .word && MeetingLexicon.clauseCuts.contains(tok.word) {
                cut = tok.range.lowerBound
                break
            }
            // "… to discuss a forum in 2027": a purpose clause talks about something else.
            if tok.kind == .word && tok.word == "to", i + 1 < t.count, t[i + 1].kind == .word,
                MeetingLexicon.purposeVerbs.contains(t[i + 1].word)
            {
                cut = tok.range.lowerBound
                break
            }
            i += 1
        }
        let anchorEnd = t[min(f.anchor, t.count - 1)].range.upperBound
        let subjectStart = t[min(max(f.subjectStart, 0), t.count - 1)].range.lowerBound
        func inside(_ r: Range<Int>) -> Bool { skipped.contains { $0.contains(r.lowerBound) } }

        // An opening phrase counts only when it holds no meeting of its own ("X and Y held talks
        // on Sunday, days ahead of a summit between A and B": Sunday is not the summit's).
        let openingFree = !t[..<min(max(f.subjectStart, 0), t.count)].contains { tok in
            tok.kind == .word
                && (MeetingLexicon.meetingNouns.contains(tok.word) || MeetingLexicon.meetVerbs.contains(tok.word))
        }
        // Date.
        var date: PartialDate?
        var opening: PartialDate?
        if openingFree, let m = dates.last(where: { $0.range.upperBound <= subjectStart }),
            !reportingWord(t, from: m.range.upperBound, to: subjectStart), !inReportingPhrase(t, m.range.lowerBound)
        {
            opening = m.date
        }
        if let m = dates.first(where: {
            $0.range.lowerBound >= anchorEnd && $0.range.upperBound <= cut && !inside($0.range)
        }) {
            date = m.date
            // "Earlier on Monday, X held talks with Y, his second meeting this month": the
            // opening day refines a coarser date that agrees with it.
            if let d = date, let o = opening, MeetingDates.agree(d, o) { date = MeetingDates.finer(d, o) }
        } else if let m = dates.last(where: {
            $0.range.lowerBound >= subjectStart && $0.range.upperBound <= t[f.anchor].range.lowerBound
        }),
            !t.contains(where: {
                $0.kind == .punct && $0.mark == "," && $0.range.lowerBound >= m.range.upperBound
                    && $0.range.upperBound <= t[f.anchor].range.lowerBound
            })
        {
            // "X and Y on Thursday discussed …": a time adverbial between subject and verb.
            date = m.date
        } else {
            date = opening
        }

        // Place: "in" + place, then "at" + place, then "in" + country, after the trigger; then before the subject.
        func place(in window: (Int) -> Bool) -> String? {
            var best: (rank: Int, id: String)?
            for (k, tok) in t.enumerated() where tok.kind == .entity && (tok.type == .place || tok.type == .country) {
                guard window(k), !inside(tok.range) else { continue }
                var p = k - 1
                if p >= 0, t[p].kind == .word, t[p].word == "the" { p -= 1 }
                guard p >= 0, t[p].kind == .word else { continue }
                let rank: Int
                switch (t[p].word, tok.type!) {
                case ("in", .place): rank = 0
                case ("at", .place): rank = 1
                case ("in", _): rank = 2
                default: continue
                }
                if best == nil || rank < best!.rank { best = (rank, r.entities[tok.entity].id) }
            }
            return best?.id
        }
        var where_ = place { k in t[k].range.lowerBound >= anchorEnd && t[k].range.upperBound <= cut }
        if where_ == nil && openingFree {
            where_ = place { k in
                t[k].range.upperBound <= subjectStart
                    && !reportingWord(t, from: t[k].range.upperBound, to: subjectStart)
                    && !inReportingPhrase(t, t[k].range.lowerBound)
            }
        }
        return (date, where_)
    }

    /// True when byte `offset` lies in the phrase of a reporting verb ("The agency reported on
    /// Saturday that …"): after the verb, before the next "that" or comma.
    func inReportingPhrase(_ t: [MToken], _ offset: Int) -> Bool {
        var inside = false
        for tok in t {
            if tok.range.lowerBound >= offset { break }
            if tok.kind == .word && MeetingLexicon.reportingWords.contains(tok.word) {
                inside = true
            } else if (tok.kind == .word && tok.word == "that") || (tok.kind == .punct && tok.mark == ",") {
                inside = false
            }
        }
        return inside
    }

    /// True when a reporting verb ("reported", "said") stands between two byte offsets.
    func reportingWord(_ t: [MToken], from a: Int, to b: Int) -> Bool {
        t.contains {
            $0.kind == .word && $0.range.lowerBound >= a && $0.range.upperBound <= b
                && MeetingLexicon.reportingWords.contains($0.word)
        }
    }
}

/// Date comparisons for combining reports.
enum MeetingDates {
    /// Two dates can be the same day: either is unknown, or they agree at the coarser precision.
    static func compatible(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return agree(a, b)
    }

    static func agree(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        guard let am = a.month, let bm = b.month else { return true }
        guard am == bm else { return false }
        guard let ad = a.day, let bd = b.day else { return true }
        return ad == bd
    }

    /// The more precise of two compatible dates.
    static func finer(_ a: PartialDate?, _ b: PartialDate?) -> PartialDate? {
        guard let a else { return b }
        guard let b else { return a }
        return rank(b) > rank(a) ? b : a
    }

    /// True when `a` is certainly later than `b` (at the precision both share).
    static func after(_ a: PartialDate, _ b: PartialDate) -> Bool {
        if a.year != b.year { return a.year > b.year }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return am > bm }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad > bd
    }

    static func rank(_ d: PartialDate) -> Int { d.day != nil ? 2 : (d.month != nil ? 1 : 0) }
}
