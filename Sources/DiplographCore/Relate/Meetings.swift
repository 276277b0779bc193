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
/// places from place or country mentions after "in"/"at" in that clause, else from what the article
/// states for the meeting (`Meetings+ArticlePlace.swift`: the visit, a later sentence, the dateline).
/// Reports of one meeting within the article are combined, each sentence kept as evidence.
///
/// Pure: safe to call concurrently on different articles.
public enum MeetingExtractor {
    /// Sentences longer than this (in bytes) are skipped: see `ArticleMeetings.run`.
    public static let maxSentenceBytes = 20_000

    /// The meetings that the sentences of a resolved article report: who met whom, held,
    /// planned or by phone, with the date and place the sentence gives, one report per meeting
    /// of the article with every sentence that tells it.
    ///
    /// - Parameter meter: counts the tokens made and scanned.
    /// - Complexity: linear in the article's tokens for most sentences (each pattern looks a
    ///   bounded number of tokens around its trigger word).
    public static func extract(_ r: ResolvedArticle, meter: WorkMeter? = nil) -> [MeetingReport] {
        // Without a reference date, a weekday may still be a day the text states
        // (`DateParser+StatedWeekday.swift`); the stated days are read once, when first needed.
        var stated: [PartialDate]?
        return extract(r, meter: meter) { r, range in
            let found = DateParser.find(in: r.article.text, range: range, reference: r.article.referenceDate)
            guard r.article.referenceDate == nil else { return found }
            return DateParser.anchoringWeekdays(found, in: r.article.text) {
                if stated == nil { stated = DateParser.statedDays(in: r.article.text) }
                return stated!
            }
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
    /// A clause of an earlier sentence that tells this meeting ("X met a delegation on Monday"
    /// before "The delegation included A and B"): its date and place are the meeting's.
    var toldIn: Clause?
    /// Two sides, when the clause has them: `people[..<split]` met `people[split...]`, and
    /// people on one side did not meet each other ("X and Y received Z": X with Z, Y with Z).
    /// Nil: one group, every pair met ("X and Y met", a trilateral).
    var split: Int? = nil

    /// A meeting clause of another sentence: the trigger and the subject's start in it.
    struct Clause: Sendable {
        var sentence: Int
        var anchor: Int
        var subjectStart: Int
    }
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
    /// Whether the lede's event may date it (`Meetings+EventFrame.swift`): nil while only the
    /// headline tells it.
    var frameFit: Bool?

    var planned: Bool { status == .planned }
}

struct ArticleMeetings {
    let ctx: ArticleContext
    var drafts: [MeetingDraft] = []
    /// Tokens made and scanned (a `WorkCount`).
    var tokensScanned = 0
    /// The lede's event, when a meeting may take its city (`Meetings+EventFrame.swift`).
    var frame: LedeEvent?

    init(_ r: ResolvedArticle) { ctx = ArticleContext(r) }

    /// Borrowed, not copied: a getter returned a copy of the whole article (a retain per
    /// field) at every use.
    var r: ResolvedArticle { _read { yield ctx.r } }
    var text: [UInt8] { ctx.text }
    var mentionsBySentence: [[Mention]] { ctx.mentionsBySentence }

    /// Sentence `s` holds a plural office word ("ministers", "presidents", "leaders"): one pass
    /// over the resolver's word keys, no tokens made.
    func namesOffices(_ s: Int) -> Bool {
        ctx.stream.tokens[ctx.stream.sentences[s]].contains { MeetingLexicon.pairNouns.contains(Word(key: $0.key)) }
    }

    /// The countries mentioned in sentence `s`.
    func countryMentions(_ s: Int) -> Int {
        mentionsBySentence[s].reduce(0) { $0 + (r.entities[$1.entity].type == .country ? 1 : 0) }
    }

    mutating func run(dates finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) -> [MeetingReport] {
        var later: [(sentence: Int, finding: MeetingFinding)] = []
        // Two people with a role and a country: a plural office may stand for them.
        let holdersAffiliated =
            r.entities.lazy.filter { $0.type == .person && $0.affiliation != nil && !$0.roles.isEmpty }.prefix(2).count
            == 2
        for s in r.sentences.indices {
            // A "sentence" this long is not prose (a file without punctuation, a list, a table),
            // and the matching below is quadratic in its length: read no meeting from it.
            guard r.sentences[s].range.count <= MeetingExtractor.maxSentenceBytes else { continue }
            // Every pattern needs a person in the sentence.
            // Every pattern needs a person in the sentence, or a "Kim-Xi" compound the resolver
            // may have left alone, or two countries whose office holders the article names
            // ("foreign ministers of Kestria and Norvia met").
            guard
                mentionsBySentence[s].contains(where: { r.entities[$0.entity].type == .person })
                    || ctx.hasNameCompound(r.sentences[s].range)
                    || ctx.holdsPhrase(ArticleContext.pairPhrases, in: r.sentences[s].range)
                    || (holdersAffiliated && countryMentions(s) >= 2 && namesOffices(s))
            else { continue }
            let t = ctx.tokens(sentence: s)
            tokensScanned += t.count
            var matcher = MeetingMatcher(tokens: t, sentence: s, article: ctx)
            let findings = matcher.findings()
            guard !findings.isEmpty else { continue }
            var dates: [DateMatch]?
            let otherTime = findings.count > 1 ? Self.otherTimeClauses(findings, t) : []
            for (n, f) in findings.enumerated() {
                switch f.kind {
                case .report:
                    var (date, place): (PartialDate?, String?)
                    if dates == nil { dates = finder(r, r.sentences[s].range) }
                    let apart = !otherTime.isEmpty && otherTime[n]
                    let fit = Self.frameFit(
                        headline: ctx.isHeadline(sentence: s), dates: dates!, tokens: t, finding: f, apart: apart)
                    if let c = f.toldIn {
                        // The clause of an earlier sentence that tells the meeting dates and places it.
                        var told = f
                        told.anchor = c.anchor
                        told.subjectStart = c.subjectStart
                        (date, place) = dateAndPlace(
                            ctx.tokens(sentence: c.sentence), told, dates: finder(r, r.sentences[c.sentence].range))
                    } else {
                        (date, place) = dateAndPlace(t, f, dates: dates!)
                    }
                    tokensScanned += t.count
                    // An undated meeting outside the headline is on the day the article was
                    // published when it is told as it happens ("X is meeting Y", "X holds talks
                    // with Y"; a headline's present tense is news style) or told in the lede of
                    // the report ("X held talks with Y", "X has met Y" in the body's first
                    // sentence; "had met", "has met Y three times" tell of an earlier one:
                    // `Meetings+NewsOfTheDay.swift`).
                    if date == nil, f.status != .planned, let p = r.article.referenceDate, p.day != nil,
                        !ctx.isHeadline(sentence: s),
                        Self.presentTense(t, f.anchor) || (s == ctx.ledeSentence && !Self.toldAsEarlier(t, f.anchor))
                    {
                        date = p
                        // "…, a day after holding talks with Y" (`Meetings+DaysAfter.swift`)
                        if let n = Self.daysBefore(t, f.anchor), let dn = p.dayNumber {
                            date = PartialDate(dayNumber: dn - n)
                        }
                    }
                    // A meeting dated after the article was published has not happened yet.
                    var status = f.status
                    if let d = date, let p = r.article.referenceDate, MeetingDates.after(d, p) { status = .planned }
                    let sequel = t.contains { $0.kind == .word && MeetingLexicon.sequelWords.contains($0.word) }
                    // One report per side pair when the clause has two sides (`Meetings+Sides.swift`).
                    for g in groups(f) {
                        add(
                            g, status: status, date: date, place: place, sentence: s, sequel: sequel, apart: apart,
                            frameFit: f.toldIn == nil ? fit : false)
                    }
                case .told, .extend, .attach:
                    later.append((s, f))
                }
            }
        }
        for (s, f) in later { follow(f, sentence: s) }
        leadDates(finder)
        followingDates(finder)
        sequelDates()
        eventFrame(finder)
        articlePlaces()
        // Without a publication date, the latest year the text states bounds from below when the
        // article was written (`DateParser+StatedYear.swift`): the merge keeps its undated
        // reports from the pair's meetings of earlier years.
        let published = r.article.published
        let statedYear =
            published == nil && drafts.contains(where: { $0.date == nil })
            ? DateParser.latestStatedYear(in: text) : nil
        return drafts.map { d in
            MeetingReport(
                participants: d.ids, date: d.date, place: d.place, status: d.status,
                evidence: d.sentences.sorted().map { CooccurrenceCounter.evidence(r, sentence: $0) },
                published: published, statedYear: statedYear)
        }
    }

    /// An undated held meeting takes its date from one of the three sentences before its first
    /// report when that sentence names all its participants ("X and Y agreed on Monday …" then
    /// "The two ministers met for three hours") or reports a meeting naming none or only some of
    /// them ("Senior diplomats met on Friday." then "X hosted Y and Z."; "X's meeting with EU
    /// officials ended on Thursday." then "X met Y, Z and W"; see also `unnamedHosting`) or tells a
    /// visit of some of them ("X arrived in Lakeport on Monday"; `toldVisit`): the lead of a news
    /// story dates what follows.
    /// A meeting first reported in the headline ("X, Y hold talks") takes the date of one of
    /// the three sentences after it that names one of its participants and nobody else ("The
    /// welcoming ceremony for X was held on Thursday"): the lede dates what the headline sums up.
    mutating func leadDates(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) {
        for i in drafts.indices where drafts[i].date == nil && !drafts[i].planned {
            guard let first = drafts[i].sentences.min() else { continue }
            let ids = Set(drafts[i].ids)
            // A title line above the lede is dated as the headline is (`Meetings+TitleLine.swift`).
            if ctx.isHeadline(sentence: first) || titleLine(first) {
                if let d = headlineLedeDate(ids: ids, after: first, finder) ?? headlineNewsDate(headline: first) {
                    drafts[i].date = d
                }
                continue
            }
            guard first > 0 else { continue }
            for s in stride(from: first - 1, through: max(0, first - 3), by: -1) {
                if ctx.isHeadline(sentence: s) { break }
                let people = Set(
                    mentionsBySentence[s].filter { r.entities[$0.entity].type == .person }.map {
                        r.entities[$0.entity].id
                    })
                let named = ids.isSubset(of: people)
                var toldMeeting = false
                if people.isSubset(of: ids), !named {
                    let t = ctx.tokens(sentence: s)
                    toldMeeting =
                        t.contains {
                            $0.kind == .word
                                && (MeetingLexicon.meetVerbs.contains($0.word)
                                    || MeetingLexicon.meetingNouns.contains($0.word))
                        } || Self.unnamedHosting(t)
                        || (!drafts[i].sequel && Self.toldVisit(t))
                }
                guard named || toldMeeting else { continue }
                // An undated lede of the day's news: the publication day (`Meetings+LedeNews.swift`).
                guard let d = finder(r, r.sentences[s].range).lazy.compactMap(\.date).first ?? ledeNewsDate(s) else {
                    continue
                }
                if let p = r.article.referenceDate, MeetingDates.after(d, p) { continue }
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
    static func pastPerfect(_ t: [MeetingToken], _ anchor: Int) -> Bool {
        perfectAuxiliary(t, anchor) != nil
    }

    /// The index of the auxiliary ("had", "has", "have") of a perfect verb at `anchor`, adverbs
    /// ("also", "already", "-ly") between them; nil when the verb is not a perfect. A meeting
    /// noun after "had" ("had talks with") is the object of "had" as a verb of its own.
    static func perfectAuxiliary(_ t: [MeetingToken], _ anchor: Int) -> Int? {
        guard anchor < t.count, !MeetingLexicon.meetingNouns.contains(t[anchor].word) else { return nil }
        var k = anchor - 1
        while k >= 0, t[k].kind == .word, t[k].shape.contains(.ly) || t[k].word == "also" || t[k].word == "already" {
            k -= 1
        }
        guard k >= 0, t[k].kind == .word, t[k].word == "had" || t[k].word == "has" || t[k].word == "have" else {
            return nil
        }
        return k
    }

    /// The verb at `anchor` is in the present tense: "is meeting", "are holding", "holds",
    /// "meets", "hosts".
    static func presentTense(_ t: [MeetingToken], _ anchor: Int) -> Bool {
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
        people.map { r.entities[$0].id }.sortedUnique()
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
    /// With `apart`, the report is of another meeting than the reports of its sentence
    /// (`Meetings+EarlierClause.swift`): it is not combined with a draft that sentence told.
    mutating func add(
        _ ids: [String], status: MeetingStatus, date: PartialDate?, place: String?, sentence: Int, sequel: Bool = false,
        apart: Bool = false, frameFit: Bool? = false
    ) {
        guard ids.count >= 2 else { return }
        // The same tests as on sets, on sorted arrays without duplicates (drafts keep theirs so).
        let mine = ids.sortedUnique()
        var best: Int?
        for i in drafts.indices where drafts[i].planned == (status == .planned) {
            let other = drafts[i].ids.sortedUnique()
            guard ArticleMeetings.isSubset(mine, of: other) || ArticleMeetings.isSubset(other, of: mine),
                MeetingDates.compatible(drafts[i].date, date), !(apart && drafts[i].sentences.contains(sentence)),
                !apartInTime(drafts[i].date, date)
            else { continue }
            if other == mine {
                best = i
                break
            }
            if best == nil { best = i }
        }
        guard let i = best else {
            drafts.append(
                MeetingDraft(
                    ids: ids, status: status, date: date, place: place, sentences: [sentence], sequel: sequel,
                    frameFit: frameFit))
            return
        }
        var d = drafts[i]
        d.ids = Array(Set(d.ids).union(ids)).sorted()
        d.date = MeetingDates.finer(d.date, date)
        if d.place == nil { d.place = place }
        d.frameFit = Self.frameFit(d.frameFit, frameFit)
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
            // "X and Y told Z": each side pair on its own (`Meetings+Sides.swift`).
            for g in groups(f) {
                let pair = Set(g)
                let fits = held.filter { pair.isSubset(of: Set(drafts[$0].ids)) }
                if let i = main(among: fits) {
                    if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
                } else if f.createsMeeting {
                    add(g, status: f.status, date: nil, place: nil, sentence: s)
                }
            }
        case .extend:
            guard let i = main(among: held) else { return }
            extend(i, with: f.people, sentence: s)
        case .attach:
            let fits = held.filter { !people.isDisjoint(with: Set(drafts[$0].ids)) }
            guard let i = main(among: fits) else { return }
            if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
        }
    }
}
