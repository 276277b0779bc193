/// An age after a name makes it a person (rule 4 of `Resolver`): "Lara Fenn, 54, a former
/// diplomat", "Tomas Reyd (37) was arrested". Only a number of one to three digits up to 120,
/// between commas or in brackets, after two to four name words; "Route 66", "Vexmoor Road, 1200
/// metres" and "Kessel Park, 2019," are no ages.
extension ArticleResolver {
    /// The run `r` is followed by ", N," or " (N)" with N an age.
    func ageAppositive(_ r: Range<Int>) -> Bool {
        let n = r.upperBound
        guard n < tokens.count, tokens[n].flags.contains(.digit), r.count >= 2, r.count <= 4 else { return false }
        let t = tokens[n]
        guard t.end - t.start <= 3, t.end < text.count else { return false }
        var age = 0
        for k in t.start..<t.end {
            let c = text[k]
            guard c >= 0x30 && c <= 0x39 else { return false }
            age = age * 10 + Int(c - 0x30)
        }
        guard age >= 1, age <= 120 else { return false }
        let gap = text[tokens[n - 1].end..<t.start]
        let close = text[t.end]
        let comma = gap.elementsEqual([0x2C, 0x20]) && close == 0x2C
        let bracket = gap.elementsEqual([0x20, 0x28]) && close == 0x29
        return (comma || bracket) && onlyNameWords(r)
    }
}
