/// A text wrapped at a fixed width, as wire services and mailing lists send it and some scrapers
/// keep it: each line at most about 80 bytes, with line breaks inside sentences and names
/// ("… Prime Minister Ana" then "Lind said …").
///
/// Such a text is told by its lines: at least `minLines` lines of some length (30 bytes or
/// more), nine in ten of all its lines no longer than `maxWidth` bytes, and at least two in
/// five of the long ones ending inside a sentence. A scraped page keeps a paragraph on one
/// line, so its long lines end sentences and many run past the width; a list of short items
/// or a byline block has too few long lines.
extension ArticleLayout {
    /// The width (in bytes) nine in ten lines of a wrapped text stay within.
    static let maxWidth = 90
    /// The fewest lines of 30 bytes or more a wrapped text has.
    static let minLines = 8

    /// Whether the non-empty ones of `lines` (`ByteClass.lines` of the text, which the layout
    /// reads too) are wrapped at a fixed width.
    static func hardWrapped(_ t: [UInt8], lines: [Range<Int>]) -> Bool {
        var lengths: [Int] = []
        lengths.reserveCapacity(lines.count)
        var long = 0
        var open = 0
        for raw in lines {
            let r = ByteClass.trim(t, raw)
            guard !r.isEmpty else { continue }
            lengths.append(r.count)
            guard r.count >= 30 else { continue }
            long += 1
            if !endsSentence(t, r) { open += 1 }
        }
        guard long >= minLines, 5 * open >= 2 * long else { return false }
        lengths.sort()
        return lengths[lengths.count * 9 / 10] <= maxWidth
    }
}
