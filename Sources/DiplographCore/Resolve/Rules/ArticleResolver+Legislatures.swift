/// A chamber of a legislature named by its generic name alone: "the Senate", "Congress", "the
/// House of Representatives", "the House of Commons", "the Chamber of Deputies", and a few other
/// national bodies news names alike: "the Supreme Court", "the Constitutional Court", "the
/// National Assembly", "the Election Commission", "the Upper House" (rule 1 of `Resolver`). Such a name is the article's own country's chamber, and annotators list it;
/// before, a generic name with no country ("Senate") was dropped like "the Foreign Ministry".
///
/// The chamber is named after the dateline's country when the article has one, in the form of
/// the canonical names ("Senate of Ruritania", "House of Commons of Ruritania"), so that the
/// Senates of two countries are two nodes; without a dateline it keeps its generic name, unless
/// the article names exactly one body whose name holds the chamber's head word ("the Ruritanian
/// Congress ... Congress voted"): then it is that body, not a second node beside it. Else it is
/// the chamber of the one country the article names, else of the first country its body text
/// names (by name, demonym or a person of that country: `leadCountry`), the article's own as a
/// rule ("Peru's economy grew faster than Chile's … Congress" is Peru's). A generic node
/// ("Senate") would stand for every country's chamber at once across articles. A chamber after
/// a possessive country is that country's ("Vexmoor's Supreme Court").
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
    /// A country's other national bodies that news names by generic words alone.
    private static let nationalBodies: Set<[UInt64]> = Set(
        [
            "supreme court", "constitutional court", "national assembly", "national parliament",
            "election commission", "electoral commission", "central election commission", "upper house",
            "lower house",
        ].map { NameTokenizer.keys($0) })
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
        // "the Supreme Court", "the National Assembly", not "Supreme Court Justice …" (a longer span).
        if n <= 3,
            name.allSatisfy({ tokens[$0].isCap && !tokens[$0].isAllCaps && ($0 == i || tokens[$0].gap == .space) }),
            Self.nationalBodies.contains(name.map { tokens[$0].key })
        {
            return true
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

    /// The chamber named `name`, of `country` when given: "Senate of Ruritania", or the table's
    /// body of that name ("Ruritania Senate", "Ruritanian Senate").
    func chamberKind(_ name: String, of country: Int?) -> Item.Kind {
        var full = name
        if let c = country {
            let e = index.entries[c]
            full += " of " + e.name
            if index.byID[NameTokenizer.slug(full)] == nil,
                let t = ([e.name] + e.demonyms).lazy.compactMap({ self.tableBody(named: $0 + " " + name) }).first
            {
                return .table(entry: t, demonym: false)
            }
        }
        let id = NameTokenizer.slug(full)
        return index.byID[id].map { .table(entry: $0, demonym: false) }
            ?? .discovered(type: .organization, id: id, name: full)
    }

    /// The country the article's body text names first: a country (by name or demonym) or a
    /// person of a country, whichever comes first; the headline is left out (it names a visitor
    /// as often as the host).
    func leadCountry() -> Int? {
        for item in items where !item.headline {
            guard case .table(let e, _) = item.kind else { continue }
            let entry = index.entries[e]
            if entry.type == .country { return e }
            if entry.type == .person, let a = item.affiliation ?? entry.affiliation, let c = index.byID[a],
                index.entries[c].type == .country
            {
                return c
            }
        }
        return nil
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
    /// (`soleCountry`), else after the first one its body names (`leadCountry`), else it keeps
    /// its generic name: the Senates of two countries' articles must not become one node.
    mutating func attachBareChambers() {
        guard datelineCountry() == nil else { return }
        // Counted once, and only for an article that has a bare chamber left to name.
        var sole: Int?? = nil
        for n in items.indices {
            // Still generic: not one a possessive country named already ("Vexmoor's Senate").
            guard case .discovered(.organization, let id, _) = items[n].kind,
                isBareChamber(items[n].first..<items[n].end),
                id == NameTokenizer.slug(surface(items[n].first..<items[n].end))
            else { continue }
            // The chamber's capitalised words ("Supreme", "Court"), all in the other body's name.
            let words = (items[n].first..<items[n].end).filter { tokens[$0].isCap }.map { tokens[$0].key }
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
                let other = items[m].first..<items[m].end
                guard otherID != id, words.allSatisfy({ w in other.contains(where: { tokens[$0].key == w }) }) else {
                    continue
                }
                if let t = targetID, t != otherID { unique = false }
                targetID = otherID
                target = items[m].kind
            }
            if unique, let t = target {
                items[n].kind = t
            } else if case .discovered(_, _, let name) = items[n].kind {
                if sole == nil { sole = .some(soleCountry() ?? leadCountry()) }
                if let c = sole ?? nil { items[n].kind = chamberKind(name, of: c) }
            }
        }
    }
}
