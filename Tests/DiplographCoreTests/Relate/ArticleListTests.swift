import Testing

@testable import DiplographCore

/// `ArticleList` (a pair's articles as ranks into one sorted table) against the plain rule: the
/// strings of a list of interned ids, sorted and distinct (`SortedArticleIDs.strings`).
@Suite struct ArticleListTests {
    @Test("ranks into the sorted table give the strings of the plain rule, interned in any order")
    func ranksAreTheStrings() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Interned out of sorted order, and in sorted order (the identity ranks).
        for names in [(0..<40).map { "a\(100 + ($0 * 13) % 40)" }, (0..<40).map { "a\(100 + $0)" }] {
            var interned = ArticleIDs()
            for n in names { _ = interned.intern(n) }
            let order = interned.sortedOrder()
            let table = order.table()
            #expect(table.ids == names.sorted())
            for length in [0, 1, 2, 5, 30, 80] {
                // Ascending runs, repeats and shuffled lists.
                var list = (0..<length).map { _ in Int32(next(names.count)) }
                if length % 2 == 1 { list.sort() }
                let plain = Array(Set(list.map { names[Int($0)] })).sorted()
                let ranks = order.ranks(list)
                #expect(ranks.map { table.ids[Int($0)] } == plain)
                #expect(order.strings(list) == plain)
                let kept = ArticleList.ranks(ranks, table)
                #expect(kept.strings == plain && kept.count == plain.count)
                #expect(kept == .strings(plain) && ArticleList.strings(plain) == kept)
                #expect(kept.hashValue == ArticleList.strings(plain).hashValue)
            }
        }
    }

    @Test("lists of different articles differ, whatever their storage")
    func different() {
        let table = SortedArticleTable(["a1", "a2", "a3"])
        #expect(ArticleList.ranks([0, 1], table) != .ranks([0, 2], table))
        #expect(ArticleList.ranks([0, 1], table) != .strings(["a1"]))
        #expect(ArticleList.ranks([0, 1], table) == .ranks([0, 1], SortedArticleTable(["a1", "a2"])))
        // The public face: `articles` reads the strings, and setting it keeps them.
        var stats = CooccurrenceStats(windows: 2, articleList: .ranks([1, 2], table), evidence: nil)
        #expect(stats.articles == ["a2", "a3"])
        #expect(stats == CooccurrenceStats(windows: 2, articles: ["a2", "a3"]))
        stats.articles.append("a4")
        #expect(stats.articles == ["a2", "a3", "a4"])
    }
}
