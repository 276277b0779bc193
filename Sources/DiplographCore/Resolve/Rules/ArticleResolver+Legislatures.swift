/// A chamber of a legislature named by its generic name alone: "the Senate", "Congress", "the
/// House of Representatives", "the House of Commons", "the Chamber of Deputies" (rule 1 of
/// `Resolver`). Such a name is the article's own country's chamber, and annotators list it;
/// before, a generic name with no country ("Senate") was dropped like "the Foreign Ministry".
///
/// The chamber is named after the dateline's country when the article has one, in the form of
/// the canonical names ("Senate of Ruritania", "House of Commons of Ruritania"), so that the
/// Senates of two countries are two nodes; without a dateline it keeps its generic name, unless
/// the article names exactly one body whose name holds the chamber's head word ("the Ruritanian
/// Congress ... Congress voted"): then it is that body, not a second node beside it.
///
/// Only a span that is the chamber's name and nothing else counts: "the Ruritanian Senate",
/// "Senate President Ivo Brandt", "the Nepali Congress", "the 20th Party Congress" and "the
/// Congress of the Union" are read as before. "Parliament" and "Cabinet" alone are not
/// chambers here: news text uses them as common nouns ("the Parliament building").
extension ArticleResolver {
    private static let senate = NameTokenizer.key("senate")
    private static let congress = NameTokenizer.key("congress")
    private static let house = NameTokenizer.key("house")
    private static let chamber = NameTokenizer.key("chamber")
    /// What "House of …" and "Chamber of …" name as a chamber.
    private static let chamberMembers = Lexicon.set(
        "representatives commons lords councillors councilors delegates deputies elders assembly")

    /// The name `name` (a span without its opening "The": `ArticleResolver.withoutOpeningThe`)
    /// is a chamber's generic name.
    func isBareChamber(_ name: Range<Int>) -> Bool {
        let i = name.lowerBound
        let n = name.count
        guard n >= 1, tokens[i].isCap, !tokens[i].isAllCaps, !tokens[name.upperBound - 1].isPossessive else {
            return false
        }
        let head = tokens[i].key
        if n == 1 {
            guard head == Self.senate || head == Self.congress else { return false }
            // "the 20th Congress": an ordinal before it numbers a party congress.
            return !(i > 0 && tokens[i - 1].flags.contains(.digit) && tokens[i].gap == .space)
        }
        return n == 3 && (head == Self.house || head == Self.chamber) && tokens[i + 1].isLower
            && tokens[i + 1].key == Lexicon.of && tokens[i + 2].isCap && Self.chamberMembers.contains(tokens[i + 2].key)
    }

    /// Records the chamber `r`, named after the dateline's country when there is one. A
    /// chamber name that the table lists alone ("House of Councillors", "House of Lords") is
    /// that table body whatever the dateline.
    mutating func addChamber(_ r: Range<Int>, sentence si: Int, headline: Bool) {
        let kind =
            tableBody(named: surface(r)).map { Item.Kind.table(entry: $0, demonym: false) }
            ?? chamberKind(surface(r), of: datelineCountry())
        items.append(Item(kind: kind, first: r.lowerBound, end: r.upperBound, sentence: si, headline: headline))
    }

    /// The chamber named `name`, of `country` when given: "Senate of Ruritania".
    private func chamberKind(_ name: String, of country: Int?) -> Item.Kind {
        var name = name
        if let c = country { name += " of " + index.entries[c].name }
        let id = NameTokenizer.slug(name)
        return index.byID[id].map { .table(entry: $0, demonym: false) }
            ?? .discovered(type: .organization, id: id, name: name)
    }

    /// The one country an article names (by name or demonym, at least twice); nil when it names
    /// none or several. Mention counts do not say whose chamber it is: an article of one
    /// country's press about another names the other more often and its own chambers.
    func soleCountry() -> Int? {
        var sole: Int?
        var mentions = 0
        for item in items {
            guard case .table(let e, _) = item.kind, index.entries[e].type == .country else { continue }
            if let c = sole, c != e { return nil }
            sole = e
            mentions += 1
        }
        return mentions >= 2 ? sole : nil
    }

    /// A chamber named by its generic name (no dateline country) becomes the article's one other
    /// body whose name holds the same head word ("Ruritanian Congress", "Senate of Ruritania").
    /// With none or with two such bodies it is named after the one country the article names
    /// (`soleCountry`), else it keeps its generic name: the Senates of two countries' articles
    /// must not become one node.
    mutating func attachBareChambers() {
        guard datelineCountry() == nil else { return }
        // Counted once, and only for an article that has a bare chamber left to name.
        var sole: Int?? = nil
        for n in items.indices {
            guard case .discovered(.organization, let id, _) = items[n].kind,
                isBareChamber(items[n].first..<items[n].end)
            else { continue }
            let head = tokens[items[n].first].key
            var target: Item.Kind?
            var targetID: String?
            var unique = true
            for m in items.indices where m != n && items[m].end - items[m].first > items[n].end - items[n].first {
                let otherID: String
                switch items[m].kind {
                case .discovered(.organization, let oid, _): otherID = oid
                case .table(let e, false) where index.entries[e].type == .organization: otherID = index.entries[e].id
                default: continue
                }
                guard otherID != id, (items[m].first..<items[m].end).contains(where: { tokens[$0].key == head }) else {
                    continue
                }
                if let t = targetID, t != otherID { unique = false }
                targetID = otherID
                target = items[m].kind
            }
            if unique, let t = target {
                items[n].kind = t
            } else if case .discovered(_, _, let name) = items[n].kind {
                if sole == nil { sole = .some(soleCountry()) }
                if let c = sole ?? nil { items[n].kind = chamberKind(name, of: c) }
            }
        }
    }
}
