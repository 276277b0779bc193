/// A sorted list of distinct article ids: as `String`s, or as ranks into one shared sorted table of
/// the corpus's article ids (4 bytes an article rather than a `String`'s 16). The co-occurrence
/// and entity finishes make rank lists (millions of pair × article entries on a large corpus:
/// the graph's `sources`); the strings are made only when read (the graph builder reads one
/// pair at a time).
///
/// Two lists are equal when their strings are, whatever their storage.
///
/// ```swift
/// let table = SortedArticleTable(["a1", "a2", "a9"])
/// ArticleList.ranks([0, 2], table).strings      // ["a1", "a9"]
/// ArticleList.strings(["a1", "a9"]) == .ranks([0, 2], table)   // true
/// ```
enum ArticleList: Sendable, Hashable {
    case strings([String])
    /// Ascending positions in the table.
    case ranks([Int32], SortedArticleTable)

    /// The ids, sorted and distinct.
    var strings: [String] {
        switch self {
        case .strings(let s): s
        case .ranks(let r, let table): r.map { table.ids[Int($0)] }
        }
    }

    /// The number of ids.
    var count: Int {
        switch self {
        case .strings(let s): s.count
        case .ranks(let r, _): r.count
        }
    }

    static func == (a: ArticleList, b: ArticleList) -> Bool {
        if case .ranks(let x, let t) = a, case .ranks(let y, let u) = b, t === u { return x == y }
        return a.count == b.count && a.strings == b.strings
    }

    func hash(into h: inout Hasher) {
        h.combine(count)
        switch self {
        case .strings(let s): for id in s { h.combine(id) }
        case .ranks(let r, let table): for k in r { h.combine(table.ids[Int(k)]) }
        }
    }
}

/// The article ids of a corpus, sorted (shared by every rank list of one finish).
final class SortedArticleTable: Sendable {
    /// Sorted and distinct.
    let ids: [String]

    init(_ sortedIDs: [String]) { ids = sortedIDs }
}

extension SortedArticleIDs {
    /// The ids in sorted order: position `rank[n]` holds interned id n.
    func table() -> SortedArticleTable {
        if identity { return SortedArticleTable(ids) }
        var sorted = [String](repeating: "", count: ids.count)
        for (n, r) in rank.enumerated() { sorted[Int(r)] = ids[n] }
        return SortedArticleTable(sorted)
    }

    /// The ranks of a list of interned ids, ascending and distinct: `strings(list)` is
    /// `ranks(list).map { table().ids[$0] }`.
    func ranks(_ list: [Int32]) -> [Int32] {
        (identity ? list : list.map { rank[Int($0)] }).sortedUnique()
    }
}
