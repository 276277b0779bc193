/// Bodies that a country qualifies (rule 1 of `Resolver`, after the cue words have found them):
///
/// - A country's government is the country: "the Ruritanian Government", "Government of
///   Ruritania", "Ruritania's Government" are mentions of Ruritania, as a capital acting for its
///   government is ("Moscow said"). A government with a name of its own ("Perlis State
///   Government") stays an organisation.
/// - A foreign ministry has one name whatever the spelling: "Ruritania's Foreign Ministry",
///   "the Ruritanian Ministry of Foreign Affairs", "the Ruritanian MFA", "Ruritania's Foreign
///   Office" and "the Ruritanian Department of Foreign Affairs" are all "Ministry of Foreign
///   Affairs of Ruritania". Without a country ("the Foreign Ministry said"), the country
///   comes from the words right after it ("of the Foreign Ministry in Ruritania"), else from the
///   dateline's city ("MANILA – … the Department of Foreign Affairs", even with a visiting
///   foreign minister named), else from the foreign minister the article named before it
///   ("Ruritanian Foreign Minister X … the Foreign Ministry"), else from a country written
///   before a foreign minister's title anywhere in the article, else from the first country the
///   body text names ("Ruritania opened an embassy …, the Foreign Ministry said"); with none of
///   these it is left out, as before.
extension ArticleResolver {
    static let government = NameTokenizer.key("government")
    static let foreignMinistryWords = Lexicon.set("foreign ministry affairs mfa")
    static let foreign = NameTokenizer.key("foreign")
    static let ministry = NameTokenizer.key("ministry")
    static let affairs = NameTokenizer.key("affairs")
    static let mfa = NameTokenizer.key("mfa")
    static let office = NameTokenizer.key("office")
    static let department = NameTokenizer.key("department")

    /// The words of `r` other than the table country names in it, with "of" and "the" left
    /// out, and the country entries found.
    func bodyWords(_ r: Range<Int>) -> (words: [UInt64], countries: [(entry: Int, range: Range<Int>)]) {
        var words: [UInt64] = []
        var countries: [(entry: Int, range: Range<Int>)] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if let m = index.match(tokens, at: k, limit: r.upperBound), index.entries[m.hit.entry].type == .country {
                countries.append((m.hit.entry, k..<m.end))
                k = m.end
                continue
            }
            let t = tokens[k]
            if !(t.isLower && (t.key == Lexicon.of || t.key == Lexicon.the)) { words.append(t.key) }
            k += 1
        }
        return (words, countries)
    }

    /// `r` is a country's government: the word "Government" and one country (or, with a
    /// possessive country before `r`, the word alone). Returns the country mention to record, if
    /// it lies inside `r`.
    func countryGovernment(_ r: Range<Int>, qualified: Bool) -> (isGovernment: Bool, country: (Int, Range<Int>)?) {
        let (words, countries) = bodyWords(r)
        guard words == [Self.government], countries.count == (qualified ? 0 : 1) else { return (false, nil) }
        return (true, countries.first)
    }

    /// `words` (without the country) spell a foreign ministry: "Foreign Ministry", "Ministry of
    /// Foreign Affairs", "Foreign Affairs Ministry", "MFA", "Foreign Office".
    static func isForeignMinistry(_ words: [UInt64]) -> Bool {
        if words == [mfa] { return true }
        if words == [foreign, office] { return true }
        // "Department of Foreign Affairs": a department where others have a ministry.
        if words == [department, foreign, affairs] { return true }
        let sorted = words.sorted()
        return sorted == [foreign, ministry].sorted() || sorted == [foreign, ministry, affairs].sorted()
    }

    /// The canonical name of a country's foreign ministry.
    func foreignMinistryName(country entry: Int) -> String {
        "Ministry of Foreign Affairs of " + index.entries[entry].name
    }

    /// The country of a foreign ministry named without one (`r`): the country right after it
    /// ("in Ruritania", "of Ruritania"), the dateline's, the country of the first foreign minister
    /// the article named (its protagonist more often than a visitor), or one written before a
    /// foreign minister's title.
    func foreignMinistryCountry(after r: Range<Int>) -> Int? {
        // "… of the Foreign Ministry in Ruritania"
        let k = r.upperBound
        if k + 1 < tokens.count, tokens[k].isLower, tokens[k].key == Lexicon.inKey || tokens[k].key == Lexicon.of,
            tokens[k + 1].gap == .space, let m = index.match(tokens, at: k + 1, limit: tokens.count),
            index.entries[m.hit.entry].type == .country, !m.hit.demonym
        {
            return m.hit.entry
        }
        // "MANILA – … the Department of Foreign Affairs": the dateline's country, before any
        // visiting foreign minister's.
        if let c = datelineCountry() { return c }
        // "Ruritanian Foreign Minister X … the Foreign Ministry"
        for item in items {
            guard let role = item.role, role.lowercased().contains("foreign") else { continue }
            var country = item.affiliation
            if country == nil, case .table(let e, _) = item.kind { country = index.entries[e].affiliation }
            if let c = country, let e = index.byID[c], index.entries[e].type == .country { return e }
        }
        // "Ruritania's Minister of Foreign Affairs, Ivo Brandt", "the Ruritanian Foreign
        // Minister" (ArticleResolver+ForeignMinisterCountries); else the country the body text
        // names first, the article's own as a rule (ArticleResolver+Legislatures).
        return countryBeforeForeignMinisterTitle() ?? leadCountry()
    }

    /// The country of the dateline's city ("MOSCOW, Feb 10 –"), or the dateline's country.
    func datelineCountry() -> Int? {
        guard let d = article.dateline, let p = index.byID[NameTokenizer.slug(d)] else { return nil }
        let e = index.entries[p]
        if e.type == .country { return p }
        if e.type == .place, let c = e.affiliation, let ce = index.byID[c], index.entries[ce].type == .country {
            return ce
        }
        return nil
    }
}

extension ArticleResolver {
    /// Records `r` (generic words, maybe a country) as a country's government or foreign
    /// ministry; false when it is neither and the caller goes on.
    mutating func applyCountryBody(
        _ r: Range<Int>, qualifier: String?, hasCountry: Bool, sentence si: Int, headline: Bool
    ) -> Bool {
        let government = countryGovernment(r, qualified: qualifier != nil)
        if government.isGovernment {
            if let (entry, range) = government.country {
                items.append(
                    Item(
                        kind: .table(entry: entry, demonym: false), first: range.lowerBound, end: range.upperBound,
                        sentence: si, headline: headline))
            }
            return true
        }
        let (words, countries) = bodyWords(r)
        guard Self.isForeignMinistry(words), countries.count <= 1 else { return false }
        var country = countries.first?.entry ?? qualifier.flatMap { index.byID[$0] }
        // "Foreign Ministry spokesman X": without a country the ministry only qualifies a title,
        // unless the dateline gives the country ("MANILA – Foreign Ministry spokesman X").
        let titleAfter = r.upperBound < tokens.count && Lexicon.titleHeads.contains(tokens[r.upperBound].key)
        if country == nil && !hasCountry { country = titleAfter ? datelineCountry() : foreignMinistryCountry(after: r) }
        guard let c = country else { return false }
        let name = foreignMinistryName(country: c)
        items.append(
            Item(
                kind: .discovered(type: .organization, id: NameTokenizer.slug(name), name: name), first: r.lowerBound,
                end: r.upperBound, sentence: si, headline: headline))
        return true
    }
}
