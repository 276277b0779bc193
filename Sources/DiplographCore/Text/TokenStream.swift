/// The annotated token stream of one article: every sentence tokenised once, by
/// `NameTokenizer`, into byte ranges with 64-bit keys of their normalised words, shape flags
/// and the gap before each token. The resolver makes it while it reads names; the meeting
/// patterns read the same tokens (`SentenceTokenizer` lays mentions over them) instead of
/// scanning the sentence again.
///
/// - Complexity: building is O(n) in the article's bytes; one `NameToken` (32 bytes) per word.
struct TokenStream: Sendable {
    /// The tokens of every sentence, in text order.
    var tokens: [NameToken] = []
    /// The token range of each sentence (`tokens[sentences[i]]` are sentence `i`'s).
    var sentences: [Range<Int>] = []

    init() {}

    /// Tokenises `sentences` of `text`.
    init(text: [UInt8], sentences: [Sentence]) {
        tokens.reserveCapacity(text.count / 6 + 16)
        self.sentences.reserveCapacity(sentences.count)
        text.withUnsafeBufferPointer { t in
            for s in sentences {
                let lo = tokens.count
                NameTokenizer.tokenize(t, s.range, into: &tokens)
                self.sentences.append(lo..<tokens.count)
            }
        }
    }

    var isEmpty: Bool { sentences.isEmpty }
}
