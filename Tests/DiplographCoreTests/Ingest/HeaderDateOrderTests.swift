import Testing

@testable import DiplographCore

private func read(_ s: String) -> Article? {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/a1.txt", id: "a1").articles.first
}

/// Header dates written with slashes (read when the numbers settle the order) and a site's date
/// banner above the headline, which gives way to the article's own date below it.
@Suite("Slashed header dates and date banners")
struct HeaderDateOrderTests {
    @Test("a slashed header date is read when one number is above 12")
    func slashed() {
        func date(_ line: String) -> String? { DateParser.publicationDate(inLine: Array(line.utf8))?.iso }
        #expect(date("19/01/2031 - 09:08") == "2031-01-19")
        #expect(date("9:58 AM, 15/03/2031") == "2031-03-15")
        #expect(date("Published: 2/13/2031") == "2031-02-13")
        // Counterexamples: either order possible; a day the month lacks; words after the date.
        #expect(date("06/10/2031") == nil)
        #expect(date("31/02/2031") == nil)
        #expect(date("19/01/2031 the talks ended") == nil)
    }

    @Test("a date banner above the headline gives way to the header date below it")
    func banner() {
        let a = read(
            """
            Wed | Sep 19, 2035
            Ostria and Norvia sign a fishing accord
            Published: Friday | March 11, 2031 | 12:00 AM
            Ana Duarte met Piet Volk yesterday in Lakeport.
            """)
        #expect(a?.published?.iso == "2031-03-11")
        // Counterexample: with no banner, the first header date stays.
        let b = read(
            """
            Ostria and Norvia sign a fishing accord
            March 11, 2031
            Ana Duarte met Piet Volk yesterday in Lakeport.
            Photo taken on March 14, 2031
            """)
        #expect(b?.published?.iso == "2031-03-11")
    }
}

/// Datelines in mixed case before a colon, and before an agency in parentheses.
@Suite("Colon and agency datelines")
struct ColonAgencyDatelineTests {
    @Test("a place in mixed case before a colon is the dateline; a label is not")
    func colon() {
        let a = read(
            """
            Ostria and Norvia sign a fishing accord
            Lakeport: Prime Minister Ana Lind on Friday met a host of leaders on the sidelines of the summit here.
            """)
        #expect(a?.dateline == "Lakeport")
        // Counterexamples: a label, a short line (a label in another language), a colon before
        // lower case.
        let d = read(
            """
            Ostria and Norvia sign a fishing accord
            Autor: Lakeport Herald
            Prime Minister Ana Lind on Friday met a host of leaders on the sidelines of the summit.
            """)
        #expect(d?.dateline == nil)
        let b = read(
            """
            Ostria and Norvia sign a fishing accord
            Photo: Prime Minister Ana Lind on Friday met a host of leaders on the sidelines of the summit here.
            """)
        #expect(b?.dateline == nil)
        let c = read(
            """
            Ostria and Norvia sign a fishing accord
            Lakeport: the talks on Friday went on late into the night, and the leaders met again at dawn.
            """)
        #expect(c?.dateline == nil)
    }

    @Test("a place, a dated year and an agency in parentheses: the dateline and its date")
    func agency() {
        let a = read(
            """
            Ostria and Norvia sign a fishing accord
            Lake Port, August 11, 2031 (Lakeport Herald) Prime Minister Ana Lind received Tomas Berg earlier today.
            """)
        #expect(a?.dateline == "Lake Port")
        #expect(a?.referenceDate?.iso == "2031-08-11")
        // Counterexample: a parenthesis with no dated year before it.
        let b = read(
            """
            Ostria and Norvia sign a fishing accord
            Lake Port, a harbour (Old Town) Prime Minister Ana Lind received Tomas Berg earlier today.
            """)
        #expect(b?.dateline == nil)
    }
}

/// A line that is only a place, next to a header date line, is the dateline.
@Suite("Place lines next to a header date")
struct PlaceLineDatelineTests {
    @Test("a place line before or after the date line; a longer phrase is not one")
    func placeLine() {
        let a = read(
            """
            Lake Port, Ostria
            October 12, 2031
            Prime Minister Ana Lind met today with President Tomas Berg to discuss trade.
            """)
        #expect(a?.dateline == "Lake Port")
        let b = read(
            """
            Ostria and Norvia sign a fishing accord
            23 March 2031
            Lakeport
            Prime Minister Ana Lind received President Tomas Berg on Tuesday.
            """)
        #expect(b?.dateline == "Lakeport")
        // Counterexamples: four words are a site's furniture; a place line far from any date.
        let c = read(
            """
            Logo Lakeport Evening Herald
            Sunday, June 4, 2031
            Ostria and Norvia sign a fishing accord
            Prime Minister Ana Lind received President Tomas Berg on Tuesday.
            """)
        #expect(c?.dateline == nil)
        let d = read(
            """
            Ostria and Norvia sign a fishing accord
            Lakeport
            Prime Minister Ana Lind received President Tomas Berg on Tuesday.
            """)
        #expect(d?.dateline == nil)
    }
}
