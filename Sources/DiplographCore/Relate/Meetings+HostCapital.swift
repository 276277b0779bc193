/// A host receiving a foreign guest does so at home: a held meeting that no rule places in a
/// town is placed in the capital of the host's country.
///
///     Ana Lind, the President of Ostria, received Norvian minister Tomas Berg on Monday.
///                                                          → Lakeport (Ostria's capital)
///     Tomas Berg paid a courtesy call on President Ana Lind.  → Lakeport
///     Ana Lind welcomed Tomas Berg at the Blue Palace.        → Lakeport (the venue's town)
///
/// The host is the participant before "received", "receives", "hosted", "hosts", "welcomed" or
/// "welcomes" when a participant follows it, or the participant after "call on", "called on",
/// "calls on" or "calling on"; the guest (the other participant) must belong to another country
/// than the host, and both must belong to one. An ambassador, envoy or consul receives abroad,
/// so a host with such a role gives no capital; nor does a sentence that tells the meeting on
/// the sidelines or margins of an event, nor a meeting one of whose sentences tells a visit or a
/// stay in another country ("who is on a working visit to Norvia"). The capital is the alias table's place with the role
/// "Capital" of the host's country (`ResolvedArticle.hostCapitals`). This is the last rule of
/// `articlePlaces`: a city the article gives (the visit's, the dateline's) comes first.
extension ArticleMeetings {
    /// The capital of the country of the host of draft `d` (see above), or nil.
    func hostCapital(_ d: MeetingDraft) -> String? {
        guard !r.hostCapitals.isEmpty else { return nil }
        let ids = Set(d.ids)
        for s in d.sentences.sorted() {
            let t = ctx.tokens(sentence: s)
            if t.contains(where: { $0.kind == .word && Self.eventMarginWords.contains($0.word) }) { continue }
            for k in t.indices where t[k].kind == .word {
                var host: Int?
                var guests: ArraySlice<MeetingToken> = []
                if Self.hostVerbs.contains(t[k].word) {
                    host = t[..<k].lastIndex { $0.isPerson && !$0.possessive }
                    guests = t[(k + 1)...]
                } else if t[k].word == "on", k > 0, t[k - 1].kind == .word, Self.callOnWords.contains(t[k - 1].word) {
                    host = t[(k + 1)...].prefix(5).firstIndex { $0.isPerson }
                    guests = t[..<(k - 1)]
                }
                guard let h = host, let hostID = participant(t[h], ids) else { continue }
                let hostEntity = r.entities[t[h].entity]
                guard let country = hostEntity.affiliation, !Self.abroadRole(hostEntity),
                    guests.contains(where: { g in
                        guard g.isPerson, let id = participant(g, ids), id != hostID else { return false }
                        let a = r.entities[g.entity].affiliation
                        return a != nil && a != country
                    })
                else { continue }
                if d.sentences.contains(where: { tripAbroad(ctx.tokens(sentence: $0), home: country) }) { return nil }
                return r.hostCapitals[country]?.id
            }
        }
        return nil
    }

    /// True when the tokens tell a visit, a trip or a stay in a country other than `home`, or in
    /// a place of one: "who is on a working visit to Norvia", "during his trip to Eastfield".
    func tripAbroad(_ t: [MeetingToken], home: String) -> Bool {
        for k in t.indices
        where t[k].kind == .word && (Self.visitWords.contains(t[k].word) || Self.visitNouns.contains(t[k].word)) {
            var p = k + 1
            guard p < t.count, t[p].kind == .word, t[p].word == "to" || t[p].word == "in" else { continue }
            p += 1
            if p < t.count, t[p].kind == .word, t[p].word == "the" { p += 1 }
            guard p < t.count, t[p].kind == .entity, t[p].entity >= 0, t[p].entity < r.entities.count else {
                continue
            }
            let e = r.entities[t[p].entity]
            let country = e.type == .country ? e.id : (e.type == .place ? e.affiliation : nil)
            if let country, country != home { return true }
        }
        return false
    }

    /// The id of the person at token `tok` when it is one of the participants `ids`.
    private func participant(_ tok: MeetingToken, _ ids: Set<String>) -> String? {
        guard tok.isPerson, tok.entity >= 0, tok.entity < r.entities.count else { return nil }
        let id = r.entities[tok.entity].id
        return ids.contains(id) ? id : nil
    }

    /// True when a role of the person is one held abroad: an ambassador, an envoy, a consul.
    static func abroadRole(_ e: LocalEntity) -> Bool {
        e.roles.contains { role in
            let r = role.lowercased()
            return r.contains("ambassador") || r.contains("envoy") || r.contains("consul")
        }
    }

    /// Verbs whose subject receives the guest at home.
    static let hostVerbs: WordKeys = ["received", "receives", "hosted", "hosts", "welcomed", "welcomes"]

    /// Verbs of "called on X" (with "courtesy call on X", one of `callOnWords`): X is the host.
    static let callOnWords: WordKeys = ["call", "called", "calls", "calling"]

    /// Words of a meeting held at an event, wherever that is.
    static let eventMarginWords: WordKeys = ["sidelines", "margins", "sideline", "margin"]
}
