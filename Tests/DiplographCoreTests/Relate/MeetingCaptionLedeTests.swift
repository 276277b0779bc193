import Testing

@testable import DiplographCore

private let ana = "[Ana Lind|person|ana-lind]"
private let tomas = "[Tomas Berg|person|tomas-berg]"
private let jan = PartialDate(year: 2031, month: 1)
private let fri = PartialDate(year: 2031, month: 5, day: 9)
private let pub = PartialDate(year: 2031, month: 5, day: 10)

/// A photo caption above the lede is not the lede (`ArticleContext+Caption.swift`).
@Suite("A photo caption is not the lede")
struct MeetingCaptionLedeTests {
    @Test("the lede after a caption dates the meetings told after it, not the caption's picture")
    func captionSkipped() {
        for caption in [
            "In this file photo, \(ana) hosted a summit of coast guards in January.",
            "\(ana) (left) greets coast guards in January.",
            "FILE PHOTO: \(ana) at a summit of coast guards in January.",
        ] {
            let m = Markup.meetings(
                """
                \(caption)

                \(ana) has held talks with the leaders of the islands.

                The talks closed with a joint statement on fisheries.
                Trawlers will need new licences from June.
                Ports along the coast welcomed the news.
                Fish prices fell slightly.

                \(ana) met \(tomas) at the old fort.
                """, published: pub, dates: ["in January": jan])
            #expect(m.report("ana-lind", "tomas-berg")?.date == pub)
        }
    }

    @Test("counterexample: a lede that only mentions a photo stays the lede")
    func photoInLede() {
        let m = Markup.meetings(
            """
            \(ana) on Friday held talks with the island's leaders, who posed for a photo.

            The talks closed with a joint statement on fisheries.
            Trawlers will need new licences from June.
            Ports along the coast welcomed the news.
            Fish prices fell slightly.

            \(ana) met \(tomas) at the old fort.
            """, published: pub, dates: ["on Friday": fri])
        #expect(m.report("ana-lind", "tomas-berg")?.date == fri)
    }
}
