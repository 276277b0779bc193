/// Finds and resolves the entity mentions of one article. Pure: safe to run on many articles at
/// once.
public struct Resolver: Sendable {
    public let table: AliasTable

    public init(table: AliasTable) { self.table = table }

    public func resolve(_ article: Article, sentences: [Sentence]) -> ResolvedArticle {
        ResolvedArticle(article: article, sentences: sentences)
    }
}
