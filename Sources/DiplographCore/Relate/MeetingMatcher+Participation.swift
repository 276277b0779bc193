/// Frame: a verb whose subject takes part in the meeting its noun names.
///
///     SUBJECT FRAME-VERB [the|a] [modifiers] MEETING-NOUN [adverbials] with OBJECT-LIST
///     "X attended talks with Y", "X took part in bilateral talks in Kestria with A, B and C",
///     "X participated in the meeting with Y"
///
/// `participantOwner` gives the subject as the owner of the noun; the caller pairs it with each
/// object.
extension MeetingMatcher {
    static let takeForms: WordKeys = ["took", "take", "takes", "taking", "taken"]
    static let participateForms: WordKeys = ["participated", "participates", "participate", "participating"]

    /// The frame verb that ends at token `p` ("attended", "took part in", "participated in"), as
    /// the index of its first word, or nil.
    func frameVerb(endingAt p: Int) -> Int? {
        guard let w = word(p) else { return nil }
        if Words.meetingFrameVerbs.contains(w) { return p }
        guard w == "in" else { return nil }
        if isWord(p - 1, "part"), let v = word(p - 2), Self.takeForms.contains(v) { return p - 2 }
        if let v = word(p - 1), Self.participateForms.contains(v) { return p - 1 }
        return nil
    }

    /// The subject of the frame verb ending at `p`, when it is one person who is not one of the
    /// objects: the owner of the meeting noun, and whether the clause is a plan.
    func participantOwner(frameEndingAt p: Int, excluding objIDs: Set<String>) -> (Int, planned: Bool)? {
        guard let v = frameVerb(endingAt: p),
            let subj = subject(before: v) ?? sharedSubject(before: v) ?? coordinatedSubject(before: v),
            subj.people.count == 1, !subj.negative, !objIDs.contains(article.r.entities[subj.people[0]].id)
        else { return nil }
        return (subj.people[0], subj.planned)
    }
}
