import DiplographCore

/// The article readers this module adds to Core's (HTML, RSS/Atom).
public enum XMLReaders {
    /// The HTML and feed readers, for `PipelineOptions.readers`.
    public static let all: [any ArticleFormatReader] = [HTMLArticleReader(), FeedReader()]
}

/// The graph writers this module adds to Core's (GraphML, GEXF).
public enum XMLWriters {
    /// The GraphML and GEXF writers.
    public static let all: [any GraphFormatWriter] = [GraphMLWriter(), GEXFWriter()]
}
