/// The name before certain heads says what it is (rule 4 of `Resolver`, before a run of name
/// words is read as a person): before the head of a sub-national government it is a place
/// ("Vexmoor Chief Minister Dana Ruiz", "Tarsk Governor Ivan Marsh", "Ostia Mayor …", "Pellham
/// Premier …", "Kessel Menteri Besar …", and with a possessive "Pellham's mayor"); before a
/// company's head it is an organisation ("Halvex CEO Ivo Kade", "Halvex's chief executive").
///
/// It fires only for one to three capitalised words that no table entry, title, cue, event,
/// generic or calendar word holds, with no digit and no all-capital word ("KMT Ostia City
/// Councilor" is a party and a place); a head with a modifier ("Vice Premier", "Deputy
/// Governor") or an adjective before the head ("Republican Governor", "Tarskian Premier",
/// "Democratic Mayor") makes nothing.
extension ArticleResolver {
    /// Heads, as the key sequences that spell them, and the type they give the name before them.
    static let qualifiedHeads: [(words: [UInt64], type: EntityType)] = {
        let places = ["chief minister", "governor", "mayor", "premier", "menteri besar"].map { ($0, EntityType.place) }
        let bodies = ["ceo", "chief executive"].map { ($0, EntityType.organization) }
        return (places + bodies).map { head, type in
            (head.split(separator: " ").map { NameTokenizer.key(String($0)) }, type)
        }
    }()
    /// The first words of `qualifiedHeads`: a name with none of them in the three tokens after
    /// its start has no head to type it (checked before anything else, for every name run).
    static let qualifiedHeadStarts = KeySet(qualifiedHeads.map { $0.words[0] })
    /// Party and political adjectives that stand before a head without naming a place.
    static let politicalAdjectives = Lexicon.set(
        "democratic democrat republican labour labor conservative liberal socialist green progressive independent")

    /// The head spelt from token `k` on, capitalised (`lower` false) or lowercase after a
    /// possessive (an acronym either way: "CEO"), and the type it gives.
    func qualifiedHead(at k: Int, lower: Bool) -> EntityType? {
        for head in Self.qualifiedHeads where k + head.words.count <= tokens.count {
            let ok = head.words.indices.allSatisfy { n in
                let t = tokens[k + n]
                return t.key == head.words[n] && t.gap == .space && (t.isAllCaps || t.isLower == lower)
            }
            if ok { return head.type }
        }
        return nil
    }

    /// The name starting at `i` (within `b`, the span) that such a head follows: its end and type.
    func headQualifier(at i: Int, limit b: Int) -> (end: Int, type: EntityType)? {
        guard i + 1 < tokens.count,
            tokens[(i + 1)..<min(i + 4, tokens.count)].contains(where: { Self.qualifiedHeadStarts.contains($0.key) })
        else { return nil }
        var k = i
        while k < b, k - i < 3 {
            let t = tokens[k]
            guard !t.isLower, !t.isAllCaps, !t.flags.contains(.digit), k == i || t.gap == .space,
                index.match(tokens, at: k, limit: b) == nil, !Lexicon.titleHeads.contains(t.key),
                !Lexicon.titleModifiers.contains(t.key), !Lexicon.orgCues.contains(t.key),
                !Lexicon.placeCues.contains(t.key), !Lexicon.eventWords.contains(t.key),
                !Lexicon.genericOrgWords.contains(t.key), !Lexicon.calendar.contains(t.key),
                !Lexicon.stopwords.contains(t.key), !Self.politicalAdjectives.contains(t.key)
            else { return nil }
            let w = surface(k..<(k + 1)).lowercased()
            if ["ian", "ish", "ese", "ean", "can"].contains(where: { w.hasSuffix($0) }) { return nil }
            k += 1
            if t.isPossessive {
                return qualifiedHead(at: k, lower: true).map { (k, $0) }
            }
            if k < b, let type = qualifiedHead(at: k, lower: false) { return (k, type) }
        }
        return nil
    }

    /// Records the name `i..<end` found by `headQualifier`.
    mutating func addHeadQualifier(_ i: Int, _ end: Int, type: EntityType, sentence si: Int, headline: Bool) {
        var name = surface(i..<end)
        for suffix in ["'s", "\u{2019}s"] where name.hasSuffix(suffix) { name = String(name.dropLast(2)) }
        let id = NameTokenizer.slug(name)
        guard !id.isEmpty else { return }
        let kind: Item.Kind =
            index.byID[id].map { .table(entry: $0, demonym: false) } ?? .discovered(type: type, id: id, name: name)
        items.append(Item(kind: kind, first: i, end: end, sentence: si, headline: headline))
    }
}
