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
    /// people are all among those of one of the eight reports before it in the sentence, with a
    /// subordinator between that report's trigger and its own.
    ///
    /// - Complexity: linear in the tokens and the findings (a prefix count of subordinators, at
    ///   most eight earlier reports for each): a pathological sentence of hundreds of reports stays cheap.
    static func otherTimeClauses(_ findings: [MeetingFinding], _ t: [MeetingToken]) -> [Bool] {
        // before[k]: subordinators among t[..<k].
        var before = [Int](repeating: 0, count: t.count + 1)
        for (k, tok) in t.enumerated() {
            before[k + 1] = before[k] + (tok.kind == .word && otherTimeWords.contains(tok.word) ? 1 : 0)
        }
        guard before[t.count] > 0 else { return [] }
        func subordinator(from a: Int, to b: Int) -> Bool {
            let lo = min(max(a + 1, 0), t.count)
            let hi = min(max(b, lo), t.count)
            return before[hi] - before[lo] > 0
        }
        var out = [Bool](repeating: false, count: findings.count)
        for j in findings.indices {
            let b = findings[j]
            guard b.kind == .report, b.toldIn == nil else { continue }
            var seen = 0
            var i = j - 1
            while i >= 0, seen < 8 {
                let a = findings[i]
                i -= 1
                guard a.kind == .report else { continue }
                seen += 1
                if a.anchor < b.anchor, subordinator(from: a.anchor, to: b.anchor),
                    b.people.allSatisfy({ a.people.contains($0) })
                {
                    out[j] = true
                    break
                }
            }
        }
        return out
    }
}
