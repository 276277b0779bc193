/// Where a meeting clause ends because another meeting begins: "X met Y in the run-up to his
/// meeting with Z on Thursday". A meeting noun after the trigger, followed by "with" or
/// "between" and (after at most three words of a title) a person who is not one of the
/// clause's participants, is a noun phrase of its own: the date and place after it are that
/// meeting's, not the clause's.
extension ArticleMeetings {
    /// True when token `i` (a word after the clause's trigger) opens a noun phrase of another
    /// meeting: a meeting noun, "with"/"between", at most three words, then a person outside
    /// `people`.
    static func opensOtherMeeting(_ t: [MeetingToken], _ i: Int, people: [Int]) -> Bool {
        guard t[i].kind == .word, MeetingLexicon.meetingNouns.contains(t[i].word), i + 2 < t.count,
            t[i + 1].kind == .word, t[i + 1].word == "with" || t[i + 1].word == "between"
        else { return false }
        var k = i + 2
        while k < t.count, k - (i + 2) <= 3 {
            if t[k].isPerson { return !people.contains(t[k].entity) }
            guard t[k].kind == .word else { return false }
            k += 1
        }
        return false
    }
}
