/// Three spellings or more of one person, each a slip of every other ("Tomas Berhanesu", "Tomas
/// Berhonesu", "Tomas Brhanesu": `PersonVariants.isSlip`), are one node: where one slip apart
/// is one person, a group in which every pair is one slip apart is one person too.
/// (`EntityAggregator.personVariantMerges` merges a person with its only slip; this is the
/// group whose members each see two slips or more.)
///
/// Strong evidence only: every pair of the group is a slip and every member sees the same
/// group, and no pair differs in the last two letters of a word ("Kostides", "Kostidis",
/// "Kostidas" stay three: a change at the end of a name is another name); short words never
/// slip ("Kim Pol Un", "Kim Pol Il", "Kim Pol Ik").
enum PersonSlipGroups {
    /// True when the words of `a` and `b` end in the same two letters: a change at the end of a
    /// name is another name ("Kostides", "Kostidas"), as `ArticleShortForms.isSlip` holds.
    static func sameEnds(_ a: String, _ b: String) -> Bool {
        let wa = SlugWords.split(a)
        let wb = SlugWords.split(b)
        return wa.count == wb.count && zip(wa, wb).allSatisfy { $0.suffix(2) == $1.suffix(2) }
    }

    /// The member of `group` (indices) that stands for it: a known one, then the most mentioned,
    /// then the smallest id; nil unless every pair of the group is a slip and every member's own
    /// slips (`slips(k)`) are exactly the rest of the group.
    static func representative(
        of group: Set<Int>, ids: (Int) -> String, known: (Int) -> Bool, mentions: (Int) -> Int,
        slips: (Int) -> Set<Int>
    ) -> Int? {
        guard group.count >= 3 else { return nil }
        for k in group {
            guard slips(k) == group.subtracting([k]) else { return nil }
            for c in group where c != k && !(PersonVariants.isSlip(ids(k), ids(c)) && sameEnds(ids(k), ids(c))) {
                return nil
            }
        }
        return group.min { a, b in
            let ra = (known(a) ? 0 : 1, -mentions(a), ids(a))
            let rb = (known(b) ? 0 : 1, -mentions(b), ids(b))
            return ra < rb
        }
    }
}
