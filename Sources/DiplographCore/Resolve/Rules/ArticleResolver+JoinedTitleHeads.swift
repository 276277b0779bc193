/// Titles joined by hyphens or owned by a country, inside a body's span (rules 1 and 3 of
/// `Resolver`):
///
/// - "-in-Office" and "-in-Chief" after a title head are the title's: "the ESCO
///   Chairperson-in-Office", "Commander-in-Chief of the Norvian Army"; the "Office" is no cue
///   word of a body, so "ESCO" alone is the body.
/// - "Co-Chair", "Co-Chairs", "Co-Chairman" are titles, not a company ("Co") of the body before
///   them: "the Lorin Group Co-Chairs" are holders of a title of the Lorin Group.
/// - A title "of" a body after a country's possessive is that title too: "Norvia's
///   Commander-in-Chief of Defence Services Ivo Brandt", "Norvia's Chief of Army Staff"; and a
///   title that holds the span's cue words is no body.
/// - "Chief of Army Staff", "Chief of the Defence Staff": a complement that ends in "Staff" is
///   the title's, not a body.
///
/// "Vexmoor Trading Co" and "Tarsk Shipping Co. Ltd" stay companies; "the Office of the
/// President" stays a body.
extension ArticleResolver {
    private static let inKey = NameTokenizer.key("in")
    private static let coKey = NameTokenizer.key("co")
    private static let staff = NameTokenizer.key("staff")
    private static let coHeads = Lexicon.set("chair chairs chairman chairmen chairwoman chairperson chairpersons")

    /// Tokens `j`, `j + 1` are "-in-X" joined by hyphens to the title head before `j`.
    func joinedInSuffix(_ j: Int, limit: Int) -> Bool {
        j + 1 < limit && tokens[j].gap == .hyphen && tokens[j].isLower && tokens[j].key == Self.inKey
            && tokens[j + 1].gap == .hyphen && tokens[j + 1].isCap
    }

    /// Token `j` is "Co" joined by a hyphen to a chair's title: "Co-Chairs".
    func coChair(_ j: Int, limit: Int) -> Bool {
        j + 1 < limit && tokens[j].isCap && tokens[j].key == Self.coKey && tokens[j + 1].gap == .hyphen
            && Self.coHeads.contains(tokens[j + 1].key)
    }

    /// A title head at `j` (or "Co-Chair") that the hyphenated forms above make a title: its end.
    func joinedTitleEnd(_ j: Int, limit: Int) -> Int? {
        if coChair(j, limit: limit) { return j + 2 }
        guard Lexicon.titleHeads.contains(tokens[j].key), joinedInSuffix(j + 1, limit: limit) else { return nil }
        return j + 3
    }

    /// A title at `lead` (or after a country's possessive there) that holds the span's last cue
    /// word `lastCue` ("Chief of Army Staff", "Chairperson-in-Office"), or, after a country's
    /// possessive, a title "of" a body ("Norvia's Commander-in-Chief of Defence Services"):
    /// where the title starts and its role, the country, and where reading goes on (after the
    /// title, or at the body).
    func titleAfterOwner(_ lead: Int, limit b: Int, lastCue: Int) -> (
        owner: Int?, titleStart: Int, role: String?, next: Int
    )? {
        var owner: Int? = nil
        var start = lead
        if let m = index.match(tokens, at: lead, limit: b), index.entries[m.hit.entry].type == .country,
            !m.hit.demonym, tokens[m.end - 1].isPossessive, m.end < b
        {
            owner = m.hit.entry
            start = m.end
        }
        if owner != nil, let (bodyStart, role) = titleOf(start, b) {
            return (owner, start, role, bodyStart)
        }
        if let (end, role) = title(at: start, limit: b), end > lastCue {
            return (owner, start, role, end)
        }
        return nil
    }

    /// The complement of capitalised words after "of" (and "the") at `k` ends in "Staff": its end.
    func staffComplementEnd(_ k: Int, limit: Int) -> Int? {
        guard k < limit, tokens[k].isLower, tokens[k].key == Lexicon.of else { return nil }
        var n = k + 1
        if n < limit, tokens[n].isLower, tokens[n].key == Lexicon.the { n += 1 }
        while n < limit, tokens[n].isCap, !tokens[n].isAllCaps, tokens[n].gap == .space {
            if tokens[n].key == Self.staff { return n + 1 }
            n += 1
        }
        return nil
    }
}
