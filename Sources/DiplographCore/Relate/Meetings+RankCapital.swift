/// A foreign minister calls on a head of state or government at home: a held meeting of the two
/// that no rule places is placed in the capital of the leader's country.
///
///     "Norvian Foreign Minister Tomas Berg met President Ana Lind of Ostria on Thursday."
///                                                          → Lakeport (Ostria's capital)
///
/// A minister travels to the leader, not the reverse: when the meeting has exactly two
/// participants of two countries, one a head of state or government (a role of president, prime
/// minister, chancellor, king, emir or sultan; not a vice, deputy, acting or former one) and the
/// other a minister (any other role with "minister", or with "secretary" but not a general
/// secretary), the meeting is in the leader's capital (`ResolvedArticle.hostCapitals`), with the
/// limits of `hostCapital`: not at the sidelines or margins of an event, not when a sentence of
/// the meeting tells a visit abroad ("during his trip to Norvia") or calls the leader visiting
/// ("the visiting President Ana Lind"), and after every rule that reads a place from the text.
extension ArticleMeetings {
    /// The capital of the leader's country for a meeting of a leader and a foreign minister (see
    /// above), or nil.
    func rankCapital(_ d: MeetingDraft) -> String? {
        guard d.ids.count == 2, !r.hostCapitals.isEmpty else { return nil }
        let people = d.ids.compactMap { id in r.entities.first { $0.id == id && $0.type == .person } }
        guard people.count == 2, let a = people[0].affiliation, let b = people[1].affiliation, a != b else {
            return nil
        }
        let heads = people.map { Self.headOfState($0.roles) }
        let ministers = people.map { Self.minister($0.roles) }
        let leader: LocalEntity
        if heads[0] && !heads[1] && ministers[1] {
            leader = people[0]
        } else if heads[1] && !heads[0] && ministers[0] {
            leader = people[1]
        } else {
            return nil
        }
        let home = leader.affiliation!
        for s in d.sentences {
            let t = ctx.tokens(sentence: s)
            if t.contains(where: { $0.kind == .word && Self.eventMarginWords.contains($0.word) }) { return nil }
            if tripAbroad(t, home: home) || Self.visitingBefore(t, leader: leader.id, r.entities) { return nil }
        }
        return r.hostCapitals[home]?.id
    }

    /// True when "visiting" stands before a mention of person `leader`, with at most three
    /// capitalised words between ("the visiting President Ana Lind"): the leader is abroad.
    static func visitingBefore(_ t: [MeetingToken], leader: String, _ entities: [LocalEntity]) -> Bool {
        for k in t.indices
        where t[k].isPerson && t[k].entity >= 0 && t[k].entity < entities.count && entities[t[k].entity].id == leader {
            var p = k - 1
            while p >= 0, k - p <= 3, t[p].kind == .word, t[p].capitalized, t[p].word != "visiting" { p -= 1 }
            if p >= 0, t[p].kind == .word, t[p].word == "visiting" { return true }
        }
        return false
    }

    /// A role of a head of state or government, not a vice, deputy, acting or former one.
    static func headOfState(_ roles: [String]) -> Bool {
        roles.contains { role in
            let r = role.lowercased()
            guard !["vice", "deputy", "former", "ex-", "acting"].contains(where: { r.contains($0) }) else {
                return false
            }
            return ["president", "prime minister", "chancellor", "king", "emir", "sultan"].contains { r.contains($0) }
        }
    }

    /// A role of a minister or a secretary (of state, of defence) who is no head (`headOfState`).
    static func minister(_ roles: [String]) -> Bool {
        !headOfState(roles)
            && roles.contains { role in
                let r = role.lowercased()
                return (r.contains("minister") && !r.contains("prime"))
                    || (r.contains("secretary") && !r.contains("general"))
            }
    }
}
