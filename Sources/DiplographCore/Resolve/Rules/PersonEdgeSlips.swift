/// A slip in the first or the last word of a person's name, however short that word: a letter
/// dropped or added ("Tomas Vel" for "Tomas Velo", "Al Dorsk" for "Ali Dorsk") or a y/i, w/v
/// spelling (`NameVariantKeys.phonetic`: "Maya Orvane", "Maia Orvane"). `PersonVariants.isSlip`
/// asks six letters of the differing word; a short word is another name too often, so an edge
/// slip asks more: both spellings hold one office, or the name has three words or more and the
/// differing last word keeps five letters ("Ahmed Salim Borgo", "Ahmed Salim Borgao").
///
/// Apart stay: two letters changed ("Kim Pol Un", "Kim Pol Il"), one letter replaced by another
/// ("Jon Dale", "Jan Dale": two brothers), a middle word ("Ana Maria Lorne", "Ana Marta Lorne"),
/// and a short word with no office in common.
extension PersonVariants {
    /// The keys under which an edge slip finds the name `id` of words `ws` (`words(id)`): the
    /// first or the last word replaced by "*" and its first letter, one key each ("*t-velo",
    /// "tomas-*v"), cut from the id itself.
    static func edgeSlipPatterns(_ id: String, _ ws: [Substring]) -> [String] {
        guard ws.count >= 2, let f = ws.first, let l = ws.last, let fc = f.first, let lc = l.first else { return [] }
        var head = "*"
        head.append(fc)
        head += id[f.endIndex...]
        var tail = String(id[..<l.startIndex])
        tail += "*"
        tail.append(lc)
        return [head, tail]
    }

    /// True when `a` and `b` spell one name with a slip in its first or last word (see the
    /// type's comment); `sharedOffice` says both hold one office.
    static func isEdgeSlip(_ a: String, _ b: String, sharedOffice: Bool) -> Bool {
        guard let needsOffice = edgeSlipNeedsOffice(a, b) else { return false }
        return sharedOffice || !needsOffice
    }

    /// Nil when `a` and `b` are not one name's spellings a slip in its first or last word apart;
    /// else whether the slip holds only when both spellings hold one office.
    static func edgeSlipNeedsOffice(_ a: String, _ b: String) -> Bool? {
        let wa = words(a)
        let wb = words(b)
        guard a != b, wa.count == wb.count, wa.count >= 2 else { return nil }
        var differing: Int? = nil
        for i in wa.indices where wa[i] != wb[i] {
            if differing != nil { return nil }
            differing = i
        }
        guard let i = differing, i == 0 || i == wa.count - 1 else { return nil }
        let (x, y) = (wa[i], wb[i])
        guard x.first == y.first, max(x.count, y.count) >= 3 else { return nil }
        // The words both spellings share carry the name: five letters at least.
        guard wa.indices.filter({ $0 != i }).reduce(0, { $0 + wa[$1].count }) >= 5 else { return nil }
        let dropped = abs(x.count - y.count) == 1 && oneEditApart(Array(x.utf8), Array(y.utf8))
        guard dropped || NameVariantKeys.phonetic(x) == NameVariantKeys.phonetic(y) else { return nil }
        // A last word of five letters or more in a name of three words holds on its own.
        let alone = wa.count >= 3 && i == wa.count - 1 && min(x.count, y.count) >= 5
        return !alone
    }
}
