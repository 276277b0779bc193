/// Cuts giant articles (a 200 MB file on one line, a runaway JSON Lines body) into parts that
/// the text pipeline processes one after another, so that its per-article working memory
/// (tokens, mentions, tallies: some twenty times the text) stays bounded by the part size.
///
/// A part is the same `Article` — same id, source, headline, date, dateline and `text`
/// (shared, not copied) — holding only some of the blocks: whole blocks while they fit, and a
/// block longer than `maxPartBytes` is cut into pieces (the first one completing the part
/// before it when that part is at most half full). Entity article lists, co-occurrence
/// article lists and meeting sources therefore treat the parts as the one article they are,
/// and evidence offsets are offsets into the whole article's text. `Article.part` numbers the
/// parts from 0.
///
/// A long block is cut where the sentence splitter starts a sentence (so the parts have the
/// very sentences the whole article has), else after whitespace, else at a UTF-8 character
/// start. What a part cannot see is what the resolver learnt in earlier parts: a bare surname
/// ("Choe") whose full name appeared only in an earlier part resolves as it would in an
/// article of its own; a `paragraph` or `article` co-occurrence window ends at a part's end.
///
/// ```swift
/// let result = ArticleChunker.split(registry.read(file))   // articles and one warning per giant
/// ```
///
/// - Complexity: O(n) in the bytes of the blocks of the articles that are cut; an article
///   within the limit is returned as is, without looking at its text.
public enum ArticleChunker {
    /// The most content bytes (the sum of the block lengths) of one part: 1 MiB, some thirty
    /// times the longest article of the bench corpora, so normal articles are never cut.
    public static let maxPartBytes = 1 << 20

    /// `result` with every article longer than `maxPartBytes` replaced by its parts, in order,
    /// and one warning per article cut: `path: warning: long article (N bytes) processed in K parts`.
    /// `meter` counts the bytes looked at to find the cuts.
    public static func split(_ result: IngestResult, maxPartBytes: Int = maxPartBytes, meter: WorkMeter? = nil)
        -> IngestResult
    {
        guard result.articles.contains(where: { contentBytes($0) > maxPartBytes }) else { return result }
        var out = IngestResult(diagnostics: result.diagnostics)
        for article in result.articles {
            let parts = parts(of: article, maxPartBytes: maxPartBytes, meter: meter)
            if parts.count > 1 {
                out.diagnostics.append(
                    Diagnostic(
                        file: article.source, severity: .warning,
                        message: "long article (\(contentBytes(article)) bytes) processed in \(parts.count) parts"))
            }
            out.articles += parts
        }
        return out
    }

    /// The parts of `article`, in text order: `[article]` itself when its blocks hold at most
    /// `maxPartBytes` bytes. Each part holds at most `maxPartBytes` bytes of blocks (but at
    /// least one whole character, so that a limit below four bytes still makes progress).
    public static func parts(of article: Article, maxPartBytes: Int = maxPartBytes, meter: WorkMeter? = nil)
        -> [Article]
    {
        let limit = max(maxPartBytes, 1)
        guard contentBytes(article) > limit else { return [article] }
        let t = article.text
        var parts: [[TextBlock]] = []
        var current: [TextBlock] = []
        var size = 0
        func flush() {
            if !current.isEmpty { parts.append(current) }
            current = []
            size = 0
        }
        for block in article.blocks {
            var r = block.range.clamped(to: 0..<t.count)
            while !r.isEmpty {
                if r.count <= limit - size {
                    current.append(TextBlock(range: r, kind: block.kind))
                    size += r.count
                    break
                }
                // A block that does not fit starts a new part; one longer than a part is cut, its
                // first piece filling the current part when at least half of it is free.
                let room = limit - size
                if size > 0, r.count <= limit || room < limit / 2 {
                    flush()
                    continue
                }
                let cut = cutPoint(t, r, limit: room, meter: meter)
                current.append(TextBlock(range: r.lowerBound..<cut, kind: block.kind))
                flush()
                r = cut..<r.upperBound
            }
        }
        flush()
        if parts.count <= 1 { return [article] }
        return parts.enumerated().map { i, blocks in
            var a = article
            a.blocks = blocks
            a.part = i
            return a
        }
    }

    /// The bytes of an article's blocks.
    static func contentBytes(_ article: Article) -> Int {
        article.blocks.reduce(0) { $0 + max($1.range.count, 0) }
    }

    /// Where to end the first piece of `t[r]` (longer than `limit`): in `r.lowerBound + 1 ...
    /// r.lowerBound + limit` unless one character is longer than `limit`. Preferably the start
    /// of a sentence as `SentenceSplitter` finds it in the whole block (the start of the
    /// second-to-last sentence of the window: the last one's start may depend on words past the
    /// window), else just after the last whitespace, else the last UTF-8 character start.
    static func cutPoint(_ t: [UInt8], _ r: Range<Int>, limit: Int, meter: WorkMeter? = nil) -> Int {
        let lo = r.lowerBound
        let hi = min(r.upperBound, lo + limit)
        let sentences = SentenceSplitter.split(t, lo..<hi, meter: meter)
        if sentences.count >= 3 {
            let cut = sentences[sentences.count - 2].lowerBound
            if cut > lo { return cut }
        }
        var cut = hi
        while cut > lo, !ByteClass.isSpace(t[cut - 1]) { cut -= 1 }
        meter?.count.bytesScanned += hi - cut
        if cut > lo { return cut }
        cut = hi
        while cut > lo, t[cut] & 0xC0 == 0x80 { cut -= 1 }
        if cut == lo {  // a limit smaller than one character: take the whole character
            cut = lo + 1
            while cut < r.upperBound, t[cut] & 0xC0 == 0x80 { cut += 1 }
        }
        return cut
    }
}
