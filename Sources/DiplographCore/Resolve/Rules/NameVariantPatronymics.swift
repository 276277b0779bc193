/// A Mongolian name with its patronymic written out or cut short: "Tuvaagiin Ganbold" (the
/// father's name in the genitive, "-iin"/"-yn", then the given name), "Tu. Ganbold" or "Tuvaa
/// Ganbold" (the patronymic cut to its first letters or its stem). The `patronymic` rule of
/// `NameVariantKeys`: both spellings are keyed by the patronymic's first letter and the given
/// name; a key group of exactly two joins when one patronymic is written out in the genitive
/// and the other is a beginning of its stem.
///
/// "Tuvaagiin Ganbold" and "Tsendiin Ganbold" (two fathers) share a key with neither cut form
/// alone in the group; "Tuvaa Ganbold" and "Tumen Ganbold" (no genitive) stay apart.
enum NameVariantPatronymics {
    /// Endings of a Mongolian patronymic in the genitive, longest first.
    static let genitiveEndings = ["giin", "iin", "yn"]

    /// Shortest given name keyed (a short one, "Bat", is shared by too many people).
    static let givenNameLength = 5

    /// The key of a two-word name: the patronymic's first letter and the given name.
    static func key(_ ws: [Substring]) -> String? {
        guard ws.count == 2, ws[1].count >= givenNameLength, let first = ws[0].first else { return nil }
        return String(first) + "-" + ws[1]
    }

    /// The stem of a patronymic written out in the genitive ("tuvaagiin": "tuvaa"), nil when
    /// `w` does not look like one.
    static func stem(_ w: Substring) -> Substring? {
        guard w.count >= 6 else { return nil }
        for e in genitiveEndings where w.hasSuffix(e) {
            let s = w.dropLast(e.count)
            return s.count >= 3 ? s : nil
        }
        return nil
    }

    /// True when one of two names of one key writes the patronymic out and the other cuts it to
    /// a beginning of its stem (two letters or more), the given names equal.
    static func accepts(_ wa: [Substring], _ wb: [Substring]) -> Bool {
        guard wa.count == 2, wb.count == 2, wa[1] == wb[1] else { return false }
        func cuts(_ full: Substring, _ short: Substring) -> Bool {
            guard let s = stem(full), short.count >= 2, short != full else { return false }
            return s.hasPrefix(short)
        }
        return cuts(wa[0], wb[0]) || cuts(wb[0], wa[0])
    }
}
