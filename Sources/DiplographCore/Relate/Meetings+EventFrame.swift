/// Frame: the event the lede states, and the meetings told inside it without a date.
///
///     LEDE:  … P … (meeting word | visit word) … DATE …
///            "Varga on Friday met a host of leaders at the summit in Lakeport."
///            "Varga arrived in Lakeport on Sunday for a three-day visit."
///     LATER: P … met|received|held talks with … Q          (no date expression in the sentence)
///            "Varga also had a good meeting with Ortiz, his office said."
///
/// A news report states its event's date once, in the lede, and tells the meetings of that event
/// after it without repeating it. A held (or phone) meeting reported after the lede with no date
/// expression in any of its sentences, not in a perfect tense ("had met", "has held") and not in
/// a clause about another moment ("a day after X held talks with Y"; see also
/// `Meetings+EarlierClause.swift`), takes the lede's date when one of its participants is a
/// person the lede names. The lede must speak of a meeting or a visit and give a resolved date
/// no later than the publication date; a sentence with a date expression the parser cannot
/// resolve ("on Friday" in an article without a publication date) keeps its meeting undated
/// rather than taking the lede's. Dates inside a relative clause on the subject ("X, who arrived
/// on Sunday, held talks with Y") are not the sentence's own (`Meetings+SubjectClauseDate.swift`),
/// and a lede with no date expression that tells the day's news dates its event to the
/// publication day (`Meetings+LedeNews.swift`), without placing any meeting.
extension ArticleMeetings {
    /// Words of a visit or a trip that make a lede state an event: "arrived in", "a visit to".
    static let eventVisitWords: WordKeys = [
        "visit", "visits", "visiting", "visited", "arrived", "arrives", "arrival", "trip", "tour",
    ]

    /// Whether a report is told so that the lede's event may date it: `nil` for a report in the
    /// headline (it says nothing either way), else whether its sentence has no date expression,
    /// its verb is not in a perfect tense and it is not set apart as another moment.
    static func frameFit(
        headline: Bool, dates: [DateMatch], tokens t: [MeetingToken], finding f: MeetingFinding, apart: Bool
    ) -> Bool? {
        if headline { return nil }
        // Dates of a relative clause on the subject are not the meeting's (`Meetings+SubjectClauseDate.swift`).
        return (dates.isEmpty || datesInSubjectClause(t, dates, f)) && !apart && !pastPerfect(t, f.anchor)
            && !subordinate(t, f)
    }

    /// Words that open a clause about another moment than the sentence's: "The call came a day
    /// after X held talks with Y", "before meeting Y".
    static let otherMomentWords: WordKeys = ["after", "before", "since", "when", "following", "until", "ahead"]

    /// True when the finding's clause opens on such a word: right before its subject or its trigger.
    static func subordinate(_ t: [MeetingToken], _ f: MeetingFinding) -> Bool {
        [f.subjectStart - 1, f.anchor - 1].contains { k in
            k >= 0 && k < t.count && t[k].kind == .word && otherMomentWords.contains(t[k].word)
        }
    }

    /// Two reports' fits combined into the fit of their meeting: every told report must fit.
    static func frameFit(_ a: Bool?, _ b: Bool?) -> Bool? {
        guard let a else { return b }
        guard let b else { return a }
        return a && b
    }

    /// The lede's event: its date, the people it names and its city, when it speaks of a meeting
    /// or a visit and gives a resolved date (the first date expression of the sentence) not after
    /// the publication date. The city is the first town after "in" or "at" outside a reporting
    /// phrase ("… told reporters in Lakeport" places nothing).
    func ledeEvent(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) -> LedeEvent? {
        guard let lede = ctx.ledeSentence else { return nil }
        let people = Set(ctx.people(inSentence: lede).map { r.entities[$0].id })
        guard !people.isEmpty else { return nil }
        let t = ctx.tokens(sentence: lede)
        guard Self.speaksOfEvent(t) else { return nil }
        // A lede with no date expression that tells the day's news is on the publication day
        // (`Meetings+LedeNews.swift`): it dates the meetings told after it, but places none.
        let dates = finder(r, r.sentences[lede].range)
        guard let d = dates.isEmpty ? ledeNewsDate(lede) : dates[0].date else { return nil }
        if let p = r.article.referenceDate, MeetingDates.after(d, p) { return nil }
        let city = Self.cityAfterPreposition(t, r.entities, skip: { inReportingPhrase(t, $0) })
        return LedeEvent(
            sentence: lede, date: d, people: people, city: city.flatMap { isTown($0) ? $0 : nil }, news: dates.isEmpty)
    }

    /// True when the tokens speak of a meeting or a visit: a meeting noun, a verb of meeting,
    /// hosting, discussing or exchanging views, or a word of a visit.
    static func speaksOfEvent(_ t: [MeetingToken]) -> Bool {
        toldVisit(t)
            || t.contains {
                $0.kind == .word
                    && (MeetingLexicon.meetVerbs.contains($0.word) || MeetingLexicon.meetingNouns.contains($0.word)
                        || MeetingLexicon.hostVerbs.contains($0.word) || MeetingLexicon.discussVerbs.contains($0.word)
                        || MeetingLexicon.exchangeVerbs.contains($0.word))
            }
    }

    /// Dates the undated meetings told inside the lede's event (see above), and keeps the event
    /// for `articlePlaces` when a meeting of its day may take its city.
    mutating func eventFrame(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) {
        let dates = drafts.contains { $0.date == nil && !$0.planned && $0.frameFit == true }
        let places = drafts.contains { $0.status == .held && $0.date?.day != nil && !isTown($0.place) }
        guard dates || places, let event = ledeEvent(finder) else { return }
        if places, !event.news { frame = event }
        for i in drafts.indices where drafts[i].date == nil && !drafts[i].planned && drafts[i].frameFit == true {
            guard let first = drafts[i].sentences.min(), first > event.sentence,
                !event.people.isDisjoint(with: drafts[i].ids)
            else { continue }
            drafts[i].date = event.date
        }
    }

    /// The city of the lede's event for a meeting of one of the people it names, reported after
    /// the lede and dated to the event's day: a meeting of the same day is in the same town
    /// ("Kim received Lavrov in Lakeport on Monday." then "Earlier on Monday, Lavrov held talks
    /// with Choe."). Nil for a meeting of another day or with no day.
    func frameCity(_ d: MeetingDraft) -> String? {
        guard let event = frame, let city = event.city, let date = d.date, date.day != nil, date == event.date,
            let first = d.sentences.min(), first > event.sentence, !event.people.isDisjoint(with: d.ids)
        else { return nil }
        return city
    }
}

/// The event a lede states (`Meetings+EventFrame.swift`).
struct LedeEvent {
    var sentence: Int
    var date: PartialDate
    var people: Set<String>
    /// The town of the event, when the lede gives one.
    var city: String?
    /// Dated as the day's news, not by a date of the lede (`ArticleMeetings.ledeNewsDate`).
    var news = false
}
