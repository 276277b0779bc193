import Testing

@testable import DiplographCore

/// Dates found in `s` with `reference` (an ISO date or nil), as (matched text, iso or "nil").
private func dates(_ s: String, _ reference: String? = nil) -> [(String, String)] {
    let t = Array(s.utf8)
    let ref = reference.flatMap { PartialDate(iso: $0) }
    return DateParser.find(in: t, range: 0..<t.count, reference: ref).map {
        (String(decoding: t[$0.range], as: UTF8.self), $0.date?.iso ?? "nil")
    }
}

private func first(_ s: String, _ reference: String? = nil) -> String? { dates(s, reference).first?.1 }

private func header(_ s: String) -> String? { DateParser.publicationDate(inLine: Array(s.utf8))?.iso }

@Suite struct DateParserTests {
    @Test(arguments: [
        ("The envoys signed it on Sept 28, 2025 in Hanoi.", "2025-09-28"),
        ("Signed Sept. 28, 2025.", "2025-09-28"),
        ("Talks ended 28 September 2025 at noon.", "2025-09-28"),
        ("Filed 29 Sep. 2025.", "2025-09-29"),
        ("Records dated 2025-09-28 were found.", "2025-09-28"),
        ("It was March 3 2021 when it began.", "2021-03-03"),
        ("Friday, March 3, 2023, was cold.", "2023-03-03"),
        ("The 5th of nothing; 31st December 2024 then.", "2024-12-31"),
    ])
    func explicitDays(text: String, iso: String) {
        #expect(first(text) == iso)
        #expect(first(text, "2030-01-01") == iso, "an explicit year ignores the reference")
    }

    @Test func weekdayAfterAFutureCueIsTheComingOne() {
        // 2026-03-09 is a Monday.
        #expect(first("The envoy is expected to meet her on Tuesday.", "2026-03-09") == "2026-03-10")
        #expect(first("The envoys will sign it on Friday.", "2026-03-09") == "2026-03-13")
        #expect(first("The envoy met her on Tuesday.", "2026-03-09") == "2026-03-03")
        // A cue in another clause does not count.
        #expect(first("Talks will go on, but they met on Tuesday.", "2026-03-09") == "2026-03-03")
    }

    @Test func explicitMatchCoversTheWholeExpression() {
        #expect(dates("They met on Sept. 28, 2025, in Oslo.").map(\.0) == ["Sept. 28, 2025"])
        #expect(dates("Monday, October 6, 2025").map(\.0) == ["Monday, October 6, 2025"])
    }

    @Test func monthDayTakesTheReferenceYear() {
        #expect(first("The delegates met on September 17.", "2024-09-18") == "2024-09-17")
        #expect(first("A summit is due Oct. 10 in the capital.", "2025-09-29") == "2025-10-10")
        #expect(first("a visit on Jan. 14", "2025-09-29") == "2025-01-14")
        #expect(first("the forum from October 31 to", "2025-09-29") == "2025-10-31")
        // More than about two months after the reference: last year's date.
        #expect(first("talks on December 20", "2025-09-29") == "2024-12-20")
        // Far before the reference: next year's (an article of late December about January).
        #expect(first("a meeting on Jan. 5", "2025-12-20") == "2026-01-05")
        // A day that exists only in leap years.
        #expect(first("on Feb. 29", "2024-03-10") == "2024-02-29")
        #expect(first("on Feb. 29", "2025-03-10") == "nil")
    }

    @Test func monthDayWithoutReferenceHasUnknownYear() {
        let t = Array("They met on Sept. 28 in Oslo.".utf8)
        let m = DateParser.find(in: t, range: 0..<t.count, reference: nil)
        #expect(m.count == 1)
        #expect(m.first?.date == nil)
        #expect(m.first?.relative == true)
        #expect(m.first.map { String(decoding: t[$0.range], as: UTF8.self) } == "Sept. 28")
    }

    @Test func monthsAndYears() {
        #expect(first("a role she took in June 2022 after", nil) == "2022-06")
        #expect(first("the vote in September was", "2025-09-29") == "2025-09")
        #expect(first("the vote in September was", nil) == "nil")
        #expect(first("in mid-September the", "2025-09-29") == "2025-09")
        #expect(first("since last November", "2025-09-29") == "2024-11")
        #expect(first("by next March", "2025-09-29") == "2026-03")
        #expect(first("He joined in 2022 as", nil) == "2022")
        #expect(first("since 2018, the two", nil) == "2018")
        #expect(first("the 2018 summit in", nil) == "2018")
        #expect(first("in mid-2019 the", nil) == "2019")
    }

    @Test func numbersThatAreNotDates() {
        #expect(dates("a $2021 fee, the 1931-45 war, its 80th anniversary, 2,025 troops").isEmpty)
        #expect(dates("aid worth $210 million in 1500 trucks, up 2022% and 1950–53").isEmpty)
        #expect(dates("It may rain; they march on. Jan said hi. A total of 2000 people came.").isEmpty)
        #expect(dates("The score was 28 to 10, at 10:45 on page 12.").isEmpty)
    }

    @Test func weekdaysResolveToTheMostRecentDay() {
        // 2025-09-29 is a Monday.
        #expect(first("They met on Sunday.", "2025-09-29") == "2025-09-28")
        #expect(first("state media reported Monday", "2025-09-29") == "2025-09-29")
        #expect(first("arrived on Saturday", "2025-09-29") == "2025-09-27")
        #expect(first("talks on Tuesday", "2025-09-29") == "2025-09-23")
        // The reference day itself is a Sunday.
        #expect(first("on Sunday", "2025-09-28") == "2025-09-28")
        #expect(first("last Sunday", "2025-09-28") == "2025-09-21")
        // Future cues.
        #expect(first("stays until Tuesday", "2025-09-29") == "2025-09-30")
        #expect(first("next Monday", "2025-09-29") == "2025-10-06")
        // Across a month and a year boundary (2025-01-01 is a Wednesday).
        #expect(first("on Friday", "2025-10-02") == "2025-09-26")
        #expect(first("on Monday", "2025-01-01") == "2024-12-30")
        #expect(first("next Thursday", "2024-12-30") == "2025-01-02")
        // Leap day: 2024-03-01 is a Friday.
        #expect(first("on Thursday", "2024-03-01") == "2024-02-29")
    }

    @Test func relativeExpressions() {
        #expect(first("Officials said yesterday", "2025-03-01") == "2025-02-28")
        #expect(first("Today, the envoy", "2025-09-29") == "2025-09-29")
        #expect(first("tomorrow", "2024-12-31") == "2025-01-01")
        #expect(first("met last week", "2025-10-03") == "2025-09")
        #expect(first("met last week", "2025-10-20") == "2025-10")
        #expect(first("earlier this month", "2025-09-29") == "2025-09")
        #expect(first("last month", "2025-01-15") == "2024-12")
        #expect(first("next month", "2025-12-15") == "2026-01")
        #expect(first("this month", "2025-09-29") == "2025-09")
        #expect(first("last year", "2025-09-29") == "2024")
        #expect(first("three days ago", "2025-03-02") == "2025-02-27")
        #expect(first("two months ago", "2025-01-10") == "2024-11")
        #expect(dates("earlier this month", "2025-09-29").map(\.0) == ["earlier this month"])
    }

    @Test func partsOfTheDay() {
        #expect(first("met this afternoon at the palace", "2025-03-01") == "2025-03-01")
        #expect(first("This morning, the envoy", "2025-03-01") == "2025-03-01")
        #expect(first("talks this evening", "2025-03-01") == "2025-03-01")
        #expect(first("met last night", "2025-03-01") == "2025-02-28")
        #expect(dates("met this afternoon at the palace", "2025-03-01").map(\.0) == ["this afternoon"])
        // Counterexamples: other words after "this" and "last" are no date.
        #expect(dates("this meeting", "2025-03-01").isEmpty)
        #expect(dates("this agreement", "2025-03-01").isEmpty)
        #expect(dates("the last afternoon session", "2025-03-01").isEmpty)
    }

    @Test func relativeWithoutReference() {
        let t = Array("On Sunday and last month, and yesterday".utf8)
        let m = DateParser.find(in: t, range: 0..<t.count, reference: nil)
        #expect(m.count == 3)
        #expect(m.allSatisfy { $0.date == nil && $0.relative })
    }

    @Test func rangesAreRelativeToTheScannedRange() {
        let t = Array("xxxx on Sunday yyyy on Monday".utf8)
        let m = DateParser.find(in: t, range: 0..<14, reference: PartialDate(iso: "2025-09-29"))
        #expect(m.map(\.range) == [8..<14])
    }

    @Test(arguments: [
        ("Published: 29 Sep. 2025, 09:59 Updated: 30 Sep. 2025, 19:22", "2025-09-29"),
        ("Updated: 30 Sep. 2025, 19:22 Published: 29 Sep. 2025, 09:59", "2025-09-29"),
        ("Updated: 2025-09-29 09:33", "2025-09-29"),
        ("By LEE MINA | Harbour Post | Updated: 2025-09-29 09:33", "2025-09-29"),
        ("date 2024-09-18", "2024-09-18"),
        ("September 17, 2024", "2024-09-17"),
        ("Posted on Tuesday, Sept. 17, 2024 at 10:05 a.m. KST", "2024-09-17"),
        ("Mon, 06 Oct 2025 08:00 GMT", "2025-10-06"),
        // A keyword that contains another ("updated" in "Last updated") is one cut.
        ("Last updated: 30 Sep. 2025, 19:22", "2025-09-30"),
        ("First published 29 Sep. 2025 | Last updated 30 Sep. 2025", "2025-09-29"),
    ])
    func headerLines(line: String, iso: String) {
        #expect(header(line) == iso)
    }

    @Test(arguments: [
        "The minister flew home on September 17, 2024, after the talks.",
        "Updated figures were released on Monday.",
        "By Sunday, the delegation had left.",
        "On Sept. 17 the envoys met.",
        "Published",
        "Last updated",
        "Last updated | First published",
        "",
    ])
    func notHeaderLines(line: String) {
        #expect(header(line) == nil)
    }
}
