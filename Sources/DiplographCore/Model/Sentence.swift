/// One sentence: a byte range of `Article.text` and the index of the block it belongs to.
public struct Sentence: Sendable, Hashable {
    /// Byte range in `Article.text`.
    public var range: Range<Int>
    /// Index into `Article.blocks` (the paragraph for the `paragraph` co-occurrence window).
    public var block: Int

    /// Creates a sentence from its fields.
    public init(range: Range<Int>, block: Int) {
        self.range = range
        self.block = block
    }
}
