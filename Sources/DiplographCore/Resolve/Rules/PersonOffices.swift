/// One office under the names outlets give it: a portfolio's minister is its "minister" or its
/// "secretary", before or after the portfolio, with or without "affairs" ("Foreign Minister",
/// "Foreign Secretary", "Minister for Foreign Affairs", "Secretary of Foreign Affairs" are one
/// office). The corpus's person merges that ask whether two spellings hold one office
/// (`EntityAggregator.personVariantMerges`) compare these keys, not the role strings.
///
/// Strong evidence only: a role with no portfolio stays as it is ("Secretary" is no "Foreign
/// Secretary"), and "of State" names no portfolio ("Secretary of State" and "Minister of State"
/// are two offices); two portfolios stay two offices ("Foreign Minister", "Finance Minister").
enum PersonOffices {
    /// The words that name a portfolio's minister.
    static let heads: Set<Substring> = ["minister", "secretary"]

    /// Words between the head and the portfolio ("Minister for the Foreign Affairs").
    static let joiners: Set<Substring> = ["of", "for", "the"]

    /// The key of `role`: lowercased words, a portfolio's minister as "PORTFOLIO minister".
    static func key(_ role: String) -> String {
        var ws = role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        // "Former Vice President" is the office "Vice President" once held (PersonDatedRoles).
        if ws.count >= 2, ws[0] == "former" { ws.removeFirst() }
        var portfolio: [Substring]
        if let h = ws.first, heads.contains(h), ws.count >= 3, joiners.contains(ws[1]) {
            // "Minister for Foreign Affairs": the portfolio after the head.
            portfolio = Array(ws.dropFirst().drop(while: { joiners.contains($0) }))
        } else if let h = ws.last, heads.contains(h), ws.count >= 2 {
            // "Foreign Secretary": the portfolio before the head.
            portfolio = Array(ws.dropLast())
        } else {
            return ws.joined(separator: " ")
        }
        if portfolio.count >= 2, portfolio.last == "affairs" { portfolio.removeLast() }
        guard !portfolio.isEmpty, portfolio != ["state"] else { return ws.joined(separator: " ") }
        return (portfolio + ["minister"]).joined(separator: " ")
    }

    /// True when `a` and `b` name one office.
    static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
