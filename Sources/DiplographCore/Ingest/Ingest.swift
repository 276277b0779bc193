/// Reads one kind of article file. Core provides plain text and JSON Lines; DiplographXML adds
/// HTML and RSS/Atom feeds. Readers never throw: problems come back as diagnostics naming the
/// file and line, and whatever could be read is returned.
public protocol ArticleFormatReader: Sendable {
    /// Lower-case file extensions without the dot ("txt").
    var extensions: [String] { get }
    /// `id` is the file name without extension; a reader of several articles per file
    /// (JSON Lines, feeds) gives each its own id.
    func read(bytes: [UInt8], path: String, id: String) -> IngestResult
}

/// What a reader makes of one input file: its articles and any diagnostics.
public struct IngestResult: Sendable {
    /// The articles read, in file order.
    public var articles: [Article]
    /// Errors and warnings about the file.
    public var diagnostics: [Diagnostic]

    /// Creates a result from its fields.
    public init(articles: [Article] = [], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
    }
}
