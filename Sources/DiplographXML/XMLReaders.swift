import DiplographCore

/// The article readers this module adds to Core's (HTML, RSS/Atom).
public enum XMLReaders {
    public static let all: [any ArticleFormatReader] = [HTMLArticleReader(), FeedReader()]
}

/// The graph writers this module adds to Core's (GraphML, GEXF).
public enum XMLWriters {
    public static let all: [any GraphFormatWriter] = [GraphMLWriter(), GEXFWriter()]
}
