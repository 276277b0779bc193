/// Rule: a call noun takes its person after "to" (or a courtesy call after "on"), as other
/// meeting nouns take theirs after "with".
///
///     [OWNER] (phone|telephone|courtesy|introductory|…) call (to|on) PERSON
///     "X's courtesy call to Y", "a telephone call to Y", "X made a call to Y" (after a verb of
///     holding, any call)
///
/// A bare "call to Y" is as often an appeal as a call ("X's call to Y"), so without a verb of
/// holding the noun must be named a phone, video or courtesy call; and a call followed by "to"
/// and a verb is an appeal all the same ("a phone call to Y to demand …" is still a call, but
/// "X's courtesy call to Y to resign" is not read).
///
/// Adverbials may stand between the call and its "to", as before a "with"
/// (`MeetingMatcher+Adverbials.swift`): "X made a phone call today to Y", "a telephone call on
/// Monday to Y" (dev article 9b1baffeb31c2d0e; the same run before "with" in 1f2711b5c748fb21,
/// another outlet: "made a phone call this evening with Y").
///
/// Counterexample: "X's call to Y to step down" (no phone or courtesy word; an appeal).
extension MeetingMatcher {
    static let callNouns: WordKeys = ["call", "calls"]
    /// Words that make a "call" a visit or a conversation rather than an appeal.
    static let callKinds: WordKeys = [
        "phone", "telephone", "video", "courtesy", "introductory", "farewell", "telephonic", "conference",
    ]

    /// True when token `w` is a "to" (or, for a courtesy call, "on") that links the call noun at
    /// `n` to its person; `made`: the noun follows a verb of holding ("made a call to Y").
    func callTo(_ w: Int, noun n: Int, made: Bool) -> Bool {
        guard let noun = word(n), Self.callNouns.contains(noun) else { return false }
        let kind = (max(0, n - 4)..<n).first { word($0).map(Self.callKinds.contains) ?? false }
        if isWord(w, "on") { return kind.map { isWord($0, "courtesy") || isWord($0, "introductory") } ?? false }
        guard isWord(w, "to"), made || kind != nil else { return false }
        // "a call to Y to resign": an appeal.
        guard let obj = objects(from: w + 1), !isWord(obj.end, "to") else { return false }
        return true
    }

    /// The "to" of the call noun at `n` after adverbials from `i` ("today", "on Monday"), or nil
    /// when there are none or no call's "to" follows them.
    func callToAfterAdverbials(_ i: Int, noun n: Int, made: Bool) -> Int? {
        linkAfterAdverbials(i) { callTo($0, noun: n, made: made) }?.with
    }
}
