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
/// rather than taking the lede's.
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
        return dates.isEmpty && !apart && !pastPerfect(t, f.anchor) && !subordinate(t, f)
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

    /// The lede's event: its date and the people it names, when it speaks of a meeting or a visit
    /// and gives a resolved date (the first date expression of the sentence) not after the
    /// publication date.
    func ledeEvent(
        _ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]
    ) -> (date: PartialDate, people: Set<String>)? {
        guard let lede = ctx.ledeSentence else { return nil }
        let people = Set(ctx.people(inSentence: lede).map { r.entities[$0].id })
        guard !people.isEmpty else { return nil }
        let t = ctx.tokens(sentence: lede)
        guard
            t.contains(where: {
                $0.kind == .word
                    && (MeetingLexicon.meetVerbs.contains($0.word) || MeetingLexicon.meetingNouns.contains($0.word)
                        || MeetingLexicon.hostVerbs.contains($0.word) || MeetingLexicon.discussVerbs.contains($0.word)
                        || MeetingLexicon.exchangeVerbs.contains($0.word) || Self.eventVisitWords.contains($0.word))
            })
        else { return nil }
        guard let first = finder(r, r.sentences[lede].range).first, let d = first.date else { return nil }
        if let p = r.article.referenceDate, MeetingDates.after(d, p) { return nil }
        return (d, people)
    }

    /// Dates the undated meetings told inside the lede's event (see above).
    mutating func eventFrameDates(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) {
        guard
            drafts.contains(where: { $0.date == nil && !$0.planned && $0.frameFit == true }),
            let lede = ctx.ledeSentence, let event = ledeEvent(finder)
        else { return }
        for i in drafts.indices where drafts[i].date == nil && !drafts[i].planned && drafts[i].frameFit == true {
            guard let first = drafts[i].sentences.min(), first > lede,
                !event.people.isDisjoint(with: drafts[i].ids)
            else { continue }
            drafts[i].date = event.date
        }
    }
}
