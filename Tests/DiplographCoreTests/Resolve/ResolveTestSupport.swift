import Foundation

@testable import DiplographCore

/// Builds test articles: the first line is the headline, each further non-empty line a body
/// block; sentences split naively after ". ".
enum TestArticles {
    static func make(
        _ text: String, id: String = "t", source: String = "t.txt", headline: String = "",
        published: PartialDate? = nil, dateline: String? = nil
    ) -> (Article, [Sentence]) {
        let bytes = Array(text.utf8)
        var blocks: [TextBlock] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i > start { blocks.append(TextBlock(range: start..<i, kind: blocks.isEmpty ? .headline : .body)) }
            start = i + 1
        }
        let article = Article(
            id: id, source: source, headline: headline, published: published, dateline: dateline,
            text: bytes, blocks: blocks)
        return (article, sentences(article))
    }

    static func sentences(_ article: Article) -> [Sentence] {
        var out: [Sentence] = []
        let t = article.text
        for (b, block) in article.blocks.enumerated() {
            var s = block.range.lowerBound
            var i = s
            while i < block.range.upperBound {
                if t[i] == 0x2E, i + 1 < block.range.upperBound, t[i + 1] == 0x20, i - s > 3,
                    !(i >= 2 && t[i - 2] == 0x2E)
                {
                    out.append(Sentence(range: s..<(i + 1), block: b))
                    s = i + 2
                    i = s
                    continue
                }
                i += 1
            }
            if s < block.range.upperBound { out.append(Sentence(range: s..<block.range.upperBound, block: b)) }
        }
        return out
    }
}

/// A corpus of test articles for the aggregator's corpus-level rules: article `n` (id "a\(n)")
/// names each of its entities once, in one sentence.
enum TestCorpus {
    static func aggregate(_ articles: [[LocalEntity]]) -> EntityIndex {
        var agg = EntityAggregator()
        for (n, es) in articles.enumerated() {
            let (a, s) = TestArticles.make("Headline\nBody text here.", id: "a\(n)")
            var r = ResolvedArticle(article: a, sentences: s, entities: es)
            r.mentions = es.indices.map { Mention(entity: $0, range: $0..<($0 + 1), sentence: 0) }
            agg.add(r)
        }
        return agg.finish()
    }

    /// A person found by the rules (no table entry), holding `roles`.
    static func person(_ name: String, roles: [String]) -> LocalEntity {
        LocalEntity(
            id: NameTokenizer.slug(name), type: .person, name: name, known: false, spellings: [name: 1], roles: roles)
    }
}
