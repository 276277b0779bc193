/// Frame: a clause after "after", "since" or "before" that tells another meeting of the same
/// people as the main clause of its sentence.
///
///     MAIN CLAUSE (X … Y), after|since|before … X and Y|the two|the pair VERB … [DATE]
///     "X was meeting with Y in Lakeport, after the pair met a year ago in Eastfield"
///     "It was X's first meeting with Y, after the two talked over the phone in October last year"
///
/// The subordinate clause tells an earlier (or later) meeting, not the one of the main clause:
/// it is reported as a meeting of its own, with its own date and place, and is never combined
/// with the main clause's meeting, whose date it would otherwise give ("dated a year ago").
extension ArticleMeetings {
    /// Subordinators that open a clause about another moment.
    static let otherTimeWords: WordKeys = ["after", "since", "before"]

    /// For each finding of one sentence, whether it is such a subordinate clause: a report whose
    /// people are all among those of an earlier report of the sentence, with a subordinator
    /// between that report's trigger and its own.
    static func otherTimeClauses(_ findings: [MeetingFinding], _ t: [MeetingToken]) -> [Bool] {
        findings.indices.map { j in
            let b = findings[j]
            guard b.kind == .report, b.toldIn == nil else { return false }
            return findings[..<j].contains { a in
                guard a.kind == .report, a.anchor < b.anchor, Set(b.people).isSubset(of: Set(a.people)) else {
                    return false
                }
                return t[(a.anchor + 1)..<min(b.anchor, t.count)].contains {
                    $0.kind == .word && otherTimeWords.contains($0.word)
                }
            }
        }
    }
}
