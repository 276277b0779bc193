/// Frame: a meeting noun with its visitor after "by" and its host after "on" or "with".
///
///     MEETING-NOUN by PERSON (on|with) PERSON
///     "Introductory call by Ambassador X on Minister Y"   (a courtesy call: in person)
///     "a meeting by X with Y"
///
/// Counterexample: "a call by X for talks with Y" names no host after the visitor.
extension MeetingMatcher {
    func callBy(_ n: Int, status: MeetingStatus) -> ([Int], MeetingStatus)? {
        guard isWord(n + 1, "by"), let visitor = objects(from: n + 2), visitor.people.count == 1,
            isWord(visitor.end, "on") || isWord(visitor.end, "with"),
            let host = objects(from: visitor.end + 1), host.people.count == 1
        else { return nil }
        // "a call on Y" is a visit (a courtesy call), whatever "call" says of a phone.
        let st: MeetingStatus = status == .phone && isWord(visitor.end, "on") ? .held : status
        return (visitor.people + host.people, st)
    }
}
