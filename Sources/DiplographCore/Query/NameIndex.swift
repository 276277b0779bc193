import Foundation

/// Normalises names for matching: case, diacritics and width folded; apostrophes dropped;
/// hyphens, dots, underscores and runs of spaces turned into one space.
///
/// ```swift
/// NameNormalizer.normalize("Choe Son-hui")   // "choe son hui"
/// NameNormalizer.normalize("O’Brien")        // "obrien"
/// NameNormalizer.normalize("Sergueï  LAVROV") // "serguei lavrov"
/// ```
public enum NameNormalizer {
    public static func normalize(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return normalizeASCII(s) }
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = [UInt8]()
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for u in folded.unicodeScalars {
            if u == "'" || u == "\u{2019}" || u == "\u{2018}" || u == "\u{02BC}" || u == "`" { continue }
            let keep: Bool
            if u.isASCII {
                let b = UInt8(u.value)
                keep = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            } else {
                keep = u.properties.isAlphabetic || u.properties.numericType != nil
            }
            if !keep { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if u.isASCII {
                var b = UInt8(u.value)
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                out.append(b)
            } else {
                out.append(contentsOf: Array(String(u).lowercased().utf8))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte loop of `normalize` for ASCII text.
    static func normalizeASCII(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for var b in s.utf8 {
            if b == 0x27 || b == 0x60 { continue }
            let digit = b &- 0x30 < 10, upper = b &- 0x41 < 26, lower = b &- 0x61 < 26
            if !(digit || upper || lower) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if upper { b += 0x20 }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count), cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}

/// The outcome of looking a name up in a graph.
public enum NameMatch: Sendable, Equatable {
    /// The node index.
    case found(Int)
    /// Several nodes fit equally well (node indices, best first).
    case ambiguous([Int])
    /// Nothing fits; the closest known nodes (up to 3, closest first).
    case unknown(suggestions: [Int])
}

/// Finds graph nodes by any of their names, the way the resolver matches text.
///
/// A node's names are its label, its `aliases` attribute (`"; "`-separated) and its `entity_id`
/// (hyphens read as spaces). A query matches, in this order of preference (the first tier that
/// matches anything decides; several nodes in that tier make the query ambiguous):
/// 1. a label or entity id, normalised (case, diacritics, hyphens, spacing, apostrophes);
/// 2. an alias, normalised;
/// 3. any name with its spaces removed ("Sonhui" spellings);
/// 4. a one-word query equal to the first or last word of a person's name or alias (a family
///    name: "Choe", "Lavrov", "Kim") — only when exactly one person node fits.
///
/// - Complexity: building is O(total length of names); a lookup is O(1) expected; suggestions
///   for an unknown name are O(N · L²) over N names of length L.
public struct NameIndex: Sendable {
    public let labels: [String]
    private var names: [[String]] = []          // normalised names per node, label first
    private var exact: [String: [Int]] = [:]    // tier 1
    private var alias: [String: [Int]] = [:]    // tier 2
    private var compact: [String: [Int]] = [:]  // tier 3
    private var family: [String: [Int]] = [:]   // tier 4 (persons only)

    public init(graph: AttributedGraph) {
        labels = graph.labels
        let aliases = graph.nodeAttribute(GraphKeys.aliases)?.values
        let ids = graph.nodeAttribute(GraphKeys.entityID)?.values
        let types = graph.nodeAttribute(GraphKeys.type)?.values
        names.reserveCapacity(graph.nodeCount)
        func add(_ d: inout [String: [Int]], _ key: String, _ node: Int) {
            guard !key.isEmpty else { return }
            if d[key]?.last != node { d[key, default: []].append(node) }
        }
        for n in 0..<graph.nodeCount {
            var own: [String] = []
            let label = NameNormalizer.normalize(graph.labels[n])
            own.append(label)
            add(&exact, label, n)
            if let id = ids?.string(n) {
                let k = NameNormalizer.normalize(id)
                add(&exact, k, n)
                own.append(k)
            }
            if let list = aliases?.string(n) {
                for a in list.components(separatedBy: listSeparator) {
                    let k = NameNormalizer.normalize(a)
                    add(&alias, k, n)
                    own.append(k)
                }
            }
            var seen = Set<String>()
            own = own.filter { !$0.isEmpty && seen.insert($0).inserted }
            for k in own { add(&compact, k.replacingOccurrences(of: " ", with: ""), n) }
            let isPerson = types.map { $0.string(n) == EntityType.person.rawValue } ?? true
            if isPerson {
                for k in own {
                    let words = k.split(separator: " ")
                    guard words.count > 1 else { continue }
                    add(&family, String(words.first!), n)
                    if words.last! != words.first! { add(&family, String(words.last!), n) }
                }
            }
            names.append(own)
        }
    }

    /// Looks a name up.
    public func match(_ query: String) -> NameMatch {
        let q = NameNormalizer.normalize(query)
        guard !q.isEmpty else { return .unknown(suggestions: []) }
        let tiers: [[Int]?] = [
            exact[q], alias[q], compact[q.replacingOccurrences(of: " ", with: "")],
            q.contains(" ") ? nil : family[q],
        ]
        for case let nodes? in tiers where !nodes.isEmpty {
            let distinct = Array(Set(nodes)).sorted { (labels[$0], $0) < (labels[$1], $1) }
            return distinct.count == 1 ? .found(distinct[0]) : .ambiguous(distinct)
        }
        return .unknown(suggestions: suggestions(for: q, limit: 3))
    }

    /// The nodes whose names are closest to `query` by edit distance (on normalised names and
    /// on their single words), closest first, ties by label.
    public func suggestions(for query: String, limit: Int) -> [Int] {
        let q = Array(NameNormalizer.normalize(query).unicodeScalars)
        let oneWord = !q.contains(" ")
        var scored: [(Int, String, Int)] = []
        // The `limit`-th best score so far: names whose length alone puts them further are skipped.
        var top: [Int] = []
        for (n, own) in names.enumerated() {
            var best = Int.max
            let threshold = top.count < limit ? Int.max : top[limit - 1]
            for k in own {
                let ks = Array(k.unicodeScalars)
                if abs(ks.count - q.count) <= min(best, threshold) {
                    best = min(best, NameNormalizer.editDistance(q, ks))
                }
                if oneWord {
                    for w in ks.split(separator: " ") where w.count > 1 && abs(w.count - q.count) + 1 <= min(best, threshold) {
                        best = min(best, NameNormalizer.editDistance(q, Array(w)) + 1)
                    }
                }
            }
            guard best != .max, best <= threshold else { continue }
            scored.append((best, labels[n], n))
            top.append(best)
            top.sort()
            if top.count > limit { top.removeLast() }
        }
        scored.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        return scored.prefix(limit).map(\.2)
    }
}
