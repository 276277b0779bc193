import Foundation

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
/// 1. a label or entity id, normalised as the resolver normalises names
///    (`NameTokenizer.normalizedPhrase`: case, accents, hyphens, spacing and apostrophes
///    ignored, a possessive "'s" cut off, "U.S." read as "us");
/// 2. an alias, normalised;
/// 3. any name with its spaces removed ("Sonhui" spellings);
/// 4. a one-word query equal to the first or last word of a person's name or alias (a family
///    name: "Choe", "Lavrov", "Kim") — only when exactly one person node fits.
///
/// Building normalises every name once into one flat byte buffer (no per-name String, no hash
/// table): a path query looks up two or three names, so each lookup scans the buffer instead.
///
/// - Complexity: building is O(total length of names); a lookup is O(total length of names);
///   suggestions for an unknown name are O(N · L²) over N names of length L.
public struct NameIndex: Sendable {
    /// Node labels, by node index.
    public let labels: [String]
    /// Normalised names, back to back; name `i` is `bytes[start[i]..<start[i + 1]]`.
    private var bytes: [UInt8] = []
    private var start: [Int32] = [0]
    /// Per name: 1 label or entity id, 2 alias; its node.
    private var tier: [UInt8] = []
    private var owner: [Int32] = []
    /// Per node: the first of its names (label first); distinct names of one node, in order.
    private var firstName: [Int32] = []
    private var isPerson: [Bool] = []

    /// Indexes the label, `entity_id` and `aliases` of every node of `graph`.
    public init(graph: AttributedGraph) {
        labels = graph.labels
        let aliases = graph.nodeAttribute(GraphKeys.aliases)?.values
        let ids = graph.nodeAttribute(GraphKeys.entityID)?.values
        let types = graph.nodeAttribute(GraphKeys.type)?.values
        let person = EntityType.person.rawValue
        let n = graph.nodeCount
        firstName.reserveCapacity(n + 1)
        isPerson.reserveCapacity(n)
        for v in 0..<n {
            let first = Int32(tier.count)
            firstName.append(first)
            var label = graph.labels[v]
            label.withUTF8 { label in
                add(label, tier: 1, node: v, from: first)
                if var id = ids?.string(v) { id.withUTF8 { add($0, tier: 1, node: v, from: first) } }
                GraphCodec.forEachItem(aliases?.string(v)) { item in
                    // An alias written as the label is the label's name again (kept once).
                    guard !Self.same(item, label) else { return }
                    add(item, tier: 2, node: v, from: first)
                }
            }
            isPerson.append(types.map { $0.string(v) == person } ?? true)
        }
        firstName.append(Int32(tier.count))
    }

    /// Appends the normalised name (UTF-8 bytes) to node `v`'s names unless empty or already one
    /// of them.
    private mutating func add(_ name: UnsafeBufferPointer<UInt8>, tier t: UInt8, node v: Int, from first: Int32) {
        let mark = bytes.count
        Self.appendNormalized(utf8: name, to: &bytes)
        let len = bytes.count - mark
        guard len > 0 else { return }
        // A node's own duplicate (an alias equal to the label): kept once, under its first
        // tier (an alias equal to a label or id is found by tier 1 before tier 2 is asked).
        let duplicate = bytes.withUnsafeBufferPointer { b in
            for j in Int(first)..<tier.count where Int(start[j + 1] - start[j]) == len {
                if memcmp(b.baseAddress! + Int(start[j]), b.baseAddress! + mark, len) == 0 { return true }
            }
            return false
        }
        if duplicate {
            bytes.removeLast(len)
            return
        }
        start.append(Int32(bytes.count))
        tier.append(t)
        owner.append(Int32(v))
    }

    /// Whether two byte strings are equal.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    private func name(_ j: Int) -> ArraySlice<UInt8> { bytes[Int(start[j])..<Int(start[j + 1])] }

    /// Looks a name up.
    public func match(_ query: String) -> NameMatch {
        let q = Self.normalized(query)
        guard !q.isEmpty else { return .unknown(suggestions: []) }
        let qc = q.filter { $0 != 0x20 }
        let oneWord = qc.count == q.count
        var tiers: [[Int]] = [[], [], [], []]
        for j in 0..<tier.count {
            let s = name(j)
            // Cheap necessary conditions first: an equal name starts with the query's first
            // byte, one equal without spaces with the first of `qc` or with a space.
            let c = s.first
            if c == q.first && s.count == q.count && s.elementsEqual(q) {
                tiers[Int(tier[j]) - 1].append(Int(owner[j]))
            }
            if c == qc.first || c == 0x20, s.count >= qc.count && s.lazy.filter({ $0 != 0x20 }).elementsEqual(qc) {
                tiers[2].append(Int(owner[j]))
            }
            if oneWord && isPerson[Int(owner[j])], let sp = s.firstIndex(of: 0x20) {
                let last = s[(s.lastIndex(of: 0x20)! + 1)...]
                if s[..<sp].elementsEqual(q) || last.elementsEqual(q) { tiers[3].append(Int(owner[j])) }
            }
        }
        for nodes in tiers where !nodes.isEmpty {
            let distinct = Array(Set(nodes)).sorted { (labels[$0], $0) < (labels[$1], $1) }
            return distinct.count == 1 ? .found(distinct[0]) : .ambiguous(distinct)
        }
        return .unknown(suggestions: suggestions(for: query, limit: 3))
    }

    /// The nodes whose names are closest to `query` by edit distance (on normalised names and
    /// on their single words), closest first, ties by label.
    public func suggestions(for query: String, limit: Int) -> [Int] {
        let q = Array(String(decoding: Self.normalized(query), as: UTF8.self).unicodeScalars)
        let oneWord = !q.contains(" ")
        var scored: [(Int, String, Int)] = []
        // The `limit`-th best score so far: names whose length alone puts them further are skipped.
        var top: [Int] = []
        for n in 0..<(firstName.count - 1) {
            var best = Int.max
            let threshold = top.count < limit ? Int.max : top[limit - 1]
            for j in Int(firstName[n])..<Int(firstName[n + 1]) {
                let ks = Array(String(decoding: name(j), as: UTF8.self).unicodeScalars)
                if abs(ks.count - q.count) <= min(best, threshold) {
                    best = min(best, Self.editDistance(q, ks))
                }
                if oneWord {
                    for w in ks.split(separator: " ")
                    where w.count > 1 && abs(w.count - q.count) + 1 <= min(best, threshold) {
                        best = min(best, Self.editDistance(q, Array(w)) + 1)
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

    /// The normalised bytes of a name: `NameTokenizer.normalizedPhrase`, the resolver's form
    /// ("U.S." → "us", "China's" → "china", "Choe Son-hui" → "choe son hui").
    static func normalized(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        appendNormalized(name, to: &out)
        return out
    }

    /// Appends `normalized(name)`. Text that is not ASCII is put in canonical composition first
    /// (NFC: "e" + U+0301 is "é"), so that a name typed with combining accents is the name the
    /// resolver wrote.
    static func appendNormalized(_ name: String, to out: inout [UInt8]) {
        var name = name
        name.withUTF8 { appendNormalized(utf8: $0, to: &out) }
    }

    /// `appendNormalized` of the string these UTF-8 bytes decode to (ill-formed bytes repaired):
    /// ASCII bytes go straight to the byte loop, with no `String` made.
    static func appendNormalized(utf8 name: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for b in name where b >= 0x80 {
            let text = String(decoding: name, as: UTF8.self)
            NameTokenizer.appendNormalizedPhrase(text.precomposedStringWithCanonicalMapping, to: &out)
            return
        }
        appendNormalizedASCIIPhrase(name, to: &out)
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
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
