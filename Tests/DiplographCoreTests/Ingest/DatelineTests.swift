import Testing

@testable import DiplographCore

private func read(_ s: String) -> Article? {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/a1.txt", id: "a1").articles.first
}

/// Header dates and datelines that plain-text articles give in other shapes.
@Suite("Datelines and header dates")
struct DatelineTests {
    @Test("a byline before the header keyword or date, and a space before the colon")
    func bylineBeforeDate() {
        let a = read(
            """
            Envoys agree on a fishing accord
            By Ana Duarte Posted : January 13, 2025, 17:20 Updated : January 14, 2025, 17:26
            Ana Duarte met her counterpart on Monday.
            """)
        #expect(a?.published?.iso == "2025-01-13")
        let b = read(
            """
            Envoys agree on a fishing accord
            By Mei Lin Sato 13 October 2023, 11:00PM
            The two sides signed a memorandum.
            """)
        #expect(b?.published?.iso == "2023-10-13")
        // Counterexample: a sentence that starts with "By" is not a byline.
        let c = read(
            """
            Envoys agree on a fishing accord
            By the end of the talks on January 13, 2025, the sides had agreed.
            """)
        #expect(c?.published == nil)
    }

    @Test("a time and zone before the date; a stray mark before it")
    func timeBeforeDate() {
        #expect(DateParser.publicationDate(inLine: Array("17:11 JST, October 29, 2025".utf8))?.iso == "2025-10-29")
        #expect(DateParser.publicationDate(inLine: Array(". Jun 23, 2020".utf8))?.iso == "2020-06-23")
        #expect(DateParser.publicationDate(inLine: Array("17:11 the talks ended October 29, 2025".utf8)) == nil)
    }

    @Test("a header date with a month named in another European language, day or year first")
    func foreignMonths() {
        func date(_ line: String) -> String? { DateParser.publicationDate(inLine: Array(line.utf8))?.iso }
        #expect(date("26. oktobar 2023 15:42") == "2023-10-26")
        #expect(date("2018. június 22.") == "2018-06-22")
        #expect(date("3 de marzo de 2024") == "2024-03-03")
        #expect(date("12 mars 2021, 10:05") == "2021-03-12")
        // Counterexamples: other words on the line, no day, a day the month does not have.
        #expect(date("26. oktobar u Beogradu") == nil)
        #expect(date("mai 2023") == nil)
        #expect(date("31 avril 2021") == nil)
    }

    @Test("an update told relative to now leaves the date before it")
    func updatedAgo() {
        func date(_ line: String) -> String? { DateParser.publicationDate(inLine: Array(line.utf8))?.iso }
        #expect(date("March 9, 2026 6:05 PM GMT+1 Updated 1 hour ago") == "2026-03-09")
        #expect(date("March 9, 2026 Updated an hour ago") == "2026-03-09")
        // Counterexamples: no date before it, and other words after the date.
        #expect(date("Updated 1 hour ago") == nil)
        #expect(date("March 9, 2026 Updated 1 hour ago by the desk") == nil)
    }

    @Test("a labelled publication date wins over a bare date line before it")
    func labelledBeatsBare() {
        let a = read(
            """
            Thursday November 28, 2024
            Envoys agree on a fishing accord
            Published : 29 Jan 2019, 00:50
            The two sides signed a memorandum.
            """)
        #expect(a?.published?.iso == "2019-01-29")
    }

    @Test("a line that is only a place and a date is a dateline; it stays text")
    func datelineLine() {
        let a = read(
            """
            Envoys agree on a fishing accord
            Lakeport, Ostria, Nov. 3
            Ana Duarte met her counterpart.
            """)
        #expect(a?.dateline == "Lakeport")
        #expect(a?.published == nil, "a month and day without a year give no publication date")
        #expect(a.map { $0.blocks.map { $0.kind } } == [.headline, .body, .body])
        let b = read(
            """
            Meeting of the Lake Council
            April 6, 2023, The Old Fort, Lakeport
            Ana Duarte met her counterpart.
            """)
        #expect(b?.dateline == "Lakeport")
        #expect(b?.published?.iso == "2023-04-06")
        // Counterexample: a sentence with a date is not a dateline.
        let c = read(
            """
            Envoys agree on a fishing accord
            Talks resumed in Lakeport on Nov. 3 after a pause.
            """)
        #expect(c?.dateline == nil)
    }

    @Test("soft datelines: a colon, an agency between slashes, a long dash after a place")
    func softDatelines() {
        let head = "Envoys agree on a fishing accord\n"
        #expect(read(head + "LAKEPORT: The foreign minister met his counterpart.")?.dateline == "LAKEPORT")
        #expect(read(head + "LAKEPORT, September 9. /OSTA/. The minister met his counterpart.")?.dateline == "LAKEPORT")
        #expect(read(head + "Lake Port — The minister met his counterpart.")?.dateline == "Lake Port")
        #expect(read(head + "Lake Port February 6/2022 /OSTA/ The minister met his peer.")?.dateline == "Lake Port")
        // Counterexamples: a label with a colon, and a dash after a name that is not spaced.
        #expect(read(head + "UPDATE: The minister met his counterpart.")?.dateline == nil)
        #expect(read(head + "Lake Port—based firms met the minister.")?.dateline == nil)
    }

    @Test("a dateline after a byline line is still the dateline")
    func datelineAfterByline() {
        let a = read(
            """
            Envoys agree on a fishing accord
            Mei Lin Sato
            LAKEPORT — The foreign minister met his counterpart on Monday.
            """)
        #expect(a?.dateline == "LAKEPORT")
    }
}

@Suite("Header dates refined by the address")
struct HeaderAddressTests {
    @Test("a month-precision date line takes the day its address gives, when they agree")
    func urlDay() {
        func published(_ url: String) -> PartialDate? {
            read("date 2023-09 " + url + "\nEnvoys meet in Lakeport today to talk about fish.")?.published
        }
        #expect(published("https://news.example/20230918/envoys-meet.html")?.iso == "2023-09-18")
        #expect(published("https://news.example/2023/09/18/envoys")?.iso == "2023-09-18")
        // Counterexample: an address of another month leaves the month alone.
        #expect(published("https://news.example/20230818/envoys") == PartialDate(year: 2023, month: 9))
    }
}

/// More dateline shapes (`Dateline+Spaced.swift`).
@Suite("Datelines: a spaced colon, a bracketed country, a byline")
struct SpacedDatelineTests {
    @Test("a space before the dateline's colon")
    func spacedColon() {
        let head = "Envoys agree on a fishing accord\n"
        let long = "The foreign minister met his counterpart on Monday and discussed fishing rights."
        #expect(read(head + "Lake Port : " + long)?.dateline == "Lake Port")
        #expect(read(head + "LAKEPORT : " + long)?.dateline == "LAKEPORT")
        // Counterexample: a label before a spaced colon.
        #expect(read(head + "Source : " + long)?.dateline == nil)
    }

    @Test("a country in brackets after the dateline's place")
    func bracketedCountry() {
        let head = "Envoys agree on a fishing accord\n"
        let a = read(head + "Lakeport [Ostria], May 15 (OSTA): The foreign minister met his counterpart.")
        #expect(a?.dateline == "Lakeport")
        // Counterexample: brackets without a comma after them are an aside of a sentence.
        let b = read(head + "Lakeport [Ostria] officials met the minister on Monday.")
        #expect(b?.dateline == nil)
    }

    @Test("a byline next to a header date is not the dateline")
    func byline() {
        let a = read(
            """
            Envoys agree on a fishing accord
            By OSTA
            Friday, October 29, 2031
            LAKEPORT - The foreign minister met his counterpart on Monday.
            """)
        #expect(a?.dateline == "LAKEPORT")
        // Counterexample: a place line next to the header date is still the dateline.
        let b = read(
            """
            Envoys agree on a fishing accord
            Lakeport, Ostria
            Friday, October 29, 2031
            The foreign minister met his counterpart on Monday.
            """)
        #expect(b?.dateline == "Lakeport")
    }
}
