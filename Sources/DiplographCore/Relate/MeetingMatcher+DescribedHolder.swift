/// Frame: a person met who is named after a described office, its complement in plain words.
///
///     [the|a|ORG|COUNTRY] [MODIFIERS] OFFICE (of|for) COMPLEMENT PERSON
///     "X met with the leader of the Kestrian opposition Ana Lind"
///     "X met A and the high representative for foreign and security policy Ana Lind"
///     "X talked to the special envoy for the dialogue between Port Vela and Norvik Ana Lind"
///
/// `titleGap` reads titles of title words and capitalised words; this reads the descriptions
/// real copy writes before a name: an office noun, "of" or "for", then a complement of any
/// words (lowercase ones too) up to the person. The person holds the office unless the
/// complement gives them their own title ("an envoy of the Kestrian President Ana Lind": the
/// envoy was met, not Lind) or names them right after "of" ("the envoy of Ana Lind").
///
/// Counterexamples: "the leader of the opposition and President Ana Lind" (a list, not one
/// description), "the envoy of President Ana Lind", "the leader of the group that met Ana Lind",
/// "met Tomas Berg and praised the leader of the opposition Ana Lind" (a verb before the office).
extension MeetingMatcher {
    /// Office nouns a description may have as its head.
    static let describedOffices: WordKeys = [
        "leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "representative", "envoy",
        "secretary", "director", "director-general", "commissioner", "president", "minister", "speaker", "governor",
        "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "coordinator", "commander", "adviser",
        "advisor", "premier", "chancellor", "secretary-general",
    ]

    /// Lowercase words an office may carry before it that are no title words.
    static let describedModifiers: WordKeys = [
        "high", "newly", "elected", "newly-elected", "opposition", "main", "interim", "current", "ruling",
        "parliamentary", "regional", "provincial", "federal", "permanent", "personal", "presidential", "longtime",
        "long-time", "caretaker", "designated", "nominated",
    ]

    /// The person that the described office from token `i` ends in, or nil.
    func describedHolder(from i: Int) -> Int? {
        var k = i
        if let w = word(k), w == "the" || w == "a" || w == "an" { k += 1 }
        // Modifiers before the office: "EU high", "Kestria's special", "the communist".
        let modifiersStart = k
        while k < t.count, k - modifiersStart < 5 {
            if let w = word(k), Self.describedOffices.contains(w) { break }
            // Capitalised words, entities and known modifiers only: a verb here ("met A and praised
            // the leader of …") would start another clause.
            let modifier =
                t[k].kind == .entity
                ? t[k].type != .person
                : word(k).map {
                    t[k].capitalized || Words.titleWords.contains($0) || Words.roleModifiers.contains($0)
                        || Self.describedModifiers.contains($0)
                } ?? false
            guard modifier else { return nil }
            k += 1
        }
        guard let office = word(k), Self.describedOffices.contains(office), isWord(k + 1, "of") || isWord(k + 1, "for")
        else { return nil }
        // The complement, up to the person.
        let first = k + 2
        var c = first
        while c < t.count, c - first < 12 {
            if isPerson(c) { break }
            switch t[c].kind {
            case .entity:
                break
            case .punct:
                guard isPunct(c, "-") || isPunct(c, ".") || isPunct(c, "'") else { return nil }
            case .word:
                let w = t[c].word
                if Words.clauseCuts.contains(w) || Words.pronounsSubject.contains(w) || w == "with" || w == "by" {
                    return nil
                }
                // "foreign and security policy", "between Port Vela and Norvik"; never "… and
                // President Y" or "… and Y", which start the next item of a list.
                if w == "and" {
                    guard c + 1 < t.count, !isPerson(c + 1) else { return nil }
                    if let n = word(c + 1), Self.describedOffices.contains(n) || Words.roleHeads.contains(n) {
                        return nil
                    }
                    if t[c + 1].kind == .word, t[c + 1].capitalized, Words.titleWords.contains(t[c + 1].word) {
                        return nil
                    }
                }
            }
            c += 1
        }
        guard isPerson(c), !t[c].possessive, c > first else { return nil }
        // Honorifics before the name ("Ms", "Dr") do not title it.
        var b = c - 1
        while b > first, let w = word(b), Words.addressWords.contains(w) { b -= 1 }
        // "the envoy of the Kestrian President Y": Y has a title of their own inside the complement.
        if let last = word(b),
            Words.roleHeads.contains(last) || Self.describedOffices.contains(last) || Words.determiners.contains(last)
                || last == "of" || last == "for"
        {
            return nil
        }
        return c
    }
}
