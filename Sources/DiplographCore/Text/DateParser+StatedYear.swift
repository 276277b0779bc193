/// The latest year an article's text states, for an article that gives no publication date.
///
/// A text is written no earlier than the latest year it names ("signed in 1982", "the summit of
/// April 2017"): that year bounds from below when it may report an undated meeting
/// (`MeetingMerger.within`), so that a report of an article naming 2017 does not join the pair's
/// meeting of 2016 nor of any year before. Relative expressions ("last year") give nothing
/// without a reference, and a text that names no year gives no bound.
extension DateParser {
    /// The greatest year of the dates stated in `text` (not relative ones), or nil.
    static func latestStatedYear(in text: [UInt8]) -> Int? {
        find(in: text, range: 0..<text.count, reference: nil).lazy.filter { !$0.relative }.compactMap(\.date?.year)
            .max()
    }
}
