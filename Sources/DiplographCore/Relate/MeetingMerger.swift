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
///   article published within 31 days after the meeting), or, when its article has no
///   publication date, the pair's only dated meeting; otherwise it joins the pair's undated
///   meeting, or starts one;
/// - the merged meeting keeps the most precise date, the most reported place, and every
///   evidence sentence (sorted by article, then offset).
///
/// Ids `m1`, `m2`, … follow the order of date (undated last), then participants, status and
/// first source, so the same reports in any order give the same meetings.
public enum MeetingMerger {
    /// How long after a meeting an article may still report it without a date.
    public static let timeFrameDays = 31

    struct Event {
        var ids: Set<String>
        var planned: Bool
        var status: MeetingStatus
        var date: PartialDate?
        var places: [String: Int] = [:]
        var sources: Set<Evidence> = []
    }

    /// - Complexity: O(n log n) for the sort plus, per report, O(Σ events of its participants):
    ///   candidates are found by counting, per event, how many of the report's participants it
    ///   shares (integer work, no set comparisons of names).
    public static func merge(_ reports: [MeetingReport]) -> [Meeting] {
        // A canonical order first: the result must not depend on the input order.
        let sorted = reports.filter { Set($0.participants).count >= 2 }.sorted(by: reportOrder)
        var events: [Event] = []
        // Events by participant: a related event shares every participant of the smaller set,
        // so the candidates of a report are the events of its participants.
        var byPerson: [String: [Int]] = [:]
        // Scratch for `candidates`: participants of the current report each event shares.
        var shared: [Int] = []

        /// The events sharing a participant with `ids`, ascending, each with whether it is
        /// related to the report (one participant set contains the other) and whether the
        /// participant sets are equal. An event lies in `byPerson[p]` exactly when `p` is one of
        /// its participants, so the overlap count decides containment.
        func candidates(_ ids: Set<String>) -> [(event: Int, contains: Bool, equal: Bool)] {
            if shared.count < events.count { shared += [Int](repeating: 0, count: events.count - shared.count) }
            var touched: [Int] = []
            for p in ids {
                for e in byPerson[p] ?? [] {
                    if shared[e] == 0 { touched.append(e) }
                    shared[e] += 1
                }
            }
            touched.sort()
            let out = touched.map { e -> (event: Int, contains: Bool, equal: Bool) in
                let n = shared[e], m = events[e].ids.count
                return (e, n == ids.count || n == m, n == ids.count && n == m)
            }
            for e in touched { shared[e] = 0 }
            return out
        }

        func absorb(_ r: MeetingReport, _ ids: Set<String>, into i: Int) {
            for p in ids where !events[i].ids.contains(p) { byPerson[p, default: []].append(i) }
            events[i].ids.formUnion(ids)
            events[i].date = MeetingDates.finer(events[i].date, r.date)
            if r.status == .held || (r.status == .phone && events[i].status == .planned) { events[i].status = r.status }
            if let p = r.place { events[i].places[p, default: 0] += 1 }
            events[i].sources.formUnion(r.evidence)
        }
        func start(_ r: MeetingReport, _ ids: Set<String>) {
            var e = Event(ids: ids, planned: r.status == .planned, status: r.status, date: r.date)
            if let p = r.place { e.places[p] = 1 }
            e.sources = Set(r.evidence)
            for p in e.ids { byPerson[p, default: []].append(events.count) }
            events.append(e)
        }

        // 1. Dated reports, most precise first, so that coarser dates find the day they belong to.
        let dated = sorted.filter { $0.date != nil }.sorted { a, b in
            let ra = MeetingDates.rank(a.date!), rb = MeetingDates.rank(b.date!)
            return ra != rb ? ra > rb : reportOrder(a, b)
        }
        for r in dated {
            let ids = Set(r.participants)
            let planned = r.status == .planned
            let fits = candidates(ids).filter {
                $0.contains && events[$0.event].planned == planned
                    && events[$0.event].date.map { MeetingDates.agree($0, r.date!) } ?? false
            }
            let exact = fits.first { $0.equal && events[$0.event].date == r.date }
            if fits.count == 1 || exact != nil {
                absorb(r, ids, into: (exact ?? fits[0]).event)
            } else {
                start(r, ids)
            }
        }
        // 2. Undated reports.
        for r in sorted where r.date == nil {
            // An undated call does not join an in-person meeting (nor the reverse).
            let ids = Set(r.participants)
            let planned = r.status == .planned
            let near = candidates(ids).filter {
                $0.contains && events[$0.event].planned == planned && events[$0.event].status == r.status
            }.map(\.event)
            let dated = near.filter { events[$0].date != nil }
            let fits: [Int]
            if let pub = r.published {
                fits = dated.filter { within(events[$0].date!, published: pub) }
            } else {
                fits = dated
            }
            if fits.count == 1 {
                absorb(r, ids, into: fits[0])
            } else if let u = near.first(where: { events[$0].date == nil }) {
                absorb(r, ids, into: u)
            } else {
                start(r, ids)
            }
        }

        let meetings = events.map { e -> Meeting in
            let place = e.places.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
            return Meeting(id: "", participants: e.ids.sorted(), date: e.date, place: place, status: e.status,
                           sources: e.sources.sorted())
        }.sorted(by: meetingOrder)
        return meetings.enumerated().map { i, m in
            var m = m
            m.id = "m\(i + 1)"
            return m
        }
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
            // A month-precision publication date: any day of that month may do.
            let m = published.month ?? 12
            let last = PartialDate(year: published.year, month: m, day: PartialDate.daysIn(month: m, year: published.year)).dayNumber!
            let first = PartialDate(year: published.year, month: published.month ?? 1, day: 1).dayNumber!
            return last >= start && first <= end + timeFrameDays
        }
        return p >= start && p <= end + timeFrameDays
    }

    static func reportOrder(_ a: MeetingReport, _ b: MeetingReport) -> Bool {
        if a.participants != b.participants { return a.participants.lexicographicallyPrecedes(b.participants) }
        if a.date != b.date { return dateOrder(a.date, b.date) }
        if a.status != b.status { return a.status.rawValue < b.status.rawValue }
        let ea = a.evidence.min(), eb = b.evidence.min()
        if ea != eb {
            guard let ea else { return true }
            guard let eb else { return false }
            return ea < eb || (!(eb < ea) && ea.sentence < eb.sentence)
        }
        if a.place != b.place { return (a.place ?? "") < (b.place ?? "") }
        return a.evidence.count < b.evidence.count
    }

    static func meetingOrder(_ a: Meeting, _ b: Meeting) -> Bool {
        if a.date != b.date { return dateOrder(a.date, b.date) }
        if a.participants != b.participants { return a.participants.lexicographicallyPrecedes(b.participants) }
        if a.status != b.status { return a.status.rawValue < b.status.rawValue }
        let ea = a.sources.first, eb = b.sources.first
        if let ea, let eb, ea != eb { return ea < eb || (!(eb < ea) && ea.sentence < eb.sentence) }
        return (a.place ?? "") < (b.place ?? "")
    }

    /// Dated before undated, earlier first, coarser before finer on the same prefix.
    static func dateOrder(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        switch (a, b) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        default: return false
        }
    }
}
