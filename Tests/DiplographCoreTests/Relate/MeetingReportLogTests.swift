import Testing

@testable import DiplographCore

/// `MeetingReportLog` against the plain `[MeetingReport]` it stands for: every report comes back
/// equal (texts inline, in the run's store and in a second store), `append(contentsOf:)` is
/// concatenation and `compactMap` is `Array.compactMap`.
@Suite("Meeting report log")
struct MeetingReportLogTests {
    /// Reports with few values per field: repeated and missing participants, places and dates,
    /// no evidence, several sentences, texts of three kinds.
    static func reports(_ n: Int, seed: UInt64) -> [MeetingReport] {
        var state = seed
        func next(_ k: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(k))
        }
        let people = ["ana-lind", "mei-chen", "tomas-berg", "uma-sol"]
        let dates: [PartialDate?] = [nil, PartialDate(year: 2025, month: 9, day: 4), PartialDate(year: 2025, month: 9)]
        let stores = [EvidenceStore.temporary(), EvidenceStore.temporary()]
        return (0..<n).map { _ in
            let evidence = (0..<next(3)).map { _ -> Evidence in
                let sentence = ["Ana Lind met Tomas Berg.", "They spoke by phone.", "Ümit Ölçer arrived."][next(3)]
                let article = ["n1", "n2", "n10"][next(3)]
                let offset = next(4) * 10
                let bytes = Array(sentence.utf8)
                if let store = stores[next(2)], next(3) > 0 {
                    return Evidence(article: article, offset: offset, text: store.keep(bytes, 0..<bytes.count))
                }
                return Evidence(article: article, sentence: sentence, offset: offset)
            }
            return MeetingReport(
                participants: (0..<next(4)).map { _ in people[next(4)] }, date: dates[next(3)],
                place: [nil, "oslo", "rome"][next(3)], status: MeetingStatus.allCases[next(3)], evidence: evidence,
                published: dates[next(3)])
        }
    }

    @Test func givesBackEveryReport() {
        let reports = Self.reports(300, seed: 5)
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        #expect(log.count == reports.count)
        #expect(Array(log) == reports)
        for i in reports.indices {
            #expect(log.participants(i).count == reports[i].participants.count)
            #expect(log.evidence(i).map { log.evidence(row: $0) } == reports[i].evidence)
        }
        #expect(MeetingReportLog().isEmpty)
    }

    @Test func shrunkAndReleasedKeepTheirEvidence() {
        let reports = Self.reports(300, seed: 8)
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        log.shrinkToFit()
        #expect(Array(log) == reports)
        let rows = reports.indices.map { Array(log.evidence($0)) }
        log.releaseReports()
        #expect(log.isEmpty)
        for (i, r) in reports.enumerated() { #expect(rows[i].map { log.evidence(row: $0) } == r.evidence) }
    }

    @Test func appendingALogIsConcatenation() {
        let a = Self.reports(40, seed: 1)
        let b = Self.reports(60, seed: 2)
        var la = MeetingReportLog()
        la.append(contentsOf: a)
        var lb = MeetingReportLog()
        lb.append(contentsOf: b)
        la.append(contentsOf: lb)
        #expect(Array(la) == a + b)
    }

    @Test func compactMapInPlaceIsArrayCompactMap() {
        let reports = Self.reports(300, seed: 9)
        // Drops reports with fewer than two participants, sorts and dedupes the rest, renames
        // one participant, moves places, keeps the first sentence only.
        func transform(_ r: MeetingReport) -> MeetingReport? {
            var r = r
            r.participants = Array(Set(r.participants.map { $0 == "uma-sol" ? "mei-chen" : $0 })).sorted()
            guard r.participants.count >= 2 else { return nil }
            r.place = r.place.map { $0 == "rome" ? "roma" : $0 }
            r.evidence = Array(r.evidence.prefix(1))
            return r
        }
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        log.compactMap(transform)
        let expected = reports.compactMap(transform)
        #expect(expected.count > 50 && expected.count < reports.count)
        #expect(Array(log) == expected)
        // The log keeps working after being rewritten.
        log.append(reports[0])
        #expect(Array(log) == expected + [reports[0]])
    }

    @Test func remapOnColumnsIsCompactMap() {
        let reports = Self.reports(400, seed: 12)
        // Two people merged into one, a place renamed, one name moved after the others.
        let moved = ["uma-sol": "ana-lind", "rome": "roma", "mei-chen": "zz-mei-chen"]
        func canonical(_ id: String) -> String { moved[id] ?? id }
        func transform(_ r: MeetingReport) -> MeetingReport? {
            var r = r
            r.participants = r.participants.map(canonical).sortedUnique()
            r.place = r.place.map(canonical)
            return r.participants.count >= 2 ? r : nil
        }
        var log = MeetingReportLog()
        log.append(contentsOf: reports)
        log.remap(canonical)
        let expected = reports.compactMap(transform)
        #expect(expected.count > 50 && expected.count < reports.count)
        #expect(Array(log) == expected)
        for i in log.indices {
            #expect(log.evidence(i).map { log.evidence(row: $0) } == expected[i].evidence)
        }
        log.append(reports[1])
        #expect(Array(log) == expected + [reports[1]])
    }
}
