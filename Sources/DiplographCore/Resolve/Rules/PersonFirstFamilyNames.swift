/// A person named by the first of two family names inside one article: "Secretary Lorvik" after
/// "Foreign Secretary Ana Lorvik Tesmar" (Spanish and Portuguese names carry the father's family
/// name, then the mother's, and the news shortens them to the first). `ResolvedArticle
/// .joinShortForms` asks this only for a one-word person that is no short form of anyone by the
/// usual rule (`ArticleShortForms.isPersonSlip`: the last name), so "Tesmar" still names Ana
/// Lorvik Tesmar and a name's last word always wins.
///
/// Strong evidence only: the long name has three words or more, the word is its second to last,
/// of `wordLength` letters or more (no particle: "bin", "de", "van"), and exactly one person of
/// the article fits ("Lorvik" beside "Ana Lorvik Tesmar" and "Ivo Lorvik Dallin" stays apart).
enum PersonFirstFamilyNames {
    /// Fewest letters of the first family name.
    static let wordLength = 4

    /// True when the one word of `short` is the first of two family names of `long` (words).
    static func isFirstFamilyName(_ short: [Substring], of long: [Substring]) -> Bool {
        guard short.count == 1, long.count >= 3, short[0].count >= wordLength else { return false }
        return short[0] == long[long.count - 2] && NameVariantKeys.isNameWord(short[0])
    }
}
