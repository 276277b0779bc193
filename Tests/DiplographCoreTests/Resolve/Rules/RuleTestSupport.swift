import DiplographCore
import Foundation

/// Resolves invented sentences with the default table, for the tests of one rule family each.
enum RuleProbe {
    static let resolver = Resolver(table: (try? AliasTables.load(files: [], includeDefault: true)) ?? AliasTable())

    /// Resolves "headline\nbody…".
    static func resolve(_ text: String) -> ResolvedArticle {
        let (a, s) = TestArticles.make(text)
        return resolver.resolve(a, sentences: s)
    }

    /// Entity ids of one type.
    static func ids(_ r: ResolvedArticle, _ type: EntityType) -> Set<String> {
        Set(r.entities.filter { $0.type == type }.map(\.id))
    }

    static func mentions(_ r: ResolvedArticle, _ id: String) -> Int {
        guard let i = r.entities.firstIndex(where: { $0.id == id }) else { return 0 }
        return r.mentions.filter { $0.entity == i }.count
    }
}
