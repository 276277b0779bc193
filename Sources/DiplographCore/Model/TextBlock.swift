/// A block of article text: the headline or one paragraph of the body, as a byte range of
/// `Article.text`.
public struct TextBlock: Sendable, Hashable {
    /// The headline, or a paragraph of the body.
    public enum Kind: String, Sendable, Hashable { case headline, body }
    /// Byte range in `Article.text`.
    public var range: Range<Int>
    /// Headline or body.
    public var kind: Kind

    /// Creates a block from its fields.
    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
