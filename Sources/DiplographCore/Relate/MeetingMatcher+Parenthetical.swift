/// Rule: a short parenthetical after a name belongs to that name and does not end a list.
///
///     PERSON (COUNTRY | ORG | a few words), PERSON (…) and PERSON (…)
///     "X met the co-chairs A (Kestria), B (Norvia) and C (the Republic of Zembla)"
///
/// Press releases give each person's country, party or post in brackets after the name; the
/// list goes on after the closing bracket as after any qualifier ("A of Kestria, B and C").
///
/// Counterexample: a bracket that names a person ("A (with B)") or runs long is left alone: the
/// list ends there, as before.
extension MeetingMatcher {
    /// The token after a parenthetical that opens at `i`: "(" then one to eight tokens that name
    /// no person and open no other bracket, then ")"; nil when there is none.
    func parentheticalEnd(_ i: Int) -> Int? {
        guard isPunct(i, "(") else { return nil }
        var k = i + 1
        while k < t.count, k - i <= 9 {
            if isPunct(k, ")") { return k > i + 1 ? k + 1 : nil }
            if isPerson(k) || isPunct(k, "(") { return nil }
            k += 1
        }
        return nil
    }
}
