/// The meeting reports of a run, kept column by column until `Pipeline.finish` merges them.
///
/// A `MeetingReport` is a struct of ~130 bytes with two arrays of its own (participant id
/// strings, evidence with its article id string): ~350 bytes a report, and reports grow with
/// the corpus. Here participants, places, article ids and dates are interned (`Interner`) and
/// each report is a row of small integers, its participants and evidence slices of shared
/// columns: ~70 bytes a report. `self[i]` makes report `i` back, equal to the one appended.
///
/// ```swift
/// var log = MeetingReportLog()
/// log.append(report)
/// log[0] == report      // true
/// ```
struct MeetingReportLog: RandomAccessCollection, Sendable {
    // Interned values.
    private(set) var names = Interner<String>()
    private(set) var places = Interner<String>()
    private(set) var articles = Interner<String>()
    private(set) var dates = Interner<PartialDate>()

    // One row per report; `none` (-1) for a missing place or date. A report's participants
    // are `participantPool[participantEnds[i-1] ..< participantEnds[i]]`, its evidence rows
    // likewise through `evidenceEnds`.
    private var participantEnds: [Int32] = []
    private(set) var participantPool: [Int32] = []
    private(set) var dateColumn: [Int32] = []
    private(set) var publishedColumn: [Int32] = []
    /// `MeetingReport.statedYear`, the year itself (`none` when there is none).
    private(set) var statedYearColumn: [Int32] = []
    private(set) var placeColumn: [Int32] = []
    private(set) var statusColumn: [MeetingStatus] = []
    private var evidenceEnds: [Int32] = []

    // One row per evidence sentence.
    private(set) var evidenceArticles: [Int32] = []
    private(set) var evidenceOffsets: [Int] = []
    /// A sentence's place in `store` (>= 0), or `~k` for `otherTexts[k]` (a `String`, or a
    /// place in another store): 8 bytes a sentence rather than an `EvidenceText`'s 24.
    private var evidenceTexts: [Int64] = []
    /// The store of the texts kept as places (the first store seen).
    private var store: EvidenceStore?
    private var otherTexts: [EvidenceText] = []

    static let none: Int32 = -1

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { statusColumn.count }

    /// The numbers (in `names`) of report `i`'s participants, in the order given.
    func participants(_ i: Int) -> Range<Int> { Int(i == 0 ? 0 : participantEnds[i - 1])..<Int(participantEnds[i]) }

    /// How many different participants report `i` names.
    func distinctParticipants(_ i: Int) -> Int {
        let r = participants(i)
        var n = 0
        for k in r where !participantPool[r.lowerBound..<k].contains(participantPool[k]) { n += 1 }
        return n
    }

    /// The rows of report `i`'s evidence in the evidence columns.
    func evidence(_ i: Int) -> Range<Int> { Int(i == 0 ? 0 : evidenceEnds[i - 1])..<Int(evidenceEnds[i]) }

    /// Evidence row `k` as `Evidence`.
    func evidence(row k: Int) -> Evidence {
        Evidence(article: articles[evidenceArticles[k]], offset: evidenceOffsets[k], text: text(row: k))
    }

    /// The text of evidence row `k`.
    func text(row k: Int) -> EvidenceText { Self.text(evidenceTexts[k], store: store, others: otherTexts) }

    /// The text an `evidenceTexts` value stands for: a place in `store`, or `~k` for `others[k]`.
    static func text(_ code: Int64, store: EvidenceStore?, others: [EvidenceText]) -> EvidenceText {
        if code >= 0, let store { return .stored(store, slot: UInt64(code)) }
        return others[Int(~code)]
    }

    /// `text` as an `evidenceTexts` value.
    private mutating func code(_ text: EvidenceText) -> Int64 {
        if case .stored(let s, let slot) = text, slot <= UInt64(Int64.max) {
            if store == nil { store = s }
            if store === s { return Int64(slot) }
        }
        otherTexts.append(text)
        return ~Int64(otherTexts.count - 1)
    }

    /// The date numbered `n` (nil for `none`).
    func date(_ n: Int32) -> PartialDate? { n == Self.none ? nil : dates[n] }

    /// Report `i`'s `statedYear`.
    func statedYear(_ i: Int) -> Int? { statedYearColumn[i] == Self.none ? nil : Int(statedYearColumn[i]) }

    /// Report `i`, as appended.
    subscript(_ i: Int) -> MeetingReport { report(i, participants: participants(i), evidence: evidence(i)) }

    private func report(_ i: Int, participants: Range<Int>, evidence: Range<Int>) -> MeetingReport {
        MeetingReport(
            participants: participantPool[participants].map { names[$0] }, date: date(dateColumn[i]),
            place: placeColumn[i] == Self.none ? nil : places[placeColumn[i]], status: statusColumn[i],
            evidence: evidence.map { self.evidence(row: $0) }, published: date(publishedColumn[i]),
            statedYear: statedYear(i))
    }

    /// Adds `r` after the reports already kept.
    mutating func append(_ r: MeetingReport) {
        for p in r.participants { participantPool.append(names.intern(p)) }
        participantEnds.append(Self.end(participantPool.count))
        dateColumn.append(r.date.map { dates.intern($0) } ?? Self.none)
        publishedColumn.append(r.published.map { dates.intern($0) } ?? Self.none)
        statedYearColumn.append(r.statedYear.map(Int32.init) ?? Self.none)
        placeColumn.append(r.place.map { places.intern($0) } ?? Self.none)
        statusColumn.append(r.status)
        for e in r.evidence {
            evidenceArticles.append(articles.intern(e.article))
            evidenceOffsets.append(e.offset)
            evidenceTexts.append(code(e.text))
        }
        evidenceEnds.append(Self.end(evidenceTexts.count))
    }

    /// Adds `reports` in order.
    mutating func append<S: Sequence>(contentsOf reports: S) where S.Element == MeetingReport {
        for r in reports { append(r) }
    }

    /// Replaces each report by `transform(report)`, in place, dropping those it maps to nil.
    /// `transform` may drop participants and evidence but not add any (the columns are
    /// rewritten front to back; no second log is made).
    mutating func compactMap(_ transform: (MeetingReport) -> MeetingReport?) {
        var rows = 0
        var pool = 0
        var evidenceRows = 0
        var participantStart = 0
        var evidenceStart = 0
        for i in indices {
            // Rows before i may be rewritten already: report i's ranges are the ones tracked here.
            let participantEnd = Int(participantEnds[i])
            let evidenceEnd = Int(evidenceEnds[i])
            let report = report(
                i, participants: participantStart..<participantEnd, evidence: evidenceStart..<evidenceEnd)
            participantStart = participantEnd
            evidenceStart = evidenceEnd
            guard let t = transform(report) else { continue }
            precondition(
                t.participants.count <= report.participants.count && t.evidence.count <= report.evidence.count,
                "MeetingReportLog.compactMap: a report grew")
            for p in t.participants {
                participantPool[pool] = names.intern(p)
                pool += 1
            }
            for e in t.evidence {
                evidenceArticles[evidenceRows] = articles.intern(e.article)
                evidenceOffsets[evidenceRows] = e.offset
                evidenceTexts[evidenceRows] = code(e.text)
                evidenceRows += 1
            }
            participantEnds[rows] = Int32(pool)
            evidenceEnds[rows] = Int32(evidenceRows)
            dateColumn[rows] = t.date.map { dates.intern($0) } ?? Self.none
            publishedColumn[rows] = t.published.map { dates.intern($0) } ?? Self.none
            statedYearColumn[rows] = t.statedYear.map(Int32.init) ?? Self.none
            placeColumn[rows] = t.place.map { places.intern($0) } ?? Self.none
            statusColumn[rows] = t.status
            rows += 1
        }
        truncate(rows: rows, participants: pool, evidenceRows: evidenceRows)
    }

    /// Replaces every participant and place `id` by `canonical(id)` (asked once per distinct
    /// name), sorts each report's participants by name with each once, and drops the reports
    /// left with fewer than two participants, with their evidence rows: the log
    /// `compactMap` gives with that transform, worked on the columns (no report is made).
    mutating func remap(_ canonical: (String) -> String) {
        let named = names.count
        var to = [Int32](repeating: 0, count: named)
        for n in 0..<named { to[n] = names.intern(canonical(names[Int32(n)])) }
        let rank = names.ranks(by: <)
        let placed = places.count
        var placeTo = [Int32](repeating: 0, count: placed)
        for n in 0..<placed { placeTo[n] = places.intern(canonical(places[Int32(n)])) }
        var rows = 0
        var pool = 0
        var evidenceRows = 0
        var participantStart = 0
        var evidenceStart = 0
        var list: [Int32] = []
        for i in indices {
            // Rows before i may be rewritten already: report i's ranges are the ones tracked here.
            let participantEnd = Int(participantEnds[i])
            let evidenceEnd = Int(evidenceEnds[i])
            defer {
                participantStart = participantEnd
                evidenceStart = evidenceEnd
            }
            list.removeAll(keepingCapacity: true)
            var ascending = true
            for k in participantStart..<participantEnd {
                let p = to[Int(participantPool[k])]
                if let last = list.last, rank[Int(last)] >= rank[Int(p)] { ascending = false }
                list.append(p)
            }
            if !ascending {
                list.sort { rank[Int($0)] < rank[Int($1)] }
                var w = 0
                for k in list.indices where w == 0 || list[k] != list[w - 1] {
                    list[w] = list[k]
                    w += 1
                }
                list.removeLast(list.count - w)
            }
            guard list.count >= 2 else { continue }
            for p in list {
                participantPool[pool] = p
                pool += 1
            }
            for k in evidenceStart..<evidenceEnd {
                evidenceArticles[evidenceRows] = evidenceArticles[k]
                evidenceOffsets[evidenceRows] = evidenceOffsets[k]
                evidenceTexts[evidenceRows] = evidenceTexts[k]
                evidenceRows += 1
            }
            participantEnds[rows] = Int32(pool)
            evidenceEnds[rows] = Int32(evidenceRows)
            dateColumn[rows] = dateColumn[i]
            publishedColumn[rows] = publishedColumn[i]
            statedYearColumn[rows] = statedYearColumn[i]
            placeColumn[rows] = placeColumn[i] == Self.none ? Self.none : placeTo[Int(placeColumn[i])]
            statusColumn[rows] = statusColumn[i]
            rows += 1
        }
        truncate(rows: rows, participants: pool, evidenceRows: evidenceRows)
    }

    /// Drops every column's entries past the first `rows` reports, `participants` pool entries
    /// and `evidenceRows` evidence rows (what a pass that compacts the log in place kept).
    private mutating func truncate(rows: Int, participants: Int, evidenceRows: Int) {
        for column in [
            \Self.participantEnds, \.evidenceEnds, \.dateColumn, \.publishedColumn, \.statedYearColumn, \.placeColumn,
        ] {
            self[keyPath: column].removeLast(self[keyPath: column].count - rows)
        }
        statusColumn.removeLast(statusColumn.count - rows)
        participantPool.removeLast(participantPool.count - participants)
        evidenceArticles.removeLast(evidenceArticles.count - evidenceRows)
        evidenceOffsets.removeLast(evidenceOffsets.count - evidenceRows)
        evidenceTexts.removeLast(evidenceTexts.count - evidenceRows)
    }

    /// Releases everything but the evidence rows (`evidence(row:)`, `text(row:)`): the log then
    /// holds no report (the meeting merge, once every report has joined its event).
    mutating func releaseReports() {
        names = Interner()
        places = Interner()
        dates = Interner()
        participantEnds = []
        participantPool = []
        dateColumn = []
        publishedColumn = []
        statedYearColumn = []
        placeColumn = []
        statusColumn = []
        evidenceEnds = []
        shrinkToFit()
    }

    /// The evidence rows, moved to a table with `pool` (rows of them, each meeting's a slice);
    /// the log is left empty.
    mutating func evidenceTable(pool: [Int32]) -> EvidenceTable {
        let table = EvidenceTable(
            articles: articles.values, articleColumn: evidenceArticles, offsets: evidenceOffsets,
            texts: evidenceTexts, store: store, otherTexts: otherTexts, pool: pool)
        self = MeetingReportLog()
        return table
    }

    /// Copies each column to its length: columns grown by doubling may leave up to half their
    /// capacity unused, for the rest of the run.
    mutating func shrinkToFit() {
        func fit<T>(_ a: inout [T]) {
            if a.capacity > a.count { a = a.withUnsafeBufferPointer { Array($0) } }
        }
        fit(&participantEnds)
        fit(&participantPool)
        fit(&dateColumn)
        fit(&publishedColumn)
        fit(&statedYearColumn)
        fit(&placeColumn)
        fit(&statusColumn)
        fit(&evidenceEnds)
        fit(&evidenceArticles)
        fit(&evidenceOffsets)
        fit(&evidenceTexts)
    }

    private static func end(_ n: Int) -> Int32 {
        precondition(n < Int(Int32.max), "MeetingReportLog: more than 2^31 participants or evidence sentences")
        return Int32(n)
    }
}
