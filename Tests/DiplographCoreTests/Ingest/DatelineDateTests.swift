import Testing

@testable import DiplographCore

private func read(_ s: String) -> Article? {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/a1.txt", id: "a1").articles.first
}

/// The dateline's own date is the day the report speaks from (`ArticleLayout.datelineDate`,
/// `Article.referenceDate`).
@Suite("Dateline dates")
struct DatelineDateTests {
    @Test("a dateline's day and month take the header's year; a header a day later gives way")
    func dayBeforeHeader() {
        let a = read(
            """
            date 2031-03-08
            Envoys agree on a fishing accord
            LAKEPORT, March 7 (Osta) -- Ana Duarte said on Friday she had met Tomas Berg.
            """)
        #expect(a?.dateline == "LAKEPORT")
        #expect(a?.published?.iso == "2031-03-08", "the publication date itself is kept")
        #expect(a?.datelineDate?.iso == "2031-03-07")
        #expect(a?.referenceDate?.iso == "2031-03-07")
        // A line of its own; a year turning between the dateline and the header.
        let b = read(
            """
            Published: 2031-01-01
            Envoys agree on a fishing accord
            Lakeport, Dec. 31
            Ana Duarte met her counterpart.
            """)
        #expect(b?.datelineDate?.iso == "2030-12-31")
    }

    @Test("a credit in parentheses before the dateline is skipped with it")
    func creditFirst() {
        let a = read(
            """
            date 2031-03-08
            Envoys agree on a fishing accord
            (WIRE- Ostrian News Agency (ONA)) LAKEPORT, March 7 (ONA) -- Ana Duarte met Tomas Berg.
            """)
        #expect(a?.dateline == "LAKEPORT")
        #expect(a?.datelineDate?.iso == "2031-03-07")
        #expect(a.map { $0.string($0.blocks[1].range) } == "Ana Duarte met Tomas Berg.")
    }

    @Test("a dateline far from the header, after it, or without any year gives no reference of its own")
    func counterexamples() {
        // A week before the header: not the day of writing.
        let a = read(
            """
            date 2031-03-15
            Envoys agree on a fishing accord
            LAKEPORT, March 7 (Osta) -- Ana Duarte met Tomas Berg.
            """)
        #expect(a?.datelineDate == nil)
        #expect(a?.referenceDate?.iso == "2031-03-15")
        // No header date: a day and month alone stay undated.
        let b = read(
            """
            Envoys agree on a fishing accord
            LAKEPORT, March 7 (Osta) -- Ana Duarte met Tomas Berg.
            """)
        #expect(b?.datelineDate == nil)
        #expect(b?.referenceDate == nil)
        // A parenthesis that is not a credit before a dateline is text.
        let c = read(
            """
            Envoys agree on a fishing accord
            (Photo taken on Monday) Ana Duarte met Tomas Berg in the old town.
            """)
        #expect(c?.dateline == nil)
    }
}
