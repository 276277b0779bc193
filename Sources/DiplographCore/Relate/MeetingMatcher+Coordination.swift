/// Frame: a meeting verb phrase coordinated with an earlier verb phrase that reports no meeting.
///
///     SUBJECT VERB … and [adverbs] MEETING-VERB …
///     "X arrived in Kestria on Monday and (previously) held talks with Y"
///     "He landed in Norvia and was received by Y"
///
/// The subject is the person (or "he"/"she") who opens the sentence; between it and the "and"
/// stand only words of one clause: no other person, no comma, no word that opens another clause.
extension MeetingMatcher {
    /// Words that may stand between "and" and the meeting verb.
    static let coordinationFillers: WordKeys = [
        "also", "then", "later", "previously", "subsequently", "afterwards", "was", "were", "had", "has", "have",
        "immediately", "briefly", "separately", "again",
    ]
    /// Words that open another clause: a verb phrase after one of them has another subject.
    static let clauseOpeners: WordKeys = [
        "who", "which", "that", "when", "while", "where", "because", "although", "though", "after", "before",
        "since", "until", "as", "but", "said", "says", "told", "if", "whether", "whom", "whose",
    ]

    func coordinatedSubject(before v: Int) -> Subject? {
        var a = v - 1
        while a > 0, v - a <= 3, let w = word(a), Self.coordinationFillers.contains(w) { a -= 1 }
        guard isWord(a, "and"), let (start, person) = openingSubject() else { return nil }
        // The first verb right after the subject: not "and" or "," (coordinated subjects are
        // `subject(before:)`'s), and no modal that makes it a plan or a denial.
        var planned = false
        var negative = false
        var k = start + 1
        while k < a {
            if isPerson(k) || t[k].kind == .punct && !isPunct(k, "-") && !isPunct(k, ".") { return nil }
            if let w = word(k) {
                if Self.clauseOpeners.contains(w) || Words.pronounsSubject.contains(w) { return nil }
                if Words.negativeWords.contains(w) || t[k].shape.contains(.nt) { negative = true }
                if w != "to", Words.plannedWords.contains(w) { planned = true }
            }
            k += 1
        }
        guard a > start + 1, !isWord(start + 1, "and") else { return nil }
        return Subject(people: [person], start: start, planned: planned, negative: negative)
    }

    /// The person who opens the sentence as its subject, after its titles: its token and entity.
    /// "he"/"she" resolves as in `subject(before:)`.
    func openingSubject() -> (Int, Int)? {
        // "The newly elected President for Kestria X …" (`MeetingMatcher+DescribedHolder.swift`)
        if let p = describedHolder(from: 0), !t[p].possessive { return (p, t[p].entity) }
        var k = 0
        while k < t.count, !isPerson(k), isTitleToken(k) || isPunct(k, "\"") { k += 1 }
        if isPerson(k), !t[k].possessive { return (k, t[k].entity) }
        if let w = word(k), Words.pronounsSubject.contains(w), let p = antecedent(before: k, excluding: []) {
            return (k, p)
        }
        return nil
    }
}
