/// Helpers of `ArticleMeetings.leadDates`: a headline's meeting dated by its lede, a lead
/// sentence in which an office holder, not named, hosts guests, and one that tells a visit.
extension ArticleMeetings {
    /// The date of the first of the three sentences after headline `h` that names people, all of
    /// them among `ids`, when it gives one (not after the publication date).
    func headlineLedeDate(
        ids: Set<String>, after h: Int, _ finder: (ResolvedArticle, Range<Int>) -> [DateMatch]
    ) -> PartialDate? {
        var seen = 0
        var s = h + 1
        while s < r.sentences.count, seen < 3 {
            defer { s += 1 }
            if ctx.isHeadline(sentence: s) { continue }
            seen += 1
            let people = Set(
                mentionsBySentence[s].filter { r.entities[$0.entity].type == .person }.map { r.entities[$0.entity].id })
            guard !people.isEmpty, people.isSubset(of: ids) else { continue }
            guard let d = finder(r, r.sentences[s].range).lazy.compactMap(\.date).first else { return nil }
            if let p = r.article.referenceDate, MeetingDates.after(d, p) { return nil }
            return d
        }
        return nil
    }

    /// "The President of Ostria received on Tuesday the heads of government …": an office
    /// holder, not named, hosting (past "received", "hosted", "welcomed") reports a meeting
    /// like "met" does; "The ministry received the letter" does not (no office is named). The
    /// office may have become a person's mention (`ArticleContext+RoleMentions.swift`).
    static func unnamedHosting(_ t: [MeetingToken]) -> Bool {
        t.contains { $0.kind == .word && hostingPast.contains($0.word) }
            && t.contains { ($0.kind == .word && MeetingLexicon.roleHeads.contains($0.word)) || $0.isPerson }
    }

    static let hostingPast: WordKeys = ["received", "hosted", "welcomed"]

    /// "Varga arrived in Lakeport on Monday", "during his visit to Lakeport in May": a lead
    /// sentence that tells a visit dates the meetings of the visitor that follow it, as one that
    /// tells a meeting does (`leadDates`), but for a meeting told as one more of the visit ("also
    /// met"): a visit of several days is dated by its arrival, that meeting by the day of the
    /// first one (`sequelDates`).
    static func toldVisit(_ t: [MeetingToken]) -> Bool {
        t.contains { $0.kind == .word && eventVisitWords.contains($0.word) }
    }
}
