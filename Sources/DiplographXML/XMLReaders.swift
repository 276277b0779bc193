import DiplographCore
import Foundation

/// The article readers this module adds to Core's (HTML, RSS/Atom).
public enum XMLReaders {
    /// An HTML page reader and an RSS/Atom feed reader.
    public static let all: [any ArticleFormatReader] = [HTMLArticleReader(), FeedReader()]
}

/// The graph writers this module adds to Core's (GraphML, GEXF).
public enum XMLWriters {
    /// A GraphML writer and a GEXF writer.
    public static let all: [any GraphFormatWriter] = [GraphMLWriter(), GEXFWriter()]
}

/// Every graph writer, Core's and this module's: the one map from an output file's extension
/// to its writer (each writer lists its own `extensions`).
///
/// ```swift
/// GraphWriters.writer(forPath: "out/diplomacy.gv")    // DOTWriter
/// GraphWriters.writer(forPath: "notes.txt")           // nil
/// ```
public enum GraphWriters {
    /// Core's writers, then this module's.
    public static let all: [any GraphFormatWriter] = CoreWriters.all + XMLWriters.all

    /// The writer (with default settings) that claims `ext` (lower-case, without the dot).
    public static func writer(forExtension ext: String) -> (any GraphFormatWriter)? {
        all.first { $0.extensions.contains(ext) }
    }

    /// The writer that claims the extension of `path` (compared in lower case), or nil.
    public static func writer(forPath path: String) -> (any GraphFormatWriter)? {
        writer(forExtension: (path as NSString).pathExtension.lowercased())
    }
}
