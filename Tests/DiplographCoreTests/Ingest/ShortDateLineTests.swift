import Testing

@testable import DiplographCore

private func published(_ s: String) -> String? {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/a1.txt", id: "a1").articles.first?.published?.iso
}

private func lineDate(_ s: String) -> String? {
    let b = Array(s.utf8)
    return DateParser.shortLineDate(b, 0..<b.count)?.iso
}

/// A publication date on a short header line beside a section name, a byline, a source or a
/// place (`DateParser+ShortDateLine.swift`), read when the header gives no other date.
@Suite("Short date lines in the header")
struct ShortDateLineTests {
    @Test("a full date beside a few words, in numeric, English and Indonesian forms")
    func forms() {
        #expect(lineDate("Archived Articles 07 Aug 2031  NWR") == "2031-08-07")
        #expect(lineDate("Posted by: Ana Duarte 2031-08-11") == "2031-08-11")
        #expect(lineDate("Kai Lundgren 15.10.2031 11:21") == "2031-10-15")
        #expect(lineDate("Source:Agency Published: 2031-1-14 17:11:25") == "2031-01-14")
        #expect(lineDate("Home News - 2031.4.15") == "2031-04-15")
        #expect(lineDate("By Staff     Date 23 Oktober 2031") == "2031-10-23")
        #expect(lineDate("May 21, 2031 - Lakeport, Ostria - Ministry of Trade") == "2031-05-21")
        #expect(lineDate("Article published on the 2031-08-28 Latest update 2031-08-28 13:15 TU") == "2031-08-28")
    }

    @Test("a sentence, a list of links, two dates, a month alone or an unsettled order is no date line")
    func counterexamples() {
        #expect(lineDate("The early elections are scheduled for July 11, 2031.") == nil)
        #expect(lineDate("Ostrian port to reopen (05 Feb 2031)") == nil)
        #expect(lineDate("Talks 3 May 2031 and 9 May 2031") == nil)
        #expect(lineDate("Archived Articles August 2031") == nil)
        #expect(lineDate("Kai Lundgren 06/10/2031") == nil)
        #expect(lineDate("Kai Lundgren 2031-13-02") == nil)
        #expect(lineDate("Section One Two Three Four Five Six Seven Eight Nine 07 Aug 2031") == nil)
    }

    @Test("read only when the header gives no date; a header date wins")
    func fallback() {
        #expect(
            published(
                """
                Home News - 2031.4.15
                Ostria and Norvia sign a fishing accord
                Ana Duarte met Piet Volk this afternoon in Lakeport.
                """) == "2031-04-15")
        // Counterexample: a header date below it is the article's.
        #expect(
            published(
                """
                Home News - 2031.4.15
                Ostria and Norvia sign a fishing accord
                Published: March 11, 2031
                Ana Duarte met Piet Volk this afternoon in Lakeport.
                """) == "2031-03-11")
        // Counterexample: a short date line far down the text (after 15 lines) is not read.
        let body = (1...16).map { "Line \($0) of the report tells what the ministers said to the press." }
        #expect(
            published(
                (["Ostria and Norvia sign a fishing accord"] + body + ["Archived 07 Aug 2031"]).joined(separator: "\n"))
                == nil)
    }

    @Test("a full date opening the first body line, the lede after it on the same line")
    func openingDate() {
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                May 12 , 2031 The two foreign ministers signed the accord in Lakeport after long talks.
                """) == "2031-05-12")
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                September 17, 2031The two foreign ministers signed the accord in Lakeport after talks.
                """) == "2031-09-17")
        // Counterexamples: a month without a day, a date inside the sentence, a date before a
        // short line (a caption or list entry), a date on a body line after the first.
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                May 2031 The two foreign ministers signed the accord in Lakeport after long talks.
                """) == nil)
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                On May 12, 2031 the two foreign ministers signed the accord in Lakeport after talks.
                """) == nil)
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                May 12, 2031 Talks end in a draw
                """) == nil)
        #expect(
            published(
                """
                Ostria and Norvia sign a fishing accord

                The two foreign ministers signed the accord in Lakeport after long talks.

                May 12, 2031 The ministers had met before, in a meeting at the old harbour.
                """) == nil)
    }
}
