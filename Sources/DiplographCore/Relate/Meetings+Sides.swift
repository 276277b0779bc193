/// Two sides of a meeting: people on one side did not meet each other.
///
///     SUBJECT-A and SUBJECT-B VERB OBJECT     → A with OBJECT, B with OBJECT
///     "Emperor X and Empress Y met with visiting President Z"      → X–Z, Y–Z (not X–Y)
///     "King X and Crown Prince Y received Z"                       → X–Z, Y–Z
///     "X and Y held talks with Z and W"                            → X–Z, X–W, Y–Z, Y–W
///     then "The meeting was attended by A (of X's country) and B (of Z's country)"
///                                                                  → A–Z, B–X (not A–B, A–X)
///
/// A coordinated subject with no object is one side meeting itself ("X and Y met", "X and Y
/// held talks"), and a list presented as meeting each other ("talks between X, Y and Z", a
/// trilateral) is one group: every pair of those stays a meeting.
///
/// The public model is unchanged: a report is a set of participants, and every pair of a set
/// met. A two-sided finding therefore becomes one report per cross-side pair (each with the
/// sentence, date and place of the clause), combined within the article and across articles as
/// any report is; a finding whose sides are one person each is one report, as before.
///
/// An attendee joins a side by country: one whose country is known and differs from a
/// participant's met that participant (the host's minister met the guest, not the host); one of
/// unknown country, or of the country of every participant, is evidence only.
extension MeetingMatcher {
    /// The side split of a clause whose subject is `subject` and whose objects follow it: the
    /// subject's size when it names two people or more, nil when it is one person (the clause's
    /// own rules then decide between pairs and one group). People of two countries in the
    /// subject are still one side: "The Kestrian and Norvian ambassadors X and Y paid calls on Z"
    /// are two calls, not a meeting of X with Y.
    func sides(subject: [Int]) -> Int? {
        subject.count >= 2 ? subject.count : nil
    }
}

extension ArticleMeetings {
    /// The participant sets a finding reports, as sorted ids: its people as one group, or, with
    /// two sides, one pair per person of one side and person of the other.
    func groups(_ f: MeetingFinding) -> [[String]] {
        guard let k = f.split, k > 0, k < f.people.count else { return [ids(f.people)] }
        let a = ids(Array(f.people[..<k]))
        let b = ids(Array(f.people[k...]))
        var out: [[String]] = []
        for x in a {
            for y in b where x != y {
                let pair = x < y ? [x, y] : [y, x]
                if !out.contains(pair) { out.append(pair) }
            }
        }
        return out
    }

    /// The country of the person with id `id`, if the resolver knows it.
    func affiliation(ofID id: String) -> String? {
        r.entities.first { $0.id == id }?.affiliation
    }

    /// "The meeting was attended by A and B": each attendee whose country is known meets the
    /// participants of draft `i` of another known country, one report per pair, dated and placed
    /// as the draft; the sentence is evidence for the draft itself.
    mutating func extend(_ i: Int, with people: [Int], sentence s: Int) {
        if !drafts[i].sentences.contains(s) { drafts[i].sentences.append(s) }
        let main = drafts[i]
        let others = main.ids.map { ($0, affiliation(ofID: $0)) }
        for p in ids(people) where !main.ids.contains(p) {
            guard let a = affiliation(ofID: p) else { continue }
            for (m, b) in others where b != nil && b != a {
                add(
                    [p, m].sorted(), status: main.status, date: main.date, place: main.place, sentence: s,
                    sequel: main.sequel, frameFit: main.frameFit)
            }
        }
    }
}
