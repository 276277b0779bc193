/// Two more shapes of a dateline that opens the first body lines (`softDateline`):
///
///     Lake Port : The minister met …                      (a space before the colon)
///     Lakeport [Ostria], May 15 (AGENCY): The minister …   (the country in brackets, a comma)
///
/// The first is the colon dateline with a space before its colon (the same labels are not
/// places, the same length of sentence must follow in mixed case); the second names the
/// country in square brackets right after the place, then a comma, which a sentence does not.
extension ArticleLayout {
    /// True when the bytes at `i` are " : " (a space, a colon, a space).
    static func spacedColon(_ t: [UInt8], _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && t[i] == 0x20 && t[i + 1] == 0x3A && t[i + 2] == 0x20
    }

    /// True when the bytes at `i` are " [", a capitalised name of letters and spaces of at most
    /// 30 bytes, "]" and a comma: "Lakeport [Ostria], May 15".
    static func bracketedCountry(_ t: [UInt8], _ i: Int, _ end: Int) -> Bool {
        guard i + 3 < end, t[i] == 0x20, t[i + 1] == 0x5B, ByteClass.isUpper(t[i + 2]),
            let close = ((i + 2)..<min(end, i + 33)).first(where: { t[$0] == 0x5D }),
            close + 1 < end, t[close + 1] == 0x2C
        else { return false }
        return ((i + 2)..<close).allSatisfy { ByteClass.isAlpha(t[$0]) || t[$0] == 0x20 }
    }
}

/// A byline line ("By Ana Duarte", "By AGENCY") is made of capitalised words like a place
/// line next to a header date, but names who wrote the report, not where: `placeLine` skips it.
extension ArticleLayout {
    /// True when the line `r` opens with the word "By" (any case) and a space.
    static func byline(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        r.count > 3 && ByteClass.hasPrefixIgnoringCase(t, r, "by ")
    }
}
