/// A block of article text: the headline or one paragraph of the body, as a byte range of
/// `Article.text`.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case headline, body }
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
