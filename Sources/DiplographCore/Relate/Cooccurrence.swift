/// The window within which two mentions co-occur.
public enum CooccurrenceWindow: String, Sendable, CaseIterable {
    case sentence, paragraph, article
}

/// An undirected pair of entity ids, `a < b`.
public struct EntityPair: Sendable, Hashable, Comparable {
    public let a: String
    public let b: String

    public init(_ x: String, _ y: String) {
        if x < y { a = x; b = y } else { a = y; b = x }
    }

    public static func < (l: EntityPair, r: EntityPair) -> Bool { (l.a, l.b) < (r.a, r.b) }
}

/// Co-occurrence of one pair over the corpus.
public struct CooccurrenceStats: Sendable, Hashable {
    /// Number of windows in which both are mentioned (after the per-article cap).
    public var windows: Int = 0
    /// Distinct articles, sorted.
    public var articles: [String] = []
    /// The first sentence (in input order) that mentions both, as evidence for path queries.
    public var evidence: Evidence?

    public init(windows: Int = 0, articles: [String] = [], evidence: Evidence? = nil) {
        self.windows = windows
        self.articles = articles
        self.evidence = evidence
    }
}

/// Counts co-occurrences article by article.
public struct CooccurrenceCounter: Sendable {
    public let window: CooccurrenceWindow
    /// The most windows one article may contribute to one pair (nil: no cap).
    public let capPerArticle: Int?
    public private(set) var pairs: [EntityPair: CooccurrenceStats] = [:]
    /// Number of windows each entity appears in (for association measures).
    public private(set) var entityWindows: [String: Int] = [:]
    public private(set) var totalWindows = 0

    public init(window: CooccurrenceWindow = .sentence, capPerArticle: Int? = nil) {
        self.window = window
        self.capPerArticle = capPerArticle
    }

    public mutating func add(_ r: ResolvedArticle) {
        var windows: [Int: Set<String>] = [:]
        for m in r.mentions {
            let w: Int
            switch window {
            case .sentence: w = m.sentence
            case .paragraph: w = r.sentences[m.sentence].block
            case .article: w = 0
            }
            windows[w, default: []].insert(r.entities[m.entity].id)
        }
        var local: [EntityPair: Int] = [:]
        for (_, ids) in windows {
            totalWindows += 1
            let sorted = ids.sorted()
            for id in sorted { entityWindows[id, default: 0] += 1 }
            for i in 0..<sorted.count {
                for j in (i + 1)..<sorted.count { local[EntityPair(sorted[i], sorted[j]), default: 0] += 1 }
            }
        }
        for (pair, n) in local {
            var s = pairs[pair] ?? CooccurrenceStats()
            s.windows += min(n, capPerArticle ?? n)
            s.articles.append(r.article.id)
            pairs[pair] = s
        }
    }
}
