/// Frame: "spoke to/with" a counterpart.
///
///     SUBJECT (spoke|speaks|speak|spoken) (to|with) (his|her|their) [new] [COUNTRY] counterpart[s] …
///     "Prime Minister Ana Lind on Wednesday spoke to her Kestrian counterpart Tomas Berg"
///
/// "Spoke with Y" as often reports an interview as a meeting, so `speakVerb` wants a phone
/// named; but one speaks to one's counterpart as an office holder: a diplomatic exchange, in
/// person or by phone. The object is then read as any object (a name after the title, or the
/// counterpart `countryCounterpart` finds in the article).
///
/// Counterexample: "Lind spoke to reporters and to Berg's aide" names no counterpart and stays
/// no meeting; so does "Lind spoke to her counterpart's adviser Berg" (a possessive counterpart).
extension MeetingMatcher {
    /// True when the object from token `o` opens with "his/her/their [new] [COUNTRY] counterpart(s)".
    func counterpartObject(_ o: Int) -> Bool {
        guard let p = word(o), Self.possessivePronouns.contains(p) else { return false }
        var k = o + 1
        if isWord(k, "new") { k += 1 }
        if k < t.count, t[k].kind == .entity, t[k].type == .country, !t[k].possessive { k += 1 }
        guard let n = word(k), n == "counterpart" || n == "counterparts", !t[k].possessive else { return false }
        return true
    }
}
