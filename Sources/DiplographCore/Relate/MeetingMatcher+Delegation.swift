/// Frame: a delegation met in one sentence, its members named in one of the next three.
///
///     HOST met [with] [members of] (a|the) [WORDS] delegation …        (no one named after it)
///     then:  The [WORDS] delegation[,] (including|comprising|led by|headed by) OBJECT-LIST
///                [, was accompanied by OBJECT-LIST] …
///        or: [Also] present [there|at the meeting] were ITEM; ITEM; … and ITEM
///     "X met with a Norvian delegation on Monday." … "The delegation, including A and B, …"
///
/// Each member met the host, one pair each (the members of one delegation did not meet one
/// another). The host is the one subject of the meeting clause (`subject(before:)`).
///
/// Counterexamples: a member list with no such meeting in the three sentences before it; a
/// meeting whose delegation sentence names someone after "delegation" ("met a delegation led by
/// X": the list frames already read it); a host meeting still to come ("will meet a delegation").
extension MeetingMatcher {
    static let memberIntros: WordKeys = ["including", "comprising", "led", "headed"]
    static let membersOf: WordKeys = ["members", "member"]

    mutating func delegationMembers() {
        guard let members = delegationMemberList(), !members.isEmpty, let host = delegationHost() else { return }
        let hostID = article.r.entities[host.person].id
        for m in members where article.r.entities[m].id != hostID {
            emit(.report, [host.person, m], .held, anchor: 0, subjectStart: 0, toldIn: host.clause)
        }
    }

    /// The people a sentence names as a delegation's members, or nil when it opens no such list.
    func delegationMemberList() -> [Int]? {
        guard let first = word(0) else { return nil }
        if first == "the" || first == "delegation" {
            var d = first == "the" ? 1 : 0
            while d < t.count, d < 6, !isWord(d, "delegation") {
                guard t[d].kind == .entity ? t[d].type == .country : t[d].kind == .word else { return nil }
                d += 1
            }
            guard isWord(d, "delegation") else { return nil }
            var k = isPunct(d + 1, ",") ? d + 2 : d + 1
            guard let w = word(k), Self.memberIntros.contains(w) else { return nil }
            k += w == "led" || w == "headed" ? 1 : 0
            if w == "led" || w == "headed" { guard isWord(k, "by") else { return nil } }
            guard let members = objects(from: k + 1) else { return nil }
            // "…, was accompanied by C": C came with the delegation.
            var a = isPunct(members.end, ",") ? members.end + 1 : members.end
            if let c = word(a), Self.pastCopulas.contains(c) { a += 1 }
            guard isWord(a, "accompanied"), isWord(a + 1, "by"), let more = objects(from: a + 2) else {
                return members.people
            }
            return members.people + more.people
        }
        // "Present there were A, title; B, title; … and C, title": the first person of each item.
        var k = first == "also" ? 1 : 0
        guard isWord(k, "present") else { return nil }
        k += 1
        while k < t.count, k < 6, let w = word(k), !Self.pastCopulas.contains(w) { k += 1 }
        guard let w = word(k), Self.pastCopulas.contains(w) else { return nil }
        var out: [Int] = []
        var itemOpen = true
        for j in (k + 1)..<t.count {
            if isPunct(j, ";") {
                itemOpen = true
            } else if itemOpen, isPerson(j), !t[j].possessive {
                out.append(t[j].entity)
                itemOpen = false
            }
        }
        return out
    }

    /// The one person who met an unnamed delegation in one of the three sentences before this
    /// one, and that clause (its date and place are the meeting's).
    func delegationHost() -> (person: Int, clause: MeetingFinding.Clause)? {
        var s = sentence - 1
        while s >= 0, sentence - s <= 3 {
            let m = MeetingMatcher(tokens: article.tokens(sentence: s), sentence: s, article: article)
            if let h = m.unnamedDelegationHost() {
                return (h.person, MeetingFinding.Clause(sentence: s, anchor: h.verb, subjectStart: h.subjectStart))
            }
            s -= 1
        }
        return nil
    }

    /// "X met [with] [members of] a Norvian delegation": X, when no one is named between the
    /// verb and the next punctuation mark after "delegation".
    func unnamedDelegationHost() -> (person: Int, verb: Int, subjectStart: Int)? {
        for v in t.indices {
            guard let w = word(v), Words.meetVerbs.contains(w) || Words.hostVerbs.contains(w) else { continue }
            var k = isWord(v + 1, "with") ? v + 2 : v + 1
            if let m = word(k), Self.membersOf.contains(m), isWord(k + 1, "of") { k += 2 }
            let start = k
            while k < t.count, k - start < 6, !isWord(k, "delegation") {
                guard t[k].kind == .entity ? t[k].type == .country : t[k].kind == .word else { break }
                k += 1
            }
            guard isWord(k, "delegation") else { continue }
            var e = k + 1
            while e < t.count, t[e].kind != .punct || isPunct(e, "-") {
                if isPerson(e) { return nil }
                e += 1
            }
            guard let subj = subject(before: v), subj.people.count == 1, !subj.planned, !subj.negative else {
                return nil
            }
            return (subj.people[0], v, subj.start)
        }
        return nil
    }
}
