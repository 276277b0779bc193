/// The words of a slug or an id ("ana-b-lorne"): `s.split(separator: "-")`, read on the bytes
/// when `s` is ASCII (each byte is then one character), by characters otherwise. The variant and
/// short-form rules split every entity id and name form this way, per article and per corpus.
enum SlugWords {
    /// `s.split(separator: "-")`: the non-empty runs between hyphens.
    static func split(_ s: String) -> [Substring] {
        var out: [Substring] = []
        let u = s.utf8
        var start = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            // Beyond ASCII a hyphen may be part of a longer character ("-" and a combining mark).
            if b >= 0x80 { return s.split(separator: "-") }
            u.formIndex(after: &i)
            if b == 0x2D {
                let end = u.index(before: i)
                if start != end { out.append(s[start..<end]) }
                start = i
            }
        }
        if start != u.endIndex { out.append(s[start..<u.endIndex]) }
        return out
    }
}
