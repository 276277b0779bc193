/// A table person's offices as one article reports them, read from the table's dated roles.
///
/// - The roles a table person brings into an article are those held on the article's
///   publication date: in a 2031 report, "former Prime Minister Lena Varga", whose term ended in
///   2030, is no prime minister, so she is no leader of her country for the meeting frames.
///   A role without dates is always kept; an article without a date keeps every role.
/// - "Premier Varga" when the table holds several people of that name: the one whose role with
///   that title was held on the article's date; none when no date, no such role, or two fit.
///
/// Counterexample: "Premier Varga" in an undated article, or with two Vargas who were both
/// premiers that year, resolves to no one.
enum PersonDatedRoles {
    /// True when `role` was held on `date` (a role without dates always is).
    static func held(_ role: Role, on date: PartialDate) -> Bool {
        if let f = role.from, PartialDate.start(of: f) > PartialDate.start(of: date) { return false }
        if let t = role.to, PartialDate.end(of: t) < PartialDate.start(of: date) { return false }
        return true
    }

    /// The titles of `roles` held on `date`, in table order; all of them when `date` is nil.
    static func titles(_ roles: [Role], on date: PartialDate?) -> [String] {
        guard let date else { return roles.map(\.title) }
        return roles.filter { held($0, on: date) }.map(\.title)
    }

    /// The one of `candidates` (table entries) the article names elsewhere: "Faisal" after "Faisal
    /// bin Farhan Al Saud" when the table also holds another Faisal; nil when none or several.
    static func one(of candidates: [Int], in named: Set<Int>) -> Int? {
        var found: Int?
        for c in candidates where named.contains(c) {
            if found != nil { return nil }
            found = c
        }
        return found
    }

    /// The one of `candidates` (table entries) holding a role titled `title` (compared
    /// normalised) on `date`; nil when none or several do.
    static func holder(
        among candidates: [Int], title: String, on date: PartialDate?, in index: AliasIndex
    ) -> Int? {
        guard let date else { return nil }
        let wanted = NameTokenizer.normalizedPhrase(title)
        var found: Int?
        for c in candidates {
            let fits = index.entries[c].roles.contains { r in
                (r.from != nil || r.to != nil) && held(r, on: date)
                    && NameTokenizer.normalizedPhrase(r.title) == wanted
            }
            guard fits else { continue }
            if found != nil { return nil }
            found = c
        }
        return found
    }
}

extension ArticleResolver {
    /// Words that make the title after them a past (or not yet held) office: "former Prime
    /// Minister Lena Varga" holds no office in the article.
    static let pastTitleWords: Set<UInt64> = Set(
        ["former", "ex", "late", "outgoing", "then"].map { NameTokenizer.key($0) })

    /// True when the capitalised title right before token `first` (the name's first word) follows
    /// a past-title word: "former Prime Minister Varga". Walks back over at most six title
    /// words (capitalised, or "of", "the" inside the title).
    func titleIsPast(before first: Int) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 6, tokens[k].isCap || tokens[k].key == Lexicon.of || tokens[k].key == Lexicon.the {
            k -= 1
            steps += 1
        }
        return steps > 0 && k >= 0 && !tokens[k].isCap && Self.pastTitleWords.contains(tokens[k].key)
    }
}
