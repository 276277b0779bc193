/// An unknown all-capital word joined by a hyphen to another code (rule 5 of `Resolver`):
///
/// - with one capital letter after it, the two are one acronym: "the VXD-P" is "VXD-P";
/// - after a capital letter, a code or a number it is a fragment of a longer code ("T-VXC",
///   "NNN-VXPRESS"), and with a number after it the code of a thing ("the VASA-1000 line");
///   neither is a body on its own.
///
/// "VXD said", "the VXD (United Socialist)" and table names ("G-20") are read as before.
extension ArticleResolver {
    /// The all-capital word at `k` is part of a longer code that is no body: after a hyphen that
    /// joins it to a capital word or a number, or before one that joins it to a number.
    func hyphenCodeFragment(_ k: Int) -> Bool {
        if k > 0, tokens[k].gap == .hyphen,
            tokens[k - 1].isAllCaps || capitalLetter(k - 1) || tokens[k - 1].flags.contains(.digit)
        {
            return true
        }
        return k + 1 < tokens.count && tokens[k + 1].gap == .hyphen && tokens[k + 1].flags.contains(.digit)
    }

    /// The end of the acronym that starts at `k`: past one capital letter joined by a hyphen
    /// ("VXD-P"), else right after `k`.
    func acronymCodeEnd(_ k: Int) -> Int {
        let n = k + 1
        guard n < tokens.count, tokens[n].gap == .hyphen, capitalLetter(n),
            n + 1 == tokens.count || tokens[n + 1].gap != .hyphen
        else { return k + 1 }
        return n + 1
    }

    /// The token at `k` is one capital letter ("P" of "VXD-P", "T" of "T-VXC").
    private func capitalLetter(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isCap && t.letters == 1 && t.end - t.start == 1
    }
}
