/// Dates that a sentence about a meeting gives after the sentence that reports it.
///
/// A meeting told in the lede without a date is on the publication day (see `run`), a guess
/// that a following sentence can correct: "X held talks with Y." then "During the meeting, which
/// took place yesterday in Lakeport, the two sides discussed trade." The meeting takes the date
/// said right after "took place" or "held" when a meeting noun stands at most four tokens before
/// that verb, in one of the two sentences after its first report that names nobody else.
extension ArticleMeetings {
    mutating func followingDates(_ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) {
        guard let pub = r.article.referenceDate, pub.day != nil else { return }
        for i in drafts.indices where drafts[i].status == .held && drafts[i].date == pub {
            // Only a date the publication-day default gave: no sentence of the report dates it.
            guard
                !drafts[i].sentences.contains(where: { s in
                    finder(r, r.sentences[s].range).contains { $0.date != nil }
                }), let first = drafts[i].sentences.min()
            else { continue }
            let ids = Set(drafts[i].ids)
            for s in (first + 1)...(first + 2) where s < r.sentences.count && !ctx.isHeadline(sentence: s) {
                let people = Set(ctx.people(inSentence: s).map { r.entities[$0].id })
                guard people.isSubset(of: ids), let d = heldDate(sentence: s, finder), d.day != nil,
                    !MeetingDates.after(d, pub)
                else { continue }
                drafts[i].date = d
                break
            }
        }
    }

    /// The date right after "took place" or "held" (at most five bytes later: " on ") in
    /// sentence `s`, when a meeting noun stands at most four tokens before the verb.
    func heldDate(sentence s: Int, _ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]) -> PartialDate? {
        let t = ctx.tokens(sentence: s)
        for k in t.indices where t[k].kind == .word && (t[k].word == "held" || t[k].word == "place") {
            if t[k].word == "place", !(k > 0 && t[k - 1].kind == .word && t[k - 1].word == "took") { continue }
            let verb = t[k].word == "place" ? k - 1 : k
            let before = t[max(0, verb - 4)..<verb]
            guard before.contains(where: { $0.kind == .word && MeetingLexicon.meetingNouns.contains($0.word) })
            else { continue }
            let end = t[k].range.upperBound
            let dates = finder(r, r.sentences[s].range)
            if let m = dates.first(where: { $0.range.lowerBound >= end && $0.range.lowerBound - end <= 5 }) {
                return m.date
            }
        }
        return nil
    }
}
