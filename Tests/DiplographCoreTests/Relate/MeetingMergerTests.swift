import Testing

@testable import DiplographCore

@Suite("Meeting merger")
struct MeetingMergerTests {
    static func report(
        _ ids: [String], _ date: PartialDate?, place: String? = nil, status: MeetingStatus = .held,
        article: String, offset: Int = 0, published: PartialDate? = nil, statedYear: Int? = nil
    ) -> MeetingReport {
        MeetingReport(
            participants: ids.sorted(), date: date, place: place, status: status,
            evidence: [Evidence(article: article, sentence: "s@\(offset)", offset: offset)], published: published,
            statedYear: statedYear)
    }

    static let ab = ["ana-lind", "tomas-berg"]
    static let d28 = PartialDate(year: 2025, month: 9, day: 28)
    static let d4 = PartialDate(year: 2025, month: 9, day: 4)
    static let pub29 = PartialDate(year: 2025, month: 9, day: 29)

    @Test("merge(taking:) gives the meetings merge(_:) gives and leaves the reports empty")
    func mergeTaking() {
        let reports = [
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1", offset: 40, published: Self.pub29),
            Self.report(Self.ab, Self.d4, article: "n2", offset: 7),
            Self.report(Self.ab, nil, article: "n3", offset: 10),
            Self.report(["ana-lind"], nil, article: "n4", offset: 1),
            Self.report(
                Self.ab + ["uma-sol"], PartialDate(year: 2025, month: 9), status: .phone, article: "n5", offset: 2),
        ]
        var taken = reports
        let m = MeetingMerger.merge(taking: &taken)
        #expect(m == MeetingMerger.merge(reports))
        #expect(m.count >= 2)
        #expect(taken.isEmpty)
    }

    @Test("one event reported by four articles, dated or not, is one meeting with four sources")
    func fourArticles() {
        let reports = [
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1", offset: 40, published: Self.pub29),
            Self.report(Self.ab, nil, place: "oslo", article: "n2", offset: 10),  // no publication date
            Self.report(Self.ab, Self.d28, article: "n3", offset: 5, published: Self.pub29),
            Self.report(Self.ab, nil, article: "n4", offset: 99, published: PartialDate(year: 2025, month: 10, day: 2)),
        ]
        let m = MeetingMerger.merge(reports)
        #expect(m.count == 1)
        #expect(m.first?.articles == ["n1", "n2", "n3", "n4"])
        #expect(m.first?.date == Self.d28)
        #expect(m.first?.place == "oslo")
        #expect(m.first?.id == "m1")
        #expect(m.first?.sources.map(\.article) == ["n1", "n2", "n3", "n4"])
    }

    @Test("an undated report placed elsewhere than a meeting of its pair is another meeting")
    func placedElsewhere() {
        // Without a publication date, an undated report would join the pair's only dated meeting.
        let m = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1", published: Self.pub29),
            Self.report(Self.ab, nil, place: "riverton", article: "n2"),
            Self.report(Self.ab, nil, place: "lakeport", article: "n3"),
            Self.report(Self.ab, nil, place: "lakeport", article: "n4"),
        ])
        #expect(m.count == 3)
        #expect(m.first { $0.articles == ["n1"] }?.place == "oslo")
        #expect(m.first { $0.articles == ["n2"] }?.place == "riverton")
        #expect(m.first { $0.articles == ["n3", "n4"] }?.place == "lakeport")
    }

    @Test("an undated report without a place still joins the pair's placed meeting")
    func unplacedJoins() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1", published: Self.pub29),
            Self.report(Self.ab, nil, article: "n2"),
            Self.report(Self.ab, nil, place: "oslo", article: "n3"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.place == "oslo")
        #expect(m.first?.date == Self.d28)
    }

    @Test("two meetings of one pair on different days stay two")
    func twoDates() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, Self.d4, article: "n2"),
        ])
        #expect(m.count == 2)
        #expect(m.map(\.date) == [Self.d4, Self.d28])
        #expect(m.map(\.id) == ["m1", "m2"])
    }

    @Test("an undated report joins the pair's one dated meeting in its time frame")
    func undatedJoinsDated() {
        // Published the day after: joins.
        let a = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, nil, article: "n2", published: Self.pub29),
        ])
        #expect(a.count == 1 && a.first?.articles == ["n1", "n2"])
        // Published three months later: a different meeting as far as we know.
        let b = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, nil, article: "n2", published: PartialDate(year: 2025, month: 12, day: 30)),
        ])
        #expect(b.count == 2)
        #expect(b.last?.date == nil)
        // Published before the meeting: cannot report it.
        let c = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, nil, article: "n2", published: PartialDate(year: 2025, month: 9, day: 1)),
        ])
        #expect(c.count == 2)
        // No publication date and two dated meetings of the pair: ambiguous, kept apart.
        let d = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, Self.d4, article: "n2"),
            Self.report(Self.ab, nil, article: "n3"),
        ])
        #expect(d.count == 3)
        // Published date within the frame of only one of two meetings: that one.
        let e = MeetingMerger.merge([
            Self.report(Self.ab, PartialDate(year: 2025, month: 7, day: 1), article: "n1"),
            Self.report(Self.ab, Self.d28, article: "n2"),
            Self.report(Self.ab, nil, article: "n3", published: Self.pub29),
        ])
        #expect(e.count == 2)
        #expect(e.first { $0.date == Self.d28 }?.articles == ["n2", "n3"])
    }

    @Test("an article without a publication date bounds its undated reports by the latest year it states")
    func statedYearBound() {
        // The text names 2027 (`DateParser.latestStatedYear`): it was written in 2027 or later
        // and does not report the pair's meeting of 2025 without a date.
        let later = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1"),
            Self.report(Self.ab, nil, place: "bergen", article: "n2", statedYear: 2027),
        ])
        #expect(later.count == 2)
        #expect(later.map(\.place) == ["oslo", "bergen"])
        // Counterexample: a text that names an earlier year (a treaty of 2019) may report the
        // meeting of 2025, and joins it, as one that names no year does.
        let earlier = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "oslo", article: "n1"),
            Self.report(Self.ab, nil, article: "n2", statedYear: 2019),
            Self.report(Self.ab, nil, article: "n3"),
        ])
        #expect(earlier.count == 1)
        #expect(earlier.first?.articles == ["n1", "n2", "n3"])
        #expect(MeetingMerger.notBefore(Self.d28, year: 2025))
        #expect(!MeetingMerger.notBefore(Self.d28, year: 2026))
        // A publication date of a year alone is that year, not a bound: an article published in
        // 2024 does not report the meeting of 2025, nor one of 2025 an article of 2026.
        #expect(MeetingMerger.within(Self.d28, published: PartialDate(year: 2025)))
        #expect(!MeetingMerger.within(Self.d28, published: PartialDate(year: 2024)))
        #expect(!MeetingMerger.within(Self.d28, published: PartialDate(year: 2026)))
    }

    @Test("reports of one day in two places: the place most reported wins, on a tie the first by name")
    func placeTie() {
        let tie = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "vienna", article: "n1"),
            Self.report(Self.ab, Self.d28, place: "bergen", article: "n2"),
        ])
        #expect(tie.count == 1)
        #expect(tie.first?.place == "bergen")
        let most = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "vienna", article: "n1"),
            Self.report(Self.ab, Self.d28, place: "bergen", article: "n2"),
            Self.report(Self.ab, Self.d28, place: "vienna", article: "n3"),
        ])
        #expect(most.first?.place == "vienna")
        // Counterexample: an undated report placed elsewhere is another meeting, whatever the anchors.
        let undated = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, place: "vienna", article: "n1"),
            Self.report(Self.ab, nil, place: "bergen", article: "n2", published: Self.pub29),
        ])
        #expect(undated.count == 2)
    }

    @Test("undated reports of a pair with no dated meeting become one undated meeting")
    func undatedTogether() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, nil, place: "oslo", article: "n2"),
            Self.report(Self.ab, nil, article: "n1"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.articles == ["n1", "n2"])
        #expect(m.first?.place == "oslo")
    }

    @Test("undated reports of a pair published years apart are two meetings; weeks apart, one")
    func undatedYearsApart() {
        let y2018 = PartialDate(year: 2018, month: 3, day: 2)
        let y2025 = PartialDate(year: 2025, month: 3, day: 2)
        let apart = MeetingMerger.merge([
            Self.report(Self.ab, nil, article: "n1", published: y2018),
            Self.report(Self.ab, nil, article: "n2", published: y2025),
        ])
        #expect(apart.count == 2)
        #expect(apart.map(\.articles).sorted { $0[0] < $1[0] } == [["n1"], ["n2"]])
        // Counterexample: published within the time frame, they are one meeting, and a report
        // without a publication date still joins it.
        let near = MeetingMerger.merge([
            Self.report(Self.ab, nil, article: "n1", published: y2025),
            Self.report(Self.ab, nil, article: "n2", published: PartialDate(year: 2025, month: 3, day: 20)),
            Self.report(Self.ab, nil, article: "n3"),
        ])
        #expect(near.count == 1)
        #expect(near.first?.articles == ["n1", "n2", "n3"])
    }
    @Test("a month-precision report joins the day it fits; the day is kept")
    func precision() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, PartialDate(year: 2025, month: 9), article: "n1"),
            Self.report(Self.ab, Self.d4, article: "n2"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.date == Self.d4)
        #expect(m.first?.date?.precision == .day)
    }

    @Test("planned and held meetings of a pair stay apart; held beats phone in one event")
    func status() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, status: .planned, article: "n1"),
            Self.report(Self.ab, Self.d28, article: "n2"),
            Self.report(Self.ab, Self.d28, status: .phone, article: "n3"),
        ])
        #expect(m.count == 2)
        #expect(m.first { $0.status == .held }?.articles == ["n2", "n3"])
        #expect(m.first { $0.status == .planned }?.articles == ["n1"])
    }

    @Test("an undated phone call does not join an in-person meeting")
    func undatedPhone() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(Self.ab, nil, status: .phone, article: "n2", published: Self.pub29),
        ])
        #expect(m.count == 2)
        #expect(m.map(\.status) == [.held, .phone])
    }

    @Test("a three-party report absorbs the pair's report of the same day")
    func threeParty() {
        let m = MeetingMerger.merge([
            Self.report(Self.ab + ["mei-chen"], Self.d28, article: "n1"),
            Self.report(Self.ab, Self.d28, article: "n2"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.participants == ["ana-lind", "mei-chen", "tomas-berg"])
    }

    @Test("ids are stable: by date, then participants, whatever the input order")
    func deterministicIDs() {
        let reports = [
            Self.report(["mei-chen", "zhao-lei"], nil, article: "n5"),
            Self.report(Self.ab, Self.d28, article: "n1"),
            Self.report(["ivan-sokol", "mei-chen"], Self.d4, article: "n2"),
            Self.report(["ana-lind", "mei-chen"], Self.d28, article: "n3"),
            Self.report(Self.ab, nil, article: "n4"),
        ]
        let a = MeetingMerger.merge(reports)
        #expect(
            a.map(\.participants) == [
                ["ivan-sokol", "mei-chen"], ["ana-lind", "mei-chen"], Self.ab, ["mei-chen", "zhao-lei"],
            ])
        #expect(a.map(\.id) == ["m1", "m2", "m3", "m4"])
        for seed in 0..<6 {
            var shuffled = reports
            // A deterministic permutation per seed.
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, (i * 7 + seed * 3) % (i + 1)) }
            #expect(MeetingMerger.merge(shuffled) == a)
        }
    }

    @Test("the canonical order is the stable sort by participants, date, status, least evidence, place, count")
    func canonicalOrderIsTheSpec() {
        // The rule written as one comparison of reports (what canonicalOrder computes on keys).
        func spec(_ a: MeetingReport, _ b: MeetingReport) -> Bool {
            if a.participants != b.participants { return a.participants.lexicographicallyPrecedes(b.participants) }
            if a.date != b.date { return MeetingMerger.dateOrder(a.date, b.date) }
            if a.status != b.status { return a.status.rawValue < b.status.rawValue }
            let ea = a.evidence.min()
            let eb = b.evidence.min()
            if ea != eb {
                guard let ea else { return true }
                guard let eb else { return false }
                return ea < eb || (!(eb < ea) && ea.sentence < eb.sentence)
            }
            if a.place != b.place { return (a.place ?? "") < (b.place ?? "") }
            return a.evidence.count < b.evidence.count
        }
        // Few values per field, so that ties reach every rule (same article and offset with
        // different texts, no evidence, no place, equal keys kept in input order).
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let people = ["ana-lind", "mei-chen", "tomas-berg"]
        let arts = ["n1", "n10", "n2"]
        var reports: [MeetingReport] = []
        for i in 0..<400 {
            let ids = Array(Set((0..<(2 + next(2))).map { _ in people[next(3)] })).sorted()
            let date: PartialDate? = [nil, Self.d4, Self.d28, PartialDate(year: 2025, month: 9)][next(4)]
            let evidence = (0..<next(3)).map { _ in
                Evidence(article: arts[next(3)], sentence: ["A.", "B.", "A!"][next(3)], offset: next(2) * 10)
            }
            reports.append(
                MeetingReport(
                    participants: ids, date: date, place: [nil, "oslo", "rome"][next(3)],
                    status: MeetingStatus.allCases[next(3)], evidence: evidence,
                    published: i % 2 == 0 ? nil : Self.pub29))
        }
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        let ordered = MeetingMerger.canonicalOrder(log, Array(log.indices)).map { log[$0] }
        #expect(ordered == reports.sorted(by: spec))
        // Every second report only (positions, not the whole log).
        let some = Array(stride(from: 0, to: log.count, by: 2))
        #expect(
            MeetingMerger.canonicalOrder(log, some).map { log[$0] } == some.map { reports[$0] }.sorted(by: spec))
    }

    @Test("meetings made from a log are those of the reports, in any order")
    func logAndReportsAgree() {
        var state: UInt64 = 9
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let people = (0..<30).map { "p\($0)" }
        var reports: [MeetingReport] = []
        for i in 0..<900 {
            let ids = Array(Set((0..<(2 + next(2))).map { _ in people[next(people.count)] })).sorted()
            let date: PartialDate? =
                next(4) == 0 ? nil : PartialDate(year: 2025, month: 1 + next(12), day: 1 + next(28))
            reports.append(
                Self.report(
                    ids, date, place: [nil, "oslo", "rome"][next(3)], status: MeetingStatus.allCases[next(3)],
                    article: "n\(i % 97)", offset: i, published: i % 3 == 0 ? nil : Self.pub29))
        }
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        let whole = MeetingMerger.merge(log: log)
        #expect(whole.count > 300)
        // The sources are rows of the merge's table: each meeting equals (and hashes as) the one
        // with its sources as a list.
        for m in whole {
            guard case .rows = m.evidence else {
                Issue.record("\(m.id): sources not kept as rows")
                continue
            }
            let listed = Meeting(
                id: m.id, participants: m.participants, date: m.date, place: m.place, status: m.status,
                sources: m.sources)
            #expect(listed == m && listed.hashValue == m.hashValue)
            #expect(m.evidence.first == m.sources.first && m.articles == Array(Set(m.sources.map(\.article))).sorted())
        }
        #expect(MeetingMerger.merge(Array(reports.reversed())) == whole)
        #expect(MeetingMerger.merge(reports) == whole)
    }

    @Test("meetings come by date, participants, status, first source, then place")
    func meetingOrderIsTheSpec() {
        // The rule written as one comparison of meetings (what the merge computes with ranks).
        func spec(_ a: Meeting, _ b: Meeting) -> Bool {
            if a.date != b.date { return MeetingMerger.dateOrder(a.date, b.date) }
            if a.participants != b.participants { return a.participants.lexicographicallyPrecedes(b.participants) }
            if a.status != b.status { return a.status.rawValue < b.status.rawValue }
            if let ea = a.sources.first, let eb = b.sources.first, ea != eb { return Evidence.precedes(ea, eb) }
            return (a.place ?? "") < (b.place ?? "")
        }
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Few people, dates and places: many meetings tie on date and participants.
        let people = ["ana-lind", "mei-chen", "tomas-berg", "uma-sol", "zhao-lei"]
        var reports: [MeetingReport] = []
        for i in 0..<600 {
            let ids = Array(Set((0..<(2 + next(2))).map { _ in people[next(people.count)] })).sorted()
            let date: PartialDate? = [nil, Self.d4, Self.d28, PartialDate(year: 2025, month: 9)][next(4)]
            reports.append(
                Self.report(
                    ids, date, place: [nil, "oslo", "rome"][next(3)], status: MeetingStatus.allCases[next(3)],
                    article: "n\(i % 13)", offset: next(5), published: i % 4 == 0 ? nil : Self.pub29))
        }
        let m = MeetingMerger.merge(reports)
        #expect(m.count > 40)
        for k in m.indices.dropFirst() { #expect(!spec(m[k], m[k - 1])) }
        #expect(m.map(\.id) == m.indices.map { "m\($0 + 1)" })
    }

    @Test("permute puts a[order[k]] at k in place, as order.map { a[$0] } does")
    func permuteInPlace() {
        var state: UInt64 = 3
        for n in [0, 1, 2, 7, 100] {
            var order = Array(0..<n)
            for i in order.indices.reversed() where i > 0 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            let a = (0..<n).map { "v\($0)" }
            var b = a
            MeetingMerger.permute(&b, to: order)
            #expect(b == order.map { a[$0] })
        }
    }

    @Test("within: the time frame of an undated report")
    func timeFrame() {
        #expect(MeetingMerger.within(Self.d4, published: Self.pub29))
        #expect(!MeetingMerger.within(Self.d4, published: PartialDate(year: 2025, month: 10, day: 6)))
        #expect(
            MeetingMerger.within(
                PartialDate(year: 2025, month: 9), published: PartialDate(year: 2025, month: 10, day: 20)))
        #expect(MeetingMerger.within(Self.d4, published: PartialDate(year: 2025, month: 9)))
    }
}
