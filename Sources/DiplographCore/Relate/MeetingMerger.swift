/// Merges reports of the same event from several articles into one meeting.
///
/// Rules, for reports whose participants are the same (or one set contains the other, as when
/// one article names a third participant):
///
/// - held and phone reports never merge with planned ones (a plan and its meeting stay two
///   records); among held/phone reports the merged status is held if any report says so;
/// - dated reports merge when their dates agree at the coarser precision (2025-09 and
///   2025-09-04); two different days stay two meetings;
/// - an undated report joins the one dated meeting of the same status that fits its article's time frame (the
///   article published within 31 days after the meeting; an article without a publication
///   date is bounded by the latest year it states, `DateParser+StatedYear.swift`, and joins no
///   meeting before that year), or, when its article gives no date at all, the pair's only
///   dated meeting; otherwise it joins the pair's undated
///   meeting whose reports were published within 31 days of its own (either way; a report
///   without a publication date joins any), or starts one: two undated reports of one pair
///   published years apart are two meetings; an undated report that gives a place joins no
///   meeting that another report places elsewhere ("met in Lakeport" and "met in Riverton" are
///   two visits);
/// - the merged meeting keeps the most precise date, the most reported place (on a tie, the
///   first by name; only dated reports of one day can place a meeting in two places), and every
///   evidence sentence (sorted by article, then offset).
///
/// Ids `m1`, `m2`, … follow the order of date (undated last), then participants, status and
/// first source, so the same reports in any order give the same meetings.
public enum MeetingMerger {
    /// How long after a meeting an article may still report it without a date.
    public static let timeFrameDays = 31

    /// An event being merged (20 bytes; its participants and reports are kept in shared arrays).
    struct Event {
        /// Participants: `idPool[idStart ..< idStart + idCount]`, ascending interned numbers.
        var idStart: Int32
        var idCount: Int32
        /// A number in the log's `dates`, or `MeetingReportLog.none`.
        var date: Int32
        /// Its reports (places in the canonical order), first and last of a chain through
        /// `nextReport`, in the order they joined.
        var first: Int32
        var last: Int32
        var status: MeetingStatus
        var planned: Bool
    }

    /// - Complexity: O(n log n) for the sort plus, per report, O(Σ events sharing a pair of its
    ///   participants): a related event (one participant set contains the other, both with at
    ///   least two participants) shares every pair of the smaller set, so the candidates of a
    ///   report are found through a pair index (integer work, no set comparisons of names).
    ///
    /// `reports` is consumed: passed with `consume` (or as a last use), they are kept in a
    /// compact `MeetingReportLog` while merged, so the reports and the meetings are not both
    /// held as structs with arrays.
    public static func merge(_ reports: consuming [MeetingReport]) -> [Meeting] {
        merge(taking: &reports)
    }

    /// `merge(_:)` on reports the caller owns (left empty).
    static func merge(taking reports: inout [MeetingReport]) -> [Meeting] {
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        reports = []
        return merge(log: log)
    }

    /// `merge(_:)` on the reports of a log (`Pipeline.finish`): each report's columns are read
    /// when its turn comes (`Row`: no `MeetingReport` is made back). Events are 20-byte rows
    /// (`Event`) with their reports chained by position, so places and evidence are gathered
    /// once, at the end; the meetings' sources are rows of one `EvidenceTable` made of the
    /// log's evidence columns.
    static func merge(log: consuming MeetingReportLog) -> [Meeting] {
        // Participants and places as the log's numbers, so events and pairs are compared as
        // integers and no report is made back from the log; the names are kept for the meetings.
        let names = log.names
        let placeNames = log.places
        let dates = log.dates
        let none = MeetingReportLog.none
        // A canonical order first (of positions in the log): the result must not depend on the
        // input order.
        var sorted = canonicalOrder(log, log.indices.filter { log.distinctParticipants($0) >= 2 }).map { Int32($0) }
        // At most one event a report: the array is sized once.
        var events: [Event] = []
        events.reserveCapacity(sorted.count)
        var idPool: [Int32] = []
        // The next report of the same event (-1 after the last).
        var nextReport = [Int32](repeating: -1, count: sorted.count)
        // Events by pair of participants (`pairKey`): the first entry of a chain of entries
        // (`entryEvent`, `entryNext`), each event once per pair it has.
        var byPair = KeyMap<Int32>()
        var entryEvent: [Int32] = []
        var entryNext: [Int32] = []
        // Scratch for `candidates`: the report serial that last touched each event.
        var stamp: [Int32] = []
        var serial: Int32 = 0

        func pairKey(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }
        func members(_ e: Int) -> ArraySlice<Int32> {
            idPool[Int(events[e].idStart)..<Int(events[e].idStart) + Int(events[e].idCount)]
        }
        func date(_ n: Int32) -> PartialDate? { n == none ? nil : dates[n] }

        /// The events related to the report with participants `ids` (one participant set contains
        /// the other), ascending, each with whether the participant sets are equal.
        func candidates(_ ids: [Int32]) -> [(event: Int, equal: Bool)] {
            serial += 1
            var touched: [Int] = []
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    var entry = byPair[pairKey(ids[i], ids[j])] ?? -1
                    while entry >= 0 {
                        let e = Int(entryEvent[Int(entry)])
                        if stamp[e] != serial {
                            stamp[e] = serial
                            touched.append(e)
                        }
                        entry = entryNext[Int(entry)]
                    }
                }
            }
            touched.sort()
            var out: [(event: Int, equal: Bool)] = []
            for e in touched {
                let m = events[e].idCount
                let n = sharedCount(ids[...], members(e))
                if n == ids.count || n == m { out.append((e, n == ids.count && n == m)) }
            }
            return out
        }

        func index(_ ids: [Int32], of e: Int, skipping old: ArraySlice<Int32>) {
            for i in 0..<ids.count {
                for j in (i + 1)..<ids.count {
                    if !old.isEmpty && sortedContains(old, ids[i]) && sortedContains(old, ids[j]) { continue }
                    let key = pairKey(ids[i], ids[j])
                    entryNext.append(byPair[key] ?? -1)
                    byPair[key] = Int32(entryEvent.count)
                    entryEvent.append(Int32(e))
                }
            }
        }
        func absorb(_ r: Row, _ ids: [Int32], _ k: Int, into i: Int) {
            let old = members(i)
            if sharedCount(ids[...], old) < ids.count {
                let union = Array(Set(old).union(ids)).sorted()
                index(union, of: i, skipping: old)
                events[i].idStart = Int32(idPool.count)
                events[i].idCount = Int32(union.count)
                idPool += union
            }
            // (`finer` gives one of the two dates: equal dates have equal numbers.)
            let d = log.dateColumn[Int(sorted[k])]
            if MeetingDates.finer(date(events[i].date), r.date) != date(events[i].date) { events[i].date = d }
            if r.status == .held || (r.status == .phone && events[i].status == .planned) { events[i].status = r.status }
            nextReport[Int(events[i].last)] = Int32(k)
            events[i].last = Int32(k)
        }
        func start(_ r: Row, _ ids: [Int32], _ k: Int) {
            index(ids, of: events.count, skipping: [])
            events.append(
                Event(
                    idStart: Int32(idPool.count), idCount: Int32(ids.count), date: log.dateColumn[Int(sorted[k])],
                    first: Int32(k), last: Int32(k), status: r.status, planned: r.status == .planned))
            idPool += ids
            stamp.append(0)
        }
        /// Whether every undated report of event `e` with a publication date has one that `test` accepts.
        func allPublished(_ e: Int, _ test: (PartialDate) -> Bool) -> Bool {
            var k = events[e].first
            while k >= 0 {
                let i = Int(sorted[Int(k)])
                if log.dateColumn[i] == none, let p = date(log.publishedColumn[i]), !test(p) { return false }
                k = nextReport[Int(k)]
            }
            return true
        }

        /// Whether a report of event `e` gives a place other than `p` (`none`: no place, any fits).
        func placedElsewhere(_ e: Int, _ p: Int32) -> Bool {
            guard p != none else { return false }
            var k = events[e].first
            while k >= 0 {
                let q = log.placeColumn[Int(sorted[Int(k)])]
                if q != none && q != p { return true }
                k = nextReport[Int(k)]
            }
            return false
        }

        // 1. Dated reports, most precise first, so that coarser dates find the day they belong to.
        // (`sorted` is in the canonical order, so among equal ranks position is that order.)
        let rankOf = sorted.map { Int8(date(log.dateColumn[Int($0)]).map(MeetingDates.rank) ?? -1) }
        let dated = sorted.indices.filter { rankOf[$0] >= 0 }.sorted { i, j in
            rankOf[i] != rankOf[j] ? rankOf[i] > rankOf[j] : i < j
        }
        for k in dated {
            let r = Row(log, Int(sorted[k]))
            let ids = r.ids
            let planned = r.status == .planned
            let fits = candidates(ids).filter {
                events[$0.event].planned == planned
                    && date(events[$0.event].date).map { MeetingDates.agree($0, r.date!) } ?? false
            }
            let exact = fits.first { $0.equal && events[$0.event].date == log.dateColumn[Int(sorted[k])] }
            if fits.count == 1 || exact != nil {
                absorb(r, ids, k, into: (exact ?? fits[0]).event)
            } else {
                start(r, ids, k)
            }
        }
        // 2. Undated reports.
        for k in sorted.indices where log.dateColumn[Int(sorted[k])] == none {
            let r = Row(log, Int(sorted[k]))
            // An undated call does not join an in-person meeting (nor the reverse).
            let ids = r.ids
            let planned = r.status == .planned
            // A meeting is held in one place: a report placing it elsewhere tells another one.
            let near = candidates(ids).filter {
                events[$0.event].planned == planned && events[$0.event].status == r.status
                    && !placedElsewhere($0.event, r.place)
            }.map(\.event)
            let dated = near.filter { events[$0].date != none }
            let fits: [Int]
            if let pub = r.published {
                fits = dated.filter { within(date(events[$0].date)!, published: pub) }
            } else if let year = r.statedYear {
                fits = dated.filter { notBefore(date(events[$0].date)!, year: year) }
            } else {
                fits = dated
            }
            if fits.count == 1 {
                absorb(r, ids, k, into: fits[0])
            } else if let u = near.first(where: { e in
                events[e].date == none
                    && (r.published.map { p in allPublished(e) { samePeriod($0, p) } } ?? true)
            }) {
                absorb(r, ids, k, into: u)
            } else {
                start(r, ids, k)
            }
        }
        // The merge's scratch goes before the places and evidence are gathered.
        byPair = KeyMap()
        entryEvent = []
        entryNext = []
        stamp = []

        // Each event's place (the most reported; on a tie, the first by name) and evidence rows
        // (sorted, each once: `pool[poolEnds[e - 1] ..< poolEnds[e]]`), from its reports.
        var placeOf = [Int32](repeating: none, count: events.count)
        var pool: [Int32] = []
        var poolEnds = [Int32](repeating: 0, count: events.count)
        var places: [(place: Int32, count: Int)] = []
        var rows: [Int32] = []
        for e in events.indices {
            places.removeAll(keepingCapacity: true)
            rows.removeAll(keepingCapacity: true)
            var k = events[e].first
            while k >= 0 {
                let i = Int(sorted[Int(k)])
                let p = log.placeColumn[i]
                if p != none {
                    if let j = places.firstIndex(where: { $0.place == p }) {
                        places[j].count += 1
                    } else {
                        places.append((p, 1))
                    }
                }
                for row in log.evidence(i) { rows.append(Int32(row)) }
                k = nextReport[Int(k)]
            }
            placeOf[e] =
                places.max { (a, b) -> Bool in
                    if a.count != b.count { return a.count < b.count }
                    return placeNames[a.place] > placeNames[b.place]
                }?.place ?? none
            for n in distinctSortedPositions(rows.map { log.evidence(row: Int($0)) }) { pool.append(rows[n]) }
            poolEnds[e] = Int32(pool.count)
        }
        places = []
        rows = []
        sorted = []
        nextReport = []
        idPool = idPool.withUnsafeBufferPointer { Array($0) }
        // The reports go; their evidence rows become the meetings' table.
        log.releaseReports()
        let table = log.evidenceTable(pool: pool)
        pool = []
        // (The reports were made on another thread: their pages are returned rather than kept for its arena.)
        FreedMemory.release()
        var meetings: [Meeting] = []
        meetings.reserveCapacity(events.count)
        // Meetings of one participant set share one list of names.
        // (Each list numbered in order of first use, for the sort below.)
        var participantLists: [[Int32]: (names: [String], number: Int32)] = [:]
        var lists: [[String]] = []
        var listOf: [Int32] = []
        listOf.reserveCapacity(events.count)
        for e in events.indices {
            let key = Array(members(e))
            let participants: [String]
            if let known = participantLists[key] {
                participants = known.names
                listOf.append(known.number)
            } else {
                participants = key.map { names[$0] }.sorted()
                participantLists[key] = (participants, Int32(lists.count))
                listOf.append(Int32(lists.count))
                lists.append(participants)
            }
            let start = e == 0 ? 0 : poolEnds[e - 1]
            meetings.append(
                Meeting(
                    id: "", participants: participants, date: date(events[e].date), status: events[e].status,
                    place: placeOf[e] == none ? nil : placeNames[placeOf[e]],
                    evidence: .rows(table, start: start, count: poolEnds[e] - start)))
        }
        events = []
        idPool = []
        placeOf = []
        poolEnds = []
        log = MeetingReportLog()
        participantLists = [:]
        // Participant lists compared once: each list's rank in their order.
        var listRank = [Int32](repeating: 0, count: lists.count)
        for (r, n) in lists.indices.sorted(by: { lists[$0].lexicographicallyPrecedes(lists[$1]) }).enumerated() {
            listRank[n] = Int32(r)
        }
        lists = []
        let rank = listOf.map { listRank[Int($0)] }
        // Sorted on positions (fields read through a pointer: no copy of a meeting per
        // comparison), then put in that order in place (no second array of meetings).
        let order = meetings.withUnsafeBufferPointer { m in
            let p = m.baseAddress!
            return m.indices.sorted { meetingOrder(p + $0, rank[$0], p + $1, rank[$1]) }
        }
        permute(&meetings, to: order)
        for k in meetings.indices { meetings[k].id = "m\(k + 1)" }
        return meetings
    }

    /// Puts `a[order[k]]` at position k, for every k, in place (`order` is a permutation of
    /// `a`'s indices): each cycle of the permutation is walked once.
    static func permute<T>(_ a: inout [T], to order: [Int]) {
        precondition(order.count == a.count, "permute: the order must cover the array")
        var placed = [Bool](repeating: false, count: a.count)
        // Elements are moved, not copied (no retain and release of their fields per step).
        a.withUnsafeMutableBufferPointer { buf in
            guard let p = buf.baseAddress else { return }
            for start in 0..<buf.count where !placed[start] {
                var k = start
                let first = (p + start).move()
                while true {
                    placed[k] = true
                    let from = order[k]
                    if from == start {
                        (p + k).initialize(to: first)
                        break
                    }
                    (p + k).moveInitialize(from: p + from, count: 1)
                    k = from
                }
            }
        }
    }

    /// The reports of the log at `positions` in the canonical order, stable: by participants,
    /// date (dated first), status, least evidence (none first, then article, offset and
    /// sentence), place (none as ""), number of evidence sentences. Compared on the log's
    /// columns through the ranks of its interned names, places and articles (no report is made).
    static func canonicalOrder(_ log: MeetingReportLog, _ positions: [Int]) -> [Int] {
        let nameRank = log.names.ranks(by: <)
        let articleRank = log.articles.ranks(by: <)
        // No place sorts as "" (an empty place name, if any, ties with it).
        var placeTable = log.places
        let empty = placeTable.intern("")
        let placeRank = placeTable.ranks(by: <)
        func place(_ i: Int) -> Int32 {
            let p = log.placeColumn[i]
            return placeRank[Int(p == MeetingReportLog.none ? empty : p)]
        }
        // The first of each report's least evidence (`<`: article, then offset), as a row.
        let least = positions.map { i -> Int in
            var first = -1
            for k in log.evidence(i) {
                if first < 0 {
                    first = k
                    continue
                }
                let (a, b) = (articleRank[Int(log.evidenceArticles[k])], articleRank[Int(log.evidenceArticles[first])])
                if a < b || (a == b && log.evidenceOffsets[k] < log.evidenceOffsets[first]) { first = k }
            }
            return first
        }
        // The ranks of each report's first three participants packed in one number (21 bits
        // each, 0 for none): different numbers compare as the lists do.
        let packable = nameRank.count < (1 << 21) - 1
        let head = positions.map { i -> UInt64 in
            guard packable else { return 0 }
            var key: UInt64 = 0
            var n = 0
            for p in log.participantPool[log.participants(i)].prefix(3) {
                key = key << 21 | UInt64(nameRank[Int(p)] + 1)
                n += 1
            }
            return key << UInt64(21 * (3 - n))
        }
        func less(_ x: Int, _ y: Int) -> Bool {
            if head[x] != head[y] { return head[x] < head[y] }
            let i = positions[x]
            let j = positions[y]
            let pa = log.participantPool[log.participants(i)]
            let pb = log.participantPool[log.participants(j)]
            if !pa.elementsEqual(pb) {
                return pa.lazy.map { nameRank[Int($0)] }.lexicographicallyPrecedes(pb.lazy.map { nameRank[Int($0)] })
            }
            let da = log.dateColumn[i]
            let db = log.dateColumn[j]
            if da != db { return dateOrder(log.date(da), log.date(db)) }
            let sa = log.statusColumn[i]
            let sb = log.statusColumn[j]
            if sa != sb { return sa.rawValue < sb.rawValue }
            let ea = least[x]
            let eb = least[y]
            if ea < 0 || eb < 0 {
                if (ea < 0) != (eb < 0) { return ea < 0 }
            } else {
                let ra = articleRank[Int(log.evidenceArticles[ea])]
                let rb = articleRank[Int(log.evidenceArticles[eb])]
                if ra != rb { return ra < rb }
                if log.evidenceOffsets[ea] != log.evidenceOffsets[eb] {
                    return log.evidenceOffsets[ea] < log.evidenceOffsets[eb]
                }
                let ta = log.text(row: ea)
                let tb = log.text(row: eb)
                if ta.less(than: tb) { return true }
                if tb.less(than: ta) { return false }
            }
            if place(i) != place(j) { return place(i) < place(j) }
            return log.evidence(i).count < log.evidence(j).count
        }
        return positions.indices.sorted(by: less).map { positions[$0] }
    }

    /// Evidence sorted by article and offset (then sentence), duplicates removed.
    static func distinctSorted(_ list: [Evidence]) -> [Evidence] {
        distinctSortedPositions(list).map { list[$0] }
    }

    /// The positions in `list` of the elements of `distinctSorted(list)`, in its order.
    static func distinctSortedPositions(_ list: [Evidence]) -> [Int] {
        guard list.count > 1 else { return Array(list.indices) }
        let less = Evidence.precedes
        // Reports of one event mostly come in article order: often nothing to do.
        var ordered = true
        for i in 1..<list.count where !less(list[i - 1], list[i]) {
            ordered = false
            break
        }
        if ordered { return Array(list.indices) }
        // Sort positions rather than the values (no copies of their strings while sorting).
        let order = list.indices.sorted { less(list[$0], list[$1]) }
        var out: [Int] = [order[0]]
        out.reserveCapacity(list.count)
        for i in order.dropFirst() where list[i] != list[out[out.count - 1]] { out.append(i) }
        return out
    }

    /// How many elements two ascending arrays share.
    static func sharedCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var i = a.startIndex
        var j = b.startIndex
        var n = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] {
                n += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return n
    }

    static func sortedContains(_ a: ArraySlice<Int32>, _ x: Int32) -> Bool {
        var lo = a.startIndex
        var hi = a.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.endIndex && a[lo] == x
    }

    /// True when an article published on `published` may report a meeting on `date` without
    /// dating it: published on or after the meeting, within `timeFrameDays`.
    static func within(_ date: PartialDate, published: PartialDate) -> Bool {
        let start = date.dayNumber ?? PartialDate(year: date.year, month: date.month ?? 1, day: 1).dayNumber!
        let end: Int
        if let d = date.dayNumber {
            end = d
        } else if let m = date.month {
            end = PartialDate(year: date.year, month: m, day: PartialDate.daysIn(month: m, year: date.year)).dayNumber!
        } else {
            end = PartialDate(year: date.year, month: 12, day: 31).dayNumber!
        }
        let p: Int
        if let d = published.dayNumber {
            p = d
        } else {
            // A month- or year-precision publication date: any day of it may do.
            let m = published.month ?? 12
            let last = PartialDate(
                year: published.year, month: m, day: PartialDate.daysIn(month: m, year: published.year)
            ).dayNumber!
            let first = PartialDate(year: published.year, month: published.month ?? 1, day: 1).dayNumber!
            return last >= start && first <= end + timeFrameDays
        }
        return p >= start && p <= end + timeFrameDays
    }

    /// True when an article written in `year` or later may report a meeting on `date` without
    /// dating it (`MeetingReport.statedYear`): the meeting is not over before that year began.
    static func notBefore(_ date: PartialDate, year: Int) -> Bool {
        date.year >= year
    }

    /// True when two publication dates lie within `timeFrameDays` of each other (at the
    /// precision both give): undated reports published then may tell of one meeting.
    static func samePeriod(_ a: PartialDate, _ b: PartialDate) -> Bool {
        within(a, published: b) || within(b, published: a)
    }

    /// The order of meetings (date, participants, status, first source, place) of the meetings
    /// at `a` and `b`, whose participant lists compare as their ranks `ra` and `rb` (equal
    /// lists, equal ranks); only the fields compared are read.
    static func meetingOrder(
        _ a: UnsafePointer<Meeting>, _ ra: Int32, _ b: UnsafePointer<Meeting>, _ rb: Int32
    ) -> Bool {
        if a.pointee.date != b.pointee.date { return dateOrder(a.pointee.date, b.pointee.date) }
        if ra != rb { return ra < rb }
        if a.pointee.status != b.pointee.status { return a.pointee.status.rawValue < b.pointee.status.rawValue }
        if let ea = a.pointee.evidence.first, let eb = b.pointee.evidence.first, ea != eb {
            return Evidence.precedes(ea, eb)
        }
        return (a.pointee.place ?? "") < (b.pointee.place ?? "")
    }

    /// What the merge reads of report `i` of a log: its columns, no `MeetingReport` made.
    struct Row {
        /// Participants as numbers in the log's `names`, ascending, each once.
        let ids: [Int32]
        let date: PartialDate?
        /// A number in the log's `places`, or `MeetingReportLog.none`.
        let place: Int32
        let status: MeetingStatus
        let published: PartialDate?
        let statedYear: Int?

        init(_ log: borrowing MeetingReportLog, _ i: Int) {
            ids = Array(log.participantPool[log.participants(i)]).sortedUnique()
            date = log.date(log.dateColumn[i])
            place = log.placeColumn[i]
            status = log.statusColumn[i]
            published = log.date(log.publishedColumn[i])
            statedYear = log.statedYear(i)
        }
    }

    /// Dated before undated, earlier first, coarser before finer on the same prefix.
    static func dateOrder(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        switch (a, b) {
        case (let x?, let y?): return x < y
        case (_?, nil): return true
        default: return false
        }
    }
}
