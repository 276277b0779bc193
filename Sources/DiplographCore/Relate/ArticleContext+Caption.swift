/// A photo caption above the lede is not the lede.
///
///     "In this file photo, Ostrian President Tomas Varga hosted a summit in January."
///     "FILE PHOTO: Ostrian President Tomas Varga at the palace in Lakeport, May 3, 2030."
///     "Varga (right) greets Lind (left) at the airport."
///     "Prime Minister Ana Lind. (Photo: Agency)"
///
/// A scraped page often keeps the caption of its top picture as the first paragraph. It ends
/// as a sentence does, so it would be taken for the lede, whose date and verb date the
/// meetings told after it (`Meetings+LedeNews.swift`, `Meetings+EventFrame.swift`), though it
/// tells another moment (an old picture) or the same one without its date. A sentence that
/// holds a photo credit or label ("file photo", "photo:", "(photo", "photo courtesy", "photo
/// by") or a position marker in parentheses ("(left)", "(right)", "(centre)") is a caption.
/// "The leaders posed for a photo" is not: a bare "photo" marks nothing.
extension ArticleContext {
    /// Marks of a caption, matched without regard to case.
    static let captionMarks: [[UInt8]] = [
        "file photo", "photo:", "(photo", "photo courtesy", "photo by", "(left)", "(right)", "(center)",
        "(centre)",
    ].map { Array($0.utf8) }

    /// True when sentence `s` holds one of `captionMarks`.
    func isCaption(sentence s: Int) -> Bool {
        let range = r.sentences[s].range
        let t = text
        let end = min(range.upperBound, t.count)
        guard range.lowerBound < end else { return false }
        for i in range.lowerBound..<end {
            let b = ByteClass.lower(t[i])
            guard b == 0x66 || b == 0x70 || b == 0x28 else { continue }  // "f", "p", "("
            for mark in Self.captionMarks where mark[0] == b && Boilerplate.startsWith(t, i..<end, mark) {
                return true
            }
        }
        return false
    }
}
