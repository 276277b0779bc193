/// The sources of a `Meeting`: a list of `Evidence`, or rows of an `EvidenceTable` shared by
/// the meetings of one merge (16 bytes a meeting and 24 a sentence, rather than an array of
/// 48-byte `Evidence` values a meeting).
enum MeetingEvidence: Sendable {
    case list([Evidence])
    /// The rows `table.pool[start ..< start + count]` of `table`.
    case rows(EvidenceTable, start: Int32, count: Int32)

    /// The sources as `Evidence`, in order.
    var list: [Evidence] {
        switch self {
        case .list(let l): return l
        case .rows(let t, let start, let count):
            return t.pool[Int(start)..<Int(start) + Int(count)].map { t.evidence(row: Int($0)) }
        }
    }

    /// The first source (without making the others).
    var first: Evidence? {
        switch self {
        case .list(let l): return l.first
        case .rows(let t, let start, let count): return count > 0 ? t.evidence(row: Int(t.pool[Int(start)])) : nil
        }
    }

    /// The article of each source, in order.
    var articles: [String] {
        switch self {
        case .list(let l): return l.map(\.article)
        case .rows(let t, let start, let count):
            return t.pool[Int(start)..<Int(start) + Int(count)].map { t.articles[Int(t.articleColumn[Int($0)])] }
        }
    }
}

/// The evidence sentences of the meetings of one merge, as columns (`MeetingReportLog`'s
/// evidence rows: article number, byte offset, place of the text) and, meeting after
/// meeting, the rows of each in `pool`. Immutable once made.
final class EvidenceTable: Sendable {
    /// Article ids, by number.
    let articles: [String]
    let articleColumn: [Int32]
    let offsets: [Int]
    /// `MeetingReportLog.textCode` values.
    let texts: [Int64]
    let store: EvidenceStore?
    let otherTexts: [EvidenceText]
    /// Rows of the columns, each meeting's a slice.
    let pool: [Int32]

    init(
        articles: [String], articleColumn: [Int32], offsets: [Int], texts: [Int64], store: EvidenceStore?,
        otherTexts: [EvidenceText], pool: [Int32]
    ) {
        self.articles = articles
        self.articleColumn = articleColumn
        self.offsets = offsets
        self.texts = texts
        self.store = store
        self.otherTexts = otherTexts
        self.pool = pool
    }

    /// Row `k` as `Evidence`.
    func evidence(row k: Int) -> Evidence {
        Evidence(
            article: articles[Int(articleColumn[k])], offset: offsets[k],
            text: MeetingReportLog.text(texts[k], store: store, others: otherTexts))
    }
}
