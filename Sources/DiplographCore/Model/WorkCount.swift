/// The work a run did, counted by the loops that do it: bytes stepped over, sentences cut,
/// tokens made, comparisons. Not a time: the same input gives the same counts on any machine,
/// so a test can assert that the work grows linearly with the input (a quadratic regression
/// multiplies the count by ten when the input grows tenfold) where a timed test would only
/// measure the machine. `diplograph … --work-counts` prints it; `CorpusResult.work` holds it.
public struct WorkCount: Sendable, Equatable, CustomStringConvertible {
    /// Bytes the sentence splitter stepped over looking for sentence ends (in articles, and in
    /// the windows `ArticleChunker` looks at to cut a giant article into parts), plus the bytes
    /// the chunker walks back over to find a cut.
    public var bytesScanned = 0
    /// Sentences cut (the headline counts as one).
    public var sentences = 0
    /// Name tokens the resolver made from the sentences.
    public var tokens = 0
    /// Tokens the meeting extractor made and scanned (once per sentence it tokenizes, once more
    /// per meeting clause whose date and place it looks for).
    public var meetingTokens = 0
    /// Co-occurrence comparisons: each new mention of a window against the window's and the
    /// sentence's other entities.
    public var comparisons = 0
    /// XML events (element starts and ends, text runs) a reader received from libxml2.
    public var xmlEvents = 0
    /// Bytes of text and attribute values a reader received from libxml2 (after any entity
    /// expansion: a "billion laughs" would show here).
    public var xmlBytes = 0

    /// All counts at zero.
    public init() {}

    /// All the counts added up.
    public var total: Int { bytesScanned + sentences + tokens + meetingTokens + comparisons + xmlEvents + xmlBytes }

    /// Adds every count of `b` to `a`.
    public static func += (a: inout WorkCount, b: WorkCount) {
        a.bytesScanned += b.bytesScanned
        a.sentences += b.sentences
        a.tokens += b.tokens
        a.meetingTokens += b.meetingTokens
        a.comparisons += b.comparisons
        a.xmlEvents += b.xmlEvents
        a.xmlBytes += b.xmlBytes
    }

    /// `work: 1234 bytes scanned, 12 sentences, …` (the XML counts only when there are any).
    public var description: String {
        var s =
            "work: \(bytesScanned) bytes scanned, \(sentences) sentences, \(tokens) tokens, "
            + "\(meetingTokens) meeting tokens, \(comparisons) comparisons"
        if xmlEvents > 0 || xmlBytes > 0 { s += ", \(xmlEvents) XML events, \(xmlBytes) XML bytes" }
        return s
    }
}

/// A `WorkCount` that the stages of one job add to as they go (`meter?.count.tokens += n`: an
/// addition where the work is done; nothing when no meter is given). Not thread-safe: one meter
/// per job on one thread; jobs' counts are added up afterwards (so it is not `Sendable`).
public final class WorkMeter {
    /// The counts so far.
    public var count = WorkCount()
    /// A meter at zero.
    public init() {}
}
