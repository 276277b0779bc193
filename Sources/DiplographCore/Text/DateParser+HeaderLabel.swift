/// A page label after a header date: "19.06.2031 - Article", "12 January 2031    Read: 793".
///
/// Sites print the section or a view counter on the date line. After the date (and its time),
/// a dash or a run of two or more spaces may open such a label: at most two words, optionally
/// followed by a colon and a number, 24 bytes at most. A longer tail, a sentence or a tail with
/// anything else stays a non-header line ("19.06.2031 - The minister met …").
extension DateParser {
    static let maxLabelBytes = 24

    /// The range of the time tail before a page label in `r`, when `r` ends with one.
    static func beforePageLabel(_ t: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        while i < r.upperBound {
            var labelStart: Int?
            if t[i] == 0x20, i + 1 < r.upperBound, t[i + 1] == 0x20 {
                var j = i
                while j < r.upperBound, t[j] == 0x20 { j += 1 }
                labelStart = j
            } else if t[i] == 0x20, i + 2 < r.upperBound, t[i + 1] == 0x2D || t[i + 1] == 0x7C, t[i + 2] == 0x20 {
                labelStart = i + 3
            }
            if let s = labelStart {
                let label = ByteClass.trim(t, s..<r.upperBound)
                return isPageLabel(t, label) ? r.lowerBound..<i : nil
            }
            i += 1
        }
        return nil
    }

    /// "Article", "Read: 793", "Views 1,204", "World News": one or two words of letters, then
    /// optionally a colon and a number.
    static func isPageLabel(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= maxLabelBytes, ByteClass.isAlpha(t[r.lowerBound]) else { return false }
        var words = 0
        var p = r.lowerBound
        while p < r.upperBound, ByteClass.isAlpha(t[p]) {
            while p < r.upperBound, ByteClass.isAlpha(t[p]) { p += 1 }
            words += 1
            guard words <= 2 else { return false }
            if p < r.upperBound, t[p] == 0x20, p + 1 < r.upperBound, ByteClass.isAlpha(t[p + 1]) { p += 1 }
        }
        if p == r.upperBound { return true }
        if t[p] == 0x3A { p += 1 }
        while p < r.upperBound, t[p] == 0x20 { p += 1 }
        guard p < r.upperBound else { return false }
        while p < r.upperBound, ByteClass.isDigit(t[p]) || t[p] == 0x2C || t[p] == 0x2E { p += 1 }
        return p == r.upperBound
    }
}
