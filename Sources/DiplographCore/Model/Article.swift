/// One article as ingested: metadata plus its text as UTF-8 bytes.
///
/// `text` holds the article's text (for a plain-text file, the file itself); `blocks` are the
/// byte ranges of that text that carry content — the headline first, then the paragraphs —
/// with datelines, bylines, "Published:" lines, share buttons and other boilerplate left out.
/// Evidence offsets are byte offsets into `text`.
public struct Article: Sendable {
    /// The file name without extension, or the JSON Lines `id` field.
    public var id: String
    /// Where it came from: a path, `path:line` for JSON Lines, or `-` for standard input.
    public var source: String
    /// The headline, or "" when the input has none.
    public var headline: String
    /// Publication date; nil when the article does not say (never "today").
    public var published: PartialDate?
    /// The article's address, when the input gives one.
    public var url: String?
    /// The place of a dateline such as "SEOUL –", where the report was filed (not where events were).
    public var dateline: String?
    /// The date of that dateline ("WASHINGTON, Jan 7 –", "Lakeport, May 31"), resolved against
    /// the header's date, when it is the day the report was filed (`ArticleLayout.datelineDate`).
    public var datelineDate: PartialDate?
    /// The article's text as UTF-8 bytes.
    public var text: [UInt8]
    /// The headline and paragraphs that carry content, in order.
    public var blocks: [TextBlock]
    /// Which part of a giant article this is (`ArticleChunker`): 0 for an article processed
    /// whole and for the first part. Every part shares the whole article's `text` (so byte
    /// offsets are offsets into the whole article) and holds only some of its `blocks`.
    public var part: Int = 0

    /// Creates an article from its fields (`part` 0).
    public init(
        id: String, source: String, headline: String = "", published: PartialDate? = nil,
        url: String? = nil, dateline: String? = nil, datelineDate: PartialDate? = nil, text: [UInt8],
        blocks: [TextBlock]
    ) {
        self.id = id
        self.source = source
        self.headline = headline
        self.published = published
        self.url = url
        self.dateline = dateline
        self.datelineDate = datelineDate
        self.text = text
        self.blocks = blocks
    }

    /// The day the text speaks from, against which "on Monday" or "May 3" resolve: the
    /// dateline's date when it has one (a header stamped a day later by a time zone or a
    /// scraper is not the day of writing), else the publication date.
    public var referenceDate: PartialDate? { datelineDate ?? published }

    /// The text of a byte range as a String (invalid UTF-8 repaired).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }
}
