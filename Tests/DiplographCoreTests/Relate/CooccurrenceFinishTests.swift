import Testing

@testable import DiplographCore

/// `CooccurrenceCounter.finish(canonicalID:)` when ids move (merged entities) against the rule
/// written with plain dictionaries: pairs that become one add their windows and articles
/// (sorted, distinct) and keep the least evidence; pairs of an entity with itself go.
@Suite struct CooccurrenceFinishTests {
    @Test func movedIdsGroupAsThePlainRule() {
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let ids = (0..<12).map { "e\($0)" }
        // e1 -> e0, e3 -> e2, e5 -> e0: several slots become one pair, some become (x, x).
        let moves = ["e1": "e0", "e3": "e2", "e5": "e0"]
        let canonical: (String) -> String = { moves[$0] ?? $0 }
        let articleIDs = (0..<30).map { "a\(100 + ($0 * 7) % 30)" }  // not interned in sorted order
        var counter = CooccurrenceCounter()
        for _ in 0..<400 {
            let x = counter.internEntity(ids[next(ids.count)])
            let y = counter.internEntity(ids[next(ids.count)])
            guard x != y else { continue }
            let k = counter.slotOfPair(x, y)
            counter.pairWindows[k] += 1 + next(3)
            let article = counter.articleIDs.intern(articleIDs[next(articleIDs.count)])
            if counter.pairArticles[k].last != article { counter.pairArticles[k].append(article) }
            if counter.pairEvidence[k] == nil, next(2) == 0 {
                counter.pairEvidence[k] = Evidence(
                    article: articleIDs[next(articleIDs.count)], sentence: "s", offset: next(50))
            }
        }
        // The plain rule.
        var expected: [EntityPair: CooccurrenceStats] = [:]
        for (k, e) in counter.pairEnds.enumerated() {
            let q = EntityPair(canonical(counter.entityIDs[Int(e.a)]), canonical(counter.entityIDs[Int(e.b)]))
            guard q.a != q.b else { continue }
            var s = expected[q] ?? CooccurrenceStats()
            s.windows += counter.pairWindows[k]
            s.articles = Array(Set(s.articles + counter.pairArticles[k].map { counter.articleIDs.ids[Int($0)] }))
                .sorted()
            if let ev = counter.pairEvidence[k], s.evidence.map({ ev < $0 }) ?? true { s.evidence = ev }
            expected[q] = s
        }
        let got = counter.finish(canonicalID: canonical).pairs
        #expect(got.count == expected.count)
        #expect(got.count < counter.pairEnds.count)
        #expect(got == expected)
        // Releasing as it goes gives the same.
        var consumed = counter
        #expect(consumed.finishReleasing(canonicalID: canonical).pairs == expected)
        #expect(consumed.pairArticles.isEmpty)
    }
}
