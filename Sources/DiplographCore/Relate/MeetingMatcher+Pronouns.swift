/// Rule: the person a sentence-initial "he" or "she" goes back to.
///
/// Walking back at most three sentences: a sentence that names nobody is passed over (unless it
/// opens on an untagged name of one article person: `untaggedPerson`); so is one
/// whose own subject is "he" or "she" (its first person-or-pronoun is the pronoun: "From there he
/// travelled to Kestria, where he met Y" — Y is not the "he" of the next sentence); the first
/// other sentence gives its one person, or, when it names several, the person who opens it as
/// its subject ("On Monday, X received Y." then "He also met Z": X; not "X and Y landed …").
/// Anything else: no one.
extension MeetingMatcher {
    func previousTopic() -> Int? {
        var s = sentence - 1
        while s >= 0, sentence - s <= 3 {
            let people = article.people(inSentence: s)
            let before = MeetingMatcher(tokens: article.tokens(sentence: s), sentence: s, article: article)
            if people.isEmpty {
                // "Anwar wasted no time …" with "Anwar" left alone: the person it names opens it.
                if let p = before.untaggedPerson(before: 1), before.word(1) != nil, !before.t[1].capitalized {
                    return p
                }
                s -= 1
                continue
            }
            let opening = before.openingToken()
            if let o = opening, before.t[o].kind == .word {
                s -= 1
                continue
            }
            if people.count == 1 { return people[0] }
            return opening.map { before.t[$0].entity }
        }
        return nil
    }

    /// The token that opens the sentence as its subject: a person (not possessive) after its
    /// titles, perhaps after an opening phrase set off by a comma that names nobody ("Four days
    /// later, President X …"), or a "he"/"she" that comes before any person. Nil otherwise.
    func openingToken() -> Int? {
        guard
            let first = t.indices.first(where: {
                isPerson($0) || (word($0).map(Words.pronounsSubject.contains) ?? false)
            })
        else { return nil }
        if t[first].kind == .word { return first }
        // "X and Y landed …": a coordinated subject makes "she" ambiguous.
        guard !t[first].possessive, !isWord(first + 1, "and"), !isWord(first + 1, "or"),
            !(isPunct(first + 1, ",") && isPerson(first + 2))
        else { return nil }
        var k = first - 1
        while k >= 0, isTitleToken(k) || isPunct(k, "\"") { k -= 1 }
        return k < 0 || isPunct(k, ",") ? first : nil
    }

    /// Words that open a sentence with a capital and name no one.
    static let sentenceOpeners: WordKeys = [
        "the", "a", "an", "this", "that", "these", "those", "during", "at", "in", "on", "after", "before", "from",
        "following", "earlier", "later", "meanwhile", "also", "but", "and", "however", "when", "while", "as", "it",
        "there", "then", "his", "her", "their", "its", "he", "she", "they", "we", "i", "speaking", "separately",
    ]

    /// True when a capitalised word before token `j` may be a name the resolver left alone ("Zhou
    /// described his talks with Y": "his" is Zhou's, not the previous sentence's topic): a
    /// capitalised word that is no title word or time word ("On Dec 8, he …") and, first in the
    /// sentence, no common opener.
    func unresolvedName(before j: Int) -> Bool { !untaggedNames(before: j).isEmpty }

    /// The capitalised words before token `j` that may be names the resolver left alone.
    func untaggedNames(before j: Int) -> [Int] {
        (0..<min(j, t.count)).filter { k in
            guard let w = word(k), t[k].capitalized, !Words.titleWords.contains(w), !Words.timeWords.contains(w) else {
                return false
            }
            return k > 0 || !Self.sentenceOpeners.contains(w)
        }
    }

    /// The article person that the one untagged capitalised word before token `j` names, when
    /// that word is the family or given name of exactly one person of the article ("Park said
    /// she had met …" with "Park" left alone, in an article naming one Park). Two such words, or
    /// a word that fits no one or several: nil.
    func untaggedPerson(before j: Int) -> Int? {
        let names = untaggedNames(before: j)
        guard names.count == 1, !t[names[0]].possessive, !isPunct(names[0] + 1, "-") else { return nil }
        return article.person(surname: lowercasedWord(names[0]))
    }
}
