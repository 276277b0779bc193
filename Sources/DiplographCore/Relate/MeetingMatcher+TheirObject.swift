/// Frame: "their" meeting noun at the end of a clause of one person subject and one person
/// object.
///
///     X [ADVERB] VERB [ADVERB] Y … (during|at|in) their [WORDS] MEETING-NOUN …
///     "President Ana Lind reportedly handed Tomas Berg the invitation during their meeting in Lakeport"
///     "Ana Lind urged Prime Minister Tomas Berg to lift the duties in their first talks on Monday"
///
/// The subject opens the sentence; the verb follows it (past a -ly adverb); the object is the
/// next person, after its titles; between the object and the phrase, no other person, no
/// clause of its own ("that", "which", "said" …) and no negative. Then "their" is the two of
/// them. Seen in dev articles 29405e350c12ae00 (yalibnan.com) and e7bb07e77951b721
/// (aletihad.ae).
///
/// Counterexamples: "X said Y was right during their talks" (a reporting verb: Y is no object);
/// "X congratulated Y on the deal that the envoys reached in their talks" (a clause of its own);
/// "X will urge Y … during their talks" (a plan: read by no frame here); "X thanked Y for the
/// help Z gave during their talks" (another person between).
extension MeetingMatcher {
    static let theirObjectPrepositions: WordKeys = ["at", "during", "in"]

    /// The subject and object that own "their" at `q`, or nil.
    func theirObjectOwners(their q: Int) -> [Int]? {
        guard let p = word(q - 1), Self.theirObjectPrepositions.contains(p), !framesSentence(q - 1) else { return nil }
        let s = titleGap(from: 0)
        guard s < q, isPerson(s), !t[s].possessive else { return nil }
        let v = skipAdverbs(qualifierEnd(s + 1))
        guard let w = word(v), !t[v].capitalized, !Words.clauseCuts.contains(w), !Words.modifierStops.contains(w),
            !Words.negativeWords.contains(w), !Words.reportingWords.contains(w), !Words.plannedWords.contains(w),
            !Self.theirClausePlanned.contains(w), !Self.subordinators.contains(w)
        else { return nil }
        let o = titleGap(from: skipAdverbs(v + 1))
        guard o < q - 1, q - o <= 14, isPerson(o), !t[o].possessive, id(o) != id(s) else { return nil }
        for k in (o + 1)..<(q - 1) {
            if isPerson(k) { return nil }
            if t[k].kind == .punct, !isPunct(k, ",") && !isPunct(k, "-") { return nil }
            guard let x = word(k) else { continue }
            if Words.clauseCuts.contains(x) || Self.subordinators.contains(x) || Words.negativeWords.contains(x) {
                return nil
            }
        }
        return [t[s].entity, t[o].entity]
    }
}
