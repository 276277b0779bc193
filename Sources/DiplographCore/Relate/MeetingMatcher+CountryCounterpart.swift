/// Frame: the subject's counterpart named by a country adjective only, named elsewhere in the
/// article.
///
///     SUBJECT VERB … (his|her) [new] COUNTRY counterpart   (no name after it)
///     "Prime Minister X has had a phone conversation with his Kestrian counterpart …"
///     … "X and Kestrian President Y look forward to …"   (Y named in a later sentence)
///
/// The counterpart is the article's one person affiliated with that country whose role has the
/// head of the subject's role ("minister" for a prime minister); when no one of that country has
/// it, the article's one person of that country who holds any office (`roleHeads`): a prime
/// minister's counterpart may be a president. Two people who fit, at either step: no one.
///
/// Counterexample: an article that names two Kestrian office holders gives no counterpart.
extension MeetingMatcher {
    func countryCounterpart(from i: Int, of subject: Subject) -> Objects? {
        guard subject.people.count == 1, let p = word(i), Self.possessivePronouns.contains(p), p != "their" else {
            return nil
        }
        var k = i + 1
        if isWord(k, "new") { k += 1 }
        guard k < t.count, t[k].kind == .entity, t[k].type == .country, !t[k].possessive,
            isWord(k + 1, "counterpart"), !isPerson(k + 2), !isPunct(k + 2, ",")
        else { return nil }
        let who = article.r.entities[subject.people[0]]
        let country = id(k)
        guard who.affiliation != country,
            let p = article.counterpart(of: who, country: country)
        else { return nil }
        return Objects(people: [p], end: k + 2)
    }
}

extension ArticleContext {
    /// The one person of `country` (other than `who`) whose role shares the head of `who`'s
    /// role; failing any such person, the one person of `country` holding any office. Nil when
    /// two people fit.
    func counterpart(of who: LocalEntity, country: String) -> Int? {
        let head = who.roles.lazy.compactMap { MeetingMatcher.roleHead(of: $0) }.first
        var same: [Int] = []
        var office: [Int] = []
        var seen = Set<String>()
        for (i, e) in r.entities.enumerated()
        where e.type == .person && e.affiliation == country && e.id != who.id && seen.insert(e.id).inserted {
            let heads = e.roles.compactMap { MeetingMatcher.roleHead(of: $0) }
            if let head, heads.contains(head) { same.append(i) }
            if !heads.isEmpty { office.append(i) }
        }
        if !same.isEmpty { return same.count == 1 ? same[0] : nil }
        return office.count == 1 ? office[0] : nil
    }
}
