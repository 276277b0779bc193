/// Frame: "in a meeting with Y" as an adverbial of its clause, whose subject took part.
///
///     SUBJECT [,] in [a|an|the|his|her] [MODIFIERS] MEETING-NOUN [ADVERBIALS] with OBJECTS
///     "President Ana Lind in a meeting on Friday with Tomas Berg invited him to Lakeport"
///     "Ana Lind, in talks with Tomas Berg, raised the border"
///     … a delegation in a MEETING-NOUN with OBJECTS
///     "Ana Lind led a Kestrian delegation in a bilateral meeting with Tomas Berg"
///
/// "in" is read as an opener of `adverbialController` (`MeetingMatcher+Controller.swift`) only
/// right after the subject's name, a comma or the word "delegation": elsewhere it is as often
/// the complement of a noun that says nothing of a meeting held ("interest in a meeting with
/// Y", "a breakthrough in the talks with Y", "her role in the talks with Y"). Seen in dev
/// articles 702e3da97ab2a16b (business.com.tm) and 512e3634580d2a9b (foreign.gov.tt).
///
/// Counterexamples: "X expressed interest in a meeting with Y"; "X will lead a delegation in
/// talks with Y" (a plan, as the clause says).
extension MeetingMatcher {
    /// True when "in" at `p` opens an adverbial meeting phrase.
    func opensInMeeting(_ p: Int) -> Bool {
        guard isWord(p, "in"), p > 0 else { return false }
        if isPerson(p - 1) { return !t[p - 1].possessive }
        return isPunct(p - 1, ",") || isWord(p - 1, "delegation") || isWord(p - 1, "delegations")
    }
}
