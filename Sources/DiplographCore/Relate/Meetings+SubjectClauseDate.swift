/// Frame: a relative clause on the subject that holds the dates of the sentence.
///
///     SUBJECT, (who|which) … DATE …, [AUX] VERB … OBJECT
///     "Varga, who arrived in Lakeport on Sunday for a three-day visit, held talks with Lind"
///     "Mr Varga, who flew in on Friday night and leaves on Saturday, met Lind and Berg"
///
/// The dates are the clause's (the arrival, the departure), not the meeting's: the sentence
/// gives the meeting no date of its own, and the lede's event may date it as it dates a
/// sentence with no date expression (`Meetings+EventFrame.swift`). A date anywhere else in
/// the sentence ("X, who arrived on Sunday, met Y on Monday"; "X met Y, who arrived on
/// Sunday") keeps the sentence its own.
extension ArticleMeetings {
    /// True when `dates` is not empty and every one of them lies inside a relative clause set
    /// off by commas between the subject's start and the trigger of finding `f`.
    static func datesInSubjectClause(_ t: [MeetingToken], _ dates: [DateMatch], _ f: MeetingFinding) -> Bool {
        guard !dates.isEmpty, f.subjectStart >= 0, f.anchor < t.count else { return false }
        var clauses: [Range<Int>] = []
        var k = f.subjectStart
        while k + 1 < f.anchor {
            guard t[k].kind == .punct, t[k].mark == ",", t[k + 1].kind == .word,
                t[k + 1].word == "who" || t[k + 1].word == "which"
            else {
                k += 1
                continue
            }
            // The clause ends at the next comma, which must come before the trigger.
            guard let e = ((k + 2)..<f.anchor).first(where: { t[$0].kind == .punct && t[$0].mark == "," }) else {
                break
            }
            clauses.append(t[k].range.lowerBound..<t[e].range.upperBound)
            k = e + 1
        }
        guard !clauses.isEmpty else { return false }
        return dates.allSatisfy { m in clauses.contains { $0.contains(m.range.lowerBound) } }
    }
}
