/// The name before the head of a sub-national government is a place (rule 4 of `Resolver`, before
/// a run of name words is read as a person): "Vexmoor Chief Minister Dana Ruiz", "Tarsk Governor
/// Ivan Marsh", "Ostia Mayor …", "Pellham Premier …", "Kessel Menteri Besar …", and with a
/// possessive, "Pellham's mayor" or "Ostia's governor".
///
/// It fires only for one to three capitalised words that no table entry, title, cue, event,
/// generic or calendar word holds, with no digit and no all-capital word ("KMT Ostia City
/// Councilor" is a party and a place); a head with a modifier ("Vice Premier", "Deputy
/// Governor") or an adjective before the head ("Republican Governor", "Tarskian Premier",
/// "Democratic Mayor") makes no place.
extension ArticleResolver {
    /// Heads of a province, state, region or city, as the key sequences that spell them.
    static let subnationalHeads: [[UInt64]] = ["chief minister", "governor", "mayor", "premier", "menteri besar"].map {
        $0.split(separator: " ").map { NameTokenizer.key(String($0)) }
    }
    /// Party and political adjectives that stand before a head without naming a place.
    static let politicalAdjectives = Lexicon.set(
        "democratic democrat republican labour labor conservative liberal socialist green progressive independent")

    /// The sub-national head spelt from token `k` on, capitalised (`lower` false) or lowercase
    /// after a possessive; its end.
    func subnationalHead(at k: Int, lower: Bool) -> Int? {
        for head in Self.subnationalHeads where k + head.count <= tokens.count {
            let ok = head.indices.allSatisfy { n in
                let t = tokens[k + n]
                return t.key == head[n] && t.gap == .space && t.isLower == lower && !t.isAllCaps
            }
            if ok { return k + head.count }
        }
        return nil
    }

    /// The end of a place name starting at `i` (within `b`, the span) that a sub-national head
    /// follows, or nil.
    func subnationalPlace(at i: Int, limit b: Int) -> Int? {
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
                return subnationalHead(at: k, lower: true) != nil ? k : nil
            }
            if k < b, subnationalHead(at: k, lower: false) != nil { return k }
        }
        return nil
    }

    /// Records the place `i..<end` found by `subnationalPlace`.
    mutating func addSubnationalPlace(_ i: Int, _ end: Int, sentence si: Int, headline: Bool) {
        var name = surface(i..<end)
        for suffix in ["'s", "\u{2019}s"] where name.hasSuffix(suffix) { name = String(name.dropLast(2)) }
        let id = NameTokenizer.slug(name)
        guard !id.isEmpty else { return }
        let kind: Item.Kind =
            index.byID[id].map { .table(entry: $0, demonym: false) } ?? .discovered(type: .place, id: id, name: name)
        items.append(Item(kind: kind, first: i, end: end, sentence: si, headline: headline))
    }
}
