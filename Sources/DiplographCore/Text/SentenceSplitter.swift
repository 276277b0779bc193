/// Splits an article's content blocks into sentences (byte ranges).
public enum SentenceSplitter {
    /// Sentences of every block of `article`, in text order. The headline block is one sentence.
    public static func split(_ article: Article) -> [Sentence] {
        var out: [Sentence] = []
        for (b, block) in article.blocks.enumerated() {
            out.append(Sentence(range: block.range, block: b))
        }
        return out
    }
}
