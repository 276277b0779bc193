/// A person named with and without a last name in one article: "Rosa Lina Vesta" and "Rosa Lina
/// Vesta Orrin" (a second family name, a patronymic's end) are one node when the article holds
/// both and no other person of the corpus begins with the shorter name
/// (`EntityAggregator.personVariantMerges` asks this where no office is shared).
///
/// Strong evidence only: the shorter name has two words or more, the longer exactly one more, a
/// name word of three letters or more that is no English word ("Rosa Lina Vesta Said" is a
/// sentence's slip, not a name) and no generation's suffix ("Ivo Marsh Jr" beside "Ivo Marsh" is
/// the son beside his father: `ArticleShortForms.generationSuffixes`).
enum PersonAddedSurnames {
    /// Fewest letters of the added word.
    static let wordLength = 3

    /// True when `long` (words) is `short` (words) with one last name added.
    static func isAdded(_ short: [Substring], to long: [Substring]) -> Bool {
        guard short.count >= 2, long.count == short.count + 1, long.starts(with: short), let w = long.last,
            w.count >= wordLength, NameVariantKeys.isNameWord(w),
            !ArticleShortForms.generationSuffixes.contains(String(w))
        else { return false }
        return !EnglishWords.containsInflected(Array(w.utf8))
    }
}
