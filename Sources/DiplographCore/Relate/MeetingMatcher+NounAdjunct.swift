/// Rule: a common noun used as a modifier before a role noun belongs to the title.
///
///     … with parliament speaker Y          "X held talks with parliament speaker Tomas Berg"
///     … with rival leaders A and B         "X held talks with rival leaders A and B"
///     … met junta chief Y
///
/// Title words are a closed list (`MeetingLexicon.titleWords`); a lowercase word before a role
/// noun ("speaker", "leader", "chief", …) and a name is part of the title the person holds, so the
/// list of people met goes on past it (`titleGap`). Seen in dev articles 58cf7572abd3245f
/// (iraqidinarchat.net), fd8e1eaebdcfabbc (rfi.fr) and 219358620305fff9 (irrawaddy.com).
///
/// The word itself is no verb, adverb or clause word (no -ed, -ing or -ly ending, at least four
/// letters, not a stop word), and a title token or the person follows the role noun.
///
/// Counterexample: "X discussed the visit of President Y" ("of" is no role noun: the visit is
/// not a title).
extension MeetingMatcher {
    /// Role nouns a common noun may modify in a title.
    static let adjunctRoleNouns: WordKeys = [
        "speaker", "leader", "leaders", "chief", "chiefs", "head", "minister", "ministers", "president",
        "presidents", "commander", "envoy",
    ]

    /// True when the word at `k` is a lowercase noun modifying the role noun after it, in a title
    /// before a name: "parliament" in "parliament speaker Y".
    func isTitleAdjunct(_ k: Int) -> Bool {
        guard let r = word(k + 1), Self.adjunctRoleNouns.contains(r), !t[k + 1].possessive,
            let w = word(k), !t[k].capitalized, !t[k].possessive, t[k].letters >= 4,
            t[k].shape.isDisjoint(with: [.ly, .ing]), !lowercasedWord(k).hasSuffix("ed"),
            !Words.modifierStops.contains(w), !Words.clauseCuts.contains(w), !Words.determiners.contains(w),
            !Words.titleWords.contains(w), !Words.meetingNouns.contains(w)
        else { return false }
        return isPerson(k + 2) || isTitleToken(k + 2)
    }
}
