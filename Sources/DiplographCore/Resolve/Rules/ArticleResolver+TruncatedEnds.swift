/// A text cut off in the middle of a word (an excerpt, a feed item's first 2,000 characters)
/// ends on a fragment: "… keen on investing in Brenh", "… businesses in Kessm". A run of name
/// words that ends the text with no closing punctuation, right after a lowercase word of
/// running text, and whose last word the article uses nowhere else, is no entity: a fragment
/// cannot be told from a name. Table entries ("… and Samoa") and gazetteer places ("… and
/// Punjab") are read before runs and stay; so does a word the article names elsewhere ("…
/// stressed that Varga").
extension ArticleResolver {
    /// The run `r` may be a word cut off by the end of the text (see above).
    func cutOffAtTextEnd(_ r: Range<Int>) -> Bool {
        let last = r.upperBound - 1
        guard r.upperBound == tokens.count, r.lowerBound > 0, tokens[r.lowerBound - 1].isLower,
            tokens[r.lowerBound].gap == .space, !gazetteerPlace(r)
        else { return false }
        var p = tokens[last].end
        while p < text.count {
            // Anything but white space after the word (a period, a quote) closes the text.
            guard text[p] == 0x20 || text[p] == 0x0A || text[p] == 0x0D || text[p] == 0x09 else { return false }
            p += 1
        }
        let key = tokens[last].key
        return !tokens[..<r.lowerBound].contains { $0.key == key }
    }
}
