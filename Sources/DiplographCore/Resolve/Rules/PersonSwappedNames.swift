/// A person's two names in either order ("Tanabe Koji", "Koji Tanabe": `NameVariantKeys`'s
/// `swappedOrder`) when the given name is borne by someone else of the corpus too: the family
/// name, a long word nobody else bears, says who it is ("Orrimaki Toshiro" and "Toshiro
/// Orrimaki" are one person beside a "Vesta Toshiro").
///
/// Strong evidence only: one of the two words is borne by these two spellings alone and has at
/// least `NameVariantKeys.transliterationLength` letters; two short words borne by others
/// ("Kim Pol", "Pol Kim" beside "Kim Pol Un") stay apart.
enum PersonSwappedNames {
    /// True when one word of `a`, long, is borne by `a` and `b` alone (`others(w)` counts the
    /// person ids of the corpus that contain w).
    static func ownsFamilyName(_ a: [Substring], _ b: [Substring], others: (Substring) -> Int) -> Bool {
        a.count == 2 && a.contains { $0.count >= NameVariantKeys.transliterationLength && others($0) == 2 }
    }
}
