extension GraphBuilder {
    static func isSortedDistinct(_ a: [String]) -> Bool {
        zip(a, a.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// - Parameter windows: the pair's co-occurring windows (`corpus.cooccurrence[pair]?.windows`).
    static func cooccurrenceWeight(
        _ pair: EntityPair, windows: Int, corpus: CorpusResult, measure: AssociationMeasure
    ) -> Double {
        let n = Double(windows)
        guard n > 0 else { return 0 }
        let na = Double(corpus.entityWindows[pair.a] ?? 0)
        let nb = Double(corpus.entityWindows[pair.b] ?? 0)
        let total = Double(max(corpus.totalWindows, 1))
        switch measure {
        case .count: return n
        case .jaccard: return rounded(n / max(na + nb - n, n))
        case .dice: return rounded(2 * n / max(na + nb, 2 * n))
        case .npmi:
            let pxy = n / total
            let px = na / total
            let py = nb / total
            guard pxy < 1, px > 0, py > 0 else { return 1 }
            return rounded(log(pxy / (px * py)) / -log(pxy))
        }
    }

    /// Whether a meeting date may lie within `since`…`until` (both inclusive). Dates are
    /// compared as the periods they name: `--until 2025-09` keeps a meeting on 2025-09-28, and a
    /// meeting known only as "2025-09" is kept by `--since 2025-09-15` (it may have been after).
    static func inDateRange(_ d: PartialDate, since: PartialDate?, until: PartialDate?) -> Bool {
        if let s = since, lastDay(d) < firstDay(s) { return false }
        if let u = until, lastDay(u) < firstDay(d) { return false }
        return true
    }

    static func firstDay(_ d: PartialDate) -> (Int, Int, Int) { (d.year, d.month ?? 1, d.day ?? 1) }

    static func lastDay(_ d: PartialDate) -> (Int, Int, Int) {
        let m = d.month ?? 12
        return (d.year, m, d.day ?? PartialDate.daysIn(month: m, year: d.year))
    }

    /// Six significant decimals, so that measures print the same on every machine.
    static func rounded(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
