import Testing

@testable import DiplographCore

private func date(_ line: String) -> String? { DateParser.publicationDate(inLine: Array(line.utf8))?.iso }

private func read(_ s: String) -> Article? {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/a1.txt", id: "a1").articles.first
}

/// Header date lines with a page label after the date, and day-first dates with dashes
/// (`DateParser+HeaderLabel.swift`, `DateParser+SlashedHeader.swift`).
@Suite("Header dates with page labels and dashes")
struct HeaderLabelTests {
    @Test("a short page label after the date or time leaves the line a header date")
    func labels() {
        #expect(date("19.06.2031 - Article") == "2031-06-19")
        #expect(date("12 January 2031    Read: 793") == "2031-01-12")
        #expect(date("March 3, 2031, 10:05 | Views 1,204") == "2031-03-03")
        // Counterexamples: a sentence, a long tail or a label with other marks is no label.
        #expect(date("19.06.2031 - The minister met the envoy") == nil)
        #expect(date("12 January 2031    Read the full statement here") == nil)
        #expect(date("12 January 2031 - Lakeport (Agency)") == nil)
    }

    @Test("a day-first date with dashes is read when one number is above 12")
    func dashes() {
        #expect(date("26-12-2031 12:00 AM") == "2031-12-26")
        #expect(date("3-15-2031") == "2031-03-15")
        // Counterexamples: either order possible; mixed separators.
        #expect(date("06-10-2031") == nil)
        #expect(date("26-12/2031") == nil)
    }

    @Test("the labelled header line dates the article")
    func article() {
        let a = read(
            """
            Ostria and Norvia sign a fishing accord

            12 January 2031    Read: 793

            The two ministers met on Sunday in Lakeport.
            """)
        #expect(a?.published?.iso == "2031-01-12")
    }
}
