/// The objects of a meeting clause: the people after its verb or noun, past titles and their
/// complements, in lists; and the antecedent of a pronoun.
extension MeetingMatcher {
    /// True when the person at `p` completes a lowercase noun through "of" and a title: "a
    /// special envoy of the Japanese Prime Minister X", "the wife of President X" (the envoy or
    /// the wife is the subject, not X). "Secretary of State X", "President of Norvia X" and "the
    /// head of the Presidential Administration X" name X.
    func complementOfNoun(_ p: Int) -> Bool {
        var k = p - 1
        var titled = false
        while k >= 0, isTitleToken(k), !isWord(k, "of") {
            if t[k].kind == .word, Words.titleWords.contains(t[k].word), !Words.determiners.contains(t[k].word) {
                titled = true
            }
            k -= 1
        }
        guard titled, isWord(k, "of"), k > 0, let head = word(k - 1), !t[k - 1].capitalized else { return false }
        return !Words.determiners.contains(head)
    }

    /// The people named before token `j`, one per id, in order.
    func distinctPeople(before j: Int) -> [Int] {
        var seen = Set<String>()
        return (0..<max(j, 0)).filter { isPerson($0) && seen.insert(id($0)).inserted }.map { t[$0].entity }
    }

    func hasAnd(from a: Int, to b: Int) -> Bool {
        (max(a, 0)..<max(b, a)).contains { isWord($0, "and") }
    }

    /// People named from token `i` on, after a title gap: "Chinese Foreign Minister Wang Yi",
    /// "President Putin and Russian Foreign Minister Sergei Lavrov", "A, B and C".
    /// Returns the people and the index after the last one.
    func objects(from i: Int) -> (people: [Int], end: Int)? {
        // A possessive person is part of a title ("Xi's special envoy Li"), not the object; so is
        // a hyphenated modifier ("the independence-leaning Taiwanese President").
        func gapToken(_ k: Int) -> Bool {
            isTitleToken(k) || (isPerson(k) && t[k].possessive)
                || (t[k].kind == .word && (isPunct(k + 1, "-") || isPunct(k - 1, "-")))
        }
        func object(_ k: Int) -> Bool { isPerson(k) && !t[k].possessive }
        var k = i
        var gap = 0
        var delegation = false
        while k < t.count, !object(k), gap < 13 {
            let delegationWord = isWord(k, "delegation") || isWord(k, "delegations")
            if delegationWord { delegation = true }
            // Two titles of one person: "Energy and Water Minister X", "Deputy Prime Minister and
            // Justice Minister Y"; "a delegation led by Z".
            let joined = isWord(k, "and") && k > i && isTitleToken(k + 1) && !isWord(k + 1, "and")
            let led = delegation && (delegationWord || isWord(k, "led") || isWord(k, "headed") || isWord(k, "by"))
            // "National Security Adviser (NSA) X": an acronym in brackets after the title.
            if isPunct(k, "("), k > i, isTitleToken(k - 1), isPunct(k + 2, ")"), !isPerson(k + 1) {
                k += 3
                gap += 3
                continue
            }
            guard gapToken(k) || titleComma(k) || joined || led || titleComplement(k) else { break }
            k += 1
            gap += 1
        }
        guard object(k) else {
            // "met the prime minister": the title names no one after it, so it is a description.
            var h = i
            while h < t.count, h < k, !(word(h).map { Words.roleHeads.contains($0) } ?? false) { h += 1 }
            guard h < k, !(h + 1 < t.count && (t[h + 1].capitalized || t[h + 1].kind == .entity)),
                let (p, start) = roleReferent(endingAt: h), start == i
            else { return nil }
            return ([p], h + 1)
        }
        var people = [t[k].entity]
        var end = qualifierEnd(k + 1)
        // `sawAnd`: the current list has had its "and" (it ends with that item); `listed`: some
        // list did ("A and B, as well as with C, D and E" is two lists).
        var sawAnd = false
        var listed = false
        while end < t.count, isWord(end, "and") || isPunct(end, ",") {
            var isAnd = isWord(end, "and")
            var m = end + 1
            if isPunct(end, ","), isWord(m, "and") { m += 1 }
            // "…, as well as (with) D": another list begins.
            if isWord(m, "as"), isWord(m + 1, "well"), isWord(m + 2, "as") {
                m += 3
                if isWord(m, "with") { m += 1 }
                isAnd = false
                sawAnd = false
                listed = true
            }
            var g = 0
            while m < t.count, !object(m), gapToken(m), g < 13 {
                m += 1
                g += 1
            }
            guard object(m) else { break }
            people.append(t[m].entity)
            if isAnd || isWord(end + 1, "and") {
                sawAnd = true
                listed = true
            }
            end = qualifierEnd(m + 1)
            if sawAnd, !(isPunct(end, ",") && isWord(end + 1, "as") && isWord(end + 2, "well")) { break }
        }
        // "A, B" without "and" is an apposition ("Wang Yi, China's top diplomat"): keep A only.
        if people.count > 1 && !listed { return ([people[0]], k + 1) }
        return (people, end)
    }

    /// "to" or "of" inside a title, before its country or portfolio: "Ambassador *to* Kestria",
    /// "Secretary *of* Foreign Affairs *of* Norvia".
    func titleComplement(_ k: Int) -> Bool {
        guard isWord(k, "to") || isWord(k, "of"), k >= 1 else { return false }
        let p = t[k - 1]
        guard p.kind == .entity || (p.kind == .word && (p.capitalized || Words.titleWords.contains(p.word))) else {
            return false
        }
        let n = isWord(k + 1, "the") ? k + 2 : k + 1
        guard n < t.count else { return false }
        return (t[n].kind == .entity && t[n].type == .country) || (t[n].kind == .word && t[n].capitalized)
    }

    /// A comma that sets off a name after its title: "the Norvian top diplomat, Arvo Lindqvist".
    func titleComma(_ k: Int) -> Bool {
        guard isPunct(k, ","), isPerson(k + 1), !t[k + 1].possessive else { return false }
        if let w = word(k - 1) { return Words.titleWords.contains(w) }
        // "the President of Uzbekistan, Shavkat Mirziyoyev": a title, "of", a country.
        guard k >= 3, t[k - 1].kind == .entity, t[k - 1].type == .country, isWord(k - 2, "of") || isWord(k - 3, "of")
        else { return false }
        let before = isWord(k - 2, "of") ? k - 3 : k - 4
        return word(before).map { Words.titleWords.contains($0) } ?? false
    }

    /// After a person: "of the Republic of Korea", "of Japan" (a country or organisation) is
    /// part of the person's description; returns the index after it, or `i`.
    func qualifierEnd(_ i: Int) -> Int {
        guard isWord(i, "of") else { return i }
        var k = i + 1
        if isWord(k, "the") { k += 1 }
        guard k < t.count, t[k].kind == .entity, t[k].type == .country || t[k].type == .organization, !t[k].possessive
        else { return i }
        return k + 1
    }

    /// The one person (by id) mentioned in this sentence before token `j`, not in `excluding`;
    /// when the sentence names nobody before it, the one person of the previous sentence, or,
    /// when that sentence opens with "he" or "she" itself ("He was received by Minister Y. He
    /// held talks …"), of the sentence that pronoun goes back to.
    func antecedent(before j: Int, excluding: Set<String>) -> Int? {
        var found: Int?
        var foundID: String?
        for k in 0..<j where isPerson(k) {
            let e = id(k)
            if excluding.contains(e) { continue }
            if foundID == nil {
                foundID = e
                found = t[k].entity
            } else if foundID != e {
                return nil
            }
        }
        if let f = found { return f }
        guard !(0..<j).contains(where: { isPerson($0) }) else { return nil }
        var s = sentence - 1
        while s > 0, sentence - s < 4, article.opensWithPronoun(sentence: s) { s -= 1 }
        guard let p = article.onlyPerson(inSentence: s) else { return nil }
        return excluding.contains(article.r.entities[p].id) ? nil : p
    }
}
