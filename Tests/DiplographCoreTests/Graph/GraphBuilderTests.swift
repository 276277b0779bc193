import Testing

@testable import DiplographCore

/// A corpus built by hand: three people, a country and a place.
///
/// Co-occurrence windows (N = 10): kim–wang 4, kim–xi 2, wang–china 2, xi–china 1, china–beijing 1;
/// windows per entity: kim 6, wang 5, xi 3, china 4, beijing 1.
/// Meetings: m1 kim+wang 2025-09-28 in Beijing (held), m2 kim+xi 2025-09 (held, month only),
/// m3 kim+wang+xi 2024-03-01 (phone), m4 wang+xi undated (held), m5 kim+china 2025-10-01 (planned).
enum TinyCorpus {
    static let kim = "a-kim", wang = "b-wang", xi = "c-xi", china = "d-china", beijing = "e-beijing"

    static func evidence(_ article: String, _ offset: Int) -> Evidence {
        Evidence(article: article, sentence: "Sentence \(offset) of \(article).", offset: offset)
    }

    static func corpus() -> CorpusResult {
        let entities = EntityIndex(
            entities: [
                EntitySummary(
                    id: kim, name: "Kim Jong Un", type: .person, aliases: ["Kim", "Kim Jong Un"], mentions: 9,
                    articles: ["art1", "art2"], affiliation: "north-korea", roles: ["Leader"]),
                EntitySummary(
                    id: wang, name: "Wang Yi", type: .person, mentions: 7, articles: ["art1"], affiliation: china),
                EntitySummary(
                    id: xi, name: "Xi Jinping", type: .person, mentions: 4, articles: ["art2"], affiliation: china),
                EntitySummary(id: china, name: "China", type: .country, mentions: 5, articles: ["art1", "art2"]),
                EntitySummary(id: beijing, name: "Beijing", type: .place, mentions: 1, articles: ["art3"]),
            ], remap: [:])
        let co: [EntityPair: CooccurrenceStats] = [
            EntityPair(kim, wang): CooccurrenceStats(
                windows: 4, articles: ["art1", "art2"], evidence: evidence("art1", 10)),
            EntityPair(kim, xi): CooccurrenceStats(windows: 2, articles: ["art2"], evidence: evidence("art2", 5)),
            EntityPair(wang, china): CooccurrenceStats(windows: 2, articles: ["art1"], evidence: evidence("art1", 40)),
            EntityPair(xi, china): CooccurrenceStats(windows: 1, articles: ["art2"], evidence: evidence("art2", 70)),
            EntityPair(china, beijing): CooccurrenceStats(
                windows: 1, articles: ["art3"], evidence: evidence("art3", 0)),
        ]
        let meetings = [
            Meeting(
                id: "m1", participants: [kim, wang], date: PartialDate(year: 2025, month: 9, day: 28), place: beijing,
                status: .held, sources: [evidence("art1", 10), evidence("art4", 3)]),
            Meeting(
                id: "m2", participants: [kim, xi], date: PartialDate(year: 2025, month: 9), place: nil,
                status: .held, sources: [evidence("art2", 5)]),
            Meeting(
                id: "m3", participants: [kim, wang, xi], date: PartialDate(year: 2024, month: 3, day: 1), place: nil,
                status: .phone, sources: [evidence("art5", 0)]),
            Meeting(
                id: "m4", participants: [wang, xi], date: nil, place: nil, status: .held, sources: [evidence("art6", 0)]
            ),
            Meeting(
                id: "m5", participants: [kim, china], date: PartialDate(year: 2025, month: 10, day: 1), place: nil,
                status: .planned, sources: [evidence("art7", 0)]),
        ]
        return CorpusResult(
            entities: entities, meetings: meetings, cooccurrence: co,
            entityWindows: [kim: 6, wang: 5, xi: 3, china: 4, beijing: 1], totalWindows: 10,
            articleCount: 7, inputs: ["test"], diagnostics: [], skippedFiles: 0)
    }

    static func build(_ configure: (inout GraphOptions) -> Void = { _ in }) -> AttributedGraph {
        var o = GraphOptions()
        configure(&o)
        return GraphBuilder.build(corpus(), options: o)
    }
}

extension AttributedGraph {
    /// Edges as "Label–Label=weight", in graph order.
    var edgeList: [String] {
        (0..<edgeCount).map { "\(labels[sources[$0]])–\(labels[targets[$0]])=\(AttributeColumn.text(weights[$0]))" }
    }

    func edgeValue(_ name: String, _ a: String, _ b: String) -> String? {
        guard let e = (0..<edgeCount).first(where: { labels[sources[$0]] == a && labels[targets[$0]] == b }) else {
            return nil
        }
        return edgeAttribute(name)?.values.text(e)
    }
}

@Suite("GraphBuilder")
struct GraphBuilderTests {
    @Test("build(consuming:) gives the graph build(_:) gives and empties the corpus's meetings and pairs")
    func consumingBuild() {
        for kind in GraphKind.allCases {
            var o = GraphOptions()
            o.kind = kind
            let expected = GraphBuilder.build(TinyCorpus.corpus(), options: o)
            var corpus = TinyCorpus.corpus()
            let g = GraphBuilder.build(consuming: &corpus, options: o)
            #expect(g == expected)
            #expect(g.edgeCount > 0)
            #expect(corpus.meetings.isEmpty && corpus.cooccurrence.isEmpty)
            #expect(corpus.entities.entities.count == 5)
        }
        // The borrowing form leaves its corpus whole.
        let corpus = TinyCorpus.corpus()
        _ = GraphBuilder.build(corpus)
        #expect(corpus.meetings.count == TinyCorpus.corpus().meetings.count && corpus.cooccurrence.count == 5)
    }

    @Test("edges made in blocks on two threads are the edges made one by one")
    func blocksOnThreads() {
        for kind in GraphKind.allCases {
            var o = GraphOptions()
            o.kind = kind
            let expected = GraphBuilder.build(TinyCorpus.corpus(), options: o)
            for (threads, block, piece) in [(2, 1, 1), (2, 2, 1), (2, 3, 2), (2, 4096, 256), (1, 3, 1)] {
                var corpus = TinyCorpus.corpus()
                var columns = GraphCodec.EdgeColumns()
                let g = GraphBuilder.graph(
                    &corpus, options: o, consuming: true, edges: &columns, threads: threads, blockRows: block,
                    pieceRows: piece)
                #expect(GraphCodec.attributed(g, edges: columns) == expected)
                #expect(corpus.meetings.isEmpty && corpus.cooccurrence.isEmpty)
                var typed: [GraphEdge] = []
                var again = TinyCorpus.corpus()
                var t = GraphBuilder.graph(
                    &again, options: o, consuming: false, edges: &typed, threads: threads, blockRows: block,
                    pieceRows: piece)
                t.edges = typed
                #expect(GraphCodec.attributed(t) == expected)
            }
        }
    }

    @Test func combinedGraph() {
        let g = TinyCorpus.build()
        #expect(g.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping", "China", "Beijing"])
        // Weight = co-occurrence windows + held or phone meetings (planned m5 never counts).
        #expect(
            g.edgeList == [
                "Kim Jong Un–Wang Yi=6", "Kim Jong Un–Xi Jinping=4", "Wang Yi–Xi Jinping=2",
                "Wang Yi–China=2", "Xi Jinping–China=1", "China–Beijing=1",
            ])
        #expect(g.edgeValue("kind", "Kim Jong Un", "Wang Yi") == "both")
        #expect(g.edgeValue("kind", "Wang Yi", "Xi Jinping") == "meeting")
        #expect(g.edgeValue("kind", "Wang Yi", "China") == "cooccurrence")
        #expect(g.edgeValue("cooccurrences", "Kim Jong Un", "Wang Yi") == "4")
        #expect(g.edgeValue("meetings", "Kim Jong Un", "Wang Yi") == "2")
        #expect(g.edgeValue("meetings", "Wang Yi", "Xi Jinping") == "2")
        #expect(g.edgeValue("first_meeting", "Kim Jong Un", "Wang Yi") == "2024-03-01")
        #expect(g.edgeValue("last_meeting", "Kim Jong Un", "Wang Yi") == "2025-09-28")
        #expect(g.edgeValue("meeting_dates", "Kim Jong Un", "Wang Yi") == "2024-03-01; 2025-09-28")
        #expect(g.edgeValue("meeting_dates", "Wang Yi", "Xi Jinping") == "2024-03-01")  // m4 is undated
        #expect(g.edgeValue("places", "Kim Jong Un", "Wang Yi") == "Beijing")
        #expect(g.edgeValue("sources", "Kim Jong Un", "Wang Yi") == "art1; art2; art4; art5")
        #expect(g.edgeValue("articles", "Kim Jong Un", "Wang Yi") == "4")
        #expect(g.edgeValue("evidence", "Kim Jong Un", "Wang Yi") == "art1: Sentence 10 of art1.")
        #expect(g.edgeValue("evidence", "Wang Yi", "China") == "art1: Sentence 40 of art1.")
        #expect(g.edgeValue("first_meeting", "Wang Yi", "China") == nil)
        // Node attributes: affiliation by name, lists joined.
        #expect(g.nodeAttribute("affiliation")?.values.text(0) == "north-korea")
        #expect(g.nodeAttribute("affiliation")?.values.text(1) == "China")
        #expect(g.nodeAttribute("aliases")?.values.text(0) == "Kim; Kim Jong Un")
        #expect(g.nodeAttribute("type")?.values.text(4) == "place")
        #expect(g.nodeAttribute("mentions")?.values.text(0) == "9")
        #expect(TinyCorpus.build() == g)
    }

    @Test func cooccurrenceAndMeetingKinds() {
        let co = TinyCorpus.build { $0.kind = .cooccurrence }
        #expect(co.nodeCount == 5)
        #expect(
            co.edgeList == [
                "Kim Jong Un–Wang Yi=4", "Kim Jong Un–Xi Jinping=2", "Wang Yi–China=2",
                "Xi Jinping–China=1", "China–Beijing=1",
            ])
        #expect(co.edgeValue("kind", "Kim Jong Un", "Wang Yi") == "cooccurrence")
        #expect(co.edgeValue("meetings", "Kim Jong Un", "Wang Yi") == "0")
        let met = TinyCorpus.build { $0.kind = .meetings }
        #expect(met.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping"])
        #expect(met.edgeList == ["Kim Jong Un–Wang Yi=2", "Kim Jong Un–Xi Jinping=2", "Wang Yi–Xi Jinping=2"])
        #expect(met.edgeValue("kind", "Kim Jong Un", "Wang Yi") == "meeting")
        #expect(met.edgeValue("cooccurrences", "Kim Jong Un", "Wang Yi") == "0")
    }

    @Test func minWeightDropsLightEdgesAndLoneNodes() {
        let g = TinyCorpus.build { $0.minWeight = 2 }
        #expect(
            g.edgeList == [
                "Kim Jong Un–Wang Yi=6", "Kim Jong Un–Xi Jinping=4", "Wang Yi–Xi Jinping=2", "Wang Yi–China=2",
            ])
        #expect(g.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping", "China"])
        #expect(TinyCorpus.build { $0.minWeight = 100 }.nodeCount == 0)
    }

    @Test func topNBreaksTiesByPair() {
        #expect(TinyCorpus.build { $0.top = 2 }.edgeList == ["Kim Jong Un–Wang Yi=6", "Kim Jong Un–Xi Jinping=4"])
        // wang–xi and wang–china both weigh 2: (b-wang, c-xi) sorts before (b-wang, d-china).
        let three = TinyCorpus.build { $0.top = 3 }
        #expect(three.edgeList == ["Kim Jong Un–Wang Yi=6", "Kim Jong Un–Xi Jinping=4", "Wang Yi–Xi Jinping=2"])
        #expect(three.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping"])
        // xi–china and china–beijing both weigh 1: xi–china wins.
        let five = TinyCorpus.build { $0.top = 5 }
        #expect(five.edgeList.last == "Xi Jinping–China=1")
        #expect(five.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping", "China"])
        #expect(TinyCorpus.build { $0.top = 0 }.edgeCount == 0)
        #expect(TinyCorpus.build { $0.top = 99 }.edgeCount == 6)
    }

    @Test func typesFilter() {
        let people = TinyCorpus.build { $0.types = [.person] }
        #expect(people.labels == ["Kim Jong Un", "Wang Yi", "Xi Jinping"])
        #expect(people.edgeList == ["Kim Jong Un–Wang Yi=6", "Kim Jong Un–Xi Jinping=4", "Wang Yi–Xi Jinping=2"])
        let places = TinyCorpus.build { $0.types = [.place] }
        #expect(places.labels == ["Beijing"])
        #expect(places.edgeCount == 0)
        let pc = TinyCorpus.build { $0.types = [.person, .country] }
        #expect(pc.edgeCount == 5)
        #expect(pc.nodeCount == 4)
    }

    @Test func dateFilters() {
        // Since 2025: m1 and m2 remain; m3 (2024) and undated m4 are dropped.
        let since = TinyCorpus.build {
            $0.kind = .meetings
            $0.since = PartialDate(year: 2025)
        }
        #expect(since.edgeList == ["Kim Jong Un–Wang Yi=1", "Kim Jong Un–Xi Jinping=1"])
        // Until September 2025 includes the 28th (the whole month), m2 and m3; not undated m4.
        let until = TinyCorpus.build {
            $0.kind = .meetings
            $0.until = PartialDate(year: 2025, month: 9)
        }
        #expect(until.edgeList == ["Kim Jong Un–Wang Yi=2", "Kim Jong Un–Xi Jinping=2", "Wang Yi–Xi Jinping=1"])
        // A month-precision meeting overlaps a day-precision bound inside that month.
        let mid = TinyCorpus.build {
            $0.kind = .meetings
            $0.since = PartialDate(year: 2025, month: 9, day: 15)
        }
        #expect(mid.edgeList == ["Kim Jong Un–Wang Yi=1", "Kim Jong Un–Xi Jinping=1"])
        let before = TinyCorpus.build {
            $0.kind = .meetings
            $0.until = PartialDate(year: 2025, month: 9, day: 10)
        }
        #expect(before.edgeList == ["Kim Jong Un–Wang Yi=1", "Kim Jong Un–Xi Jinping=2", "Wang Yi–Xi Jinping=1"])
        #expect(
            TinyCorpus.build {
                $0.kind = .meetings
                $0.since = PartialDate(year: 2026)
            }.edgeCount == 0)
        // Combined: co-occurrences stay, meetings outside the range stop counting.
        let combined = TinyCorpus.build { $0.since = PartialDate(year: 2025) }
        #expect(
            combined.edgeList == [
                "Kim Jong Un–Wang Yi=5", "Kim Jong Un–Xi Jinping=3",
                "Wang Yi–China=2", "Xi Jinping–China=1", "China–Beijing=1",
            ])
        #expect(combined.edgeValue("meeting_dates", "Kim Jong Un", "Wang Yi") == "2025-09-28")
        #expect(
            GraphBuilder.inDateRange(
                PartialDate(year: 2024, month: 2, day: 29), since: PartialDate(year: 2024, month: 2),
                until: PartialDate(year: 2024, month: 2)))
        #expect(
            !GraphBuilder.inDateRange(
                PartialDate(year: 2024, month: 3), since: nil, until: PartialDate(year: 2024, month: 2)))
    }

    @Test func associationMeasures() {
        func weights(_ m: AssociationMeasure) -> [String] {
            TinyCorpus.build {
                $0.kind = .cooccurrence
                $0.measure = m
            }.edgeList
        }
        #expect(
            weights(.count) == [
                "Kim Jong Un–Wang Yi=4", "Kim Jong Un–Xi Jinping=2", "Wang Yi–China=2",
                "Xi Jinping–China=1", "China–Beijing=1",
            ])
        // jaccard n/(na+nb-n): 4/7, 2/7, 2/7, 1/6, 1/4
        #expect(
            weights(.jaccard) == [
                "Kim Jong Un–Wang Yi=0.571429", "Kim Jong Un–Xi Jinping=0.285714",
                "Wang Yi–China=0.285714", "Xi Jinping–China=0.166667", "China–Beijing=0.25",
            ])
        // dice 2n/(na+nb): 8/11, 4/9, 4/9, 2/7, 2/5
        #expect(
            weights(.dice) == [
                "Kim Jong Un–Wang Yi=0.727273", "Kim Jong Un–Xi Jinping=0.444444",
                "Wang Yi–China=0.444444", "Xi Jinping–China=0.285714", "China–Beijing=0.4",
            ])
        // npmi ln(p(ab)/(p(a)p(b))) / -ln p(ab), N = 10
        #expect(
            weights(.npmi) == [
                "Kim Jong Un–Wang Yi=0.313964", "Kim Jong Un–Xi Jinping=0.065464",
                "Wang Yi–China=0", "Xi Jinping–China=-0.079181", "China–Beijing=0.39794",
            ])
        // Combined adds meetings to the measure.
        let combined = TinyCorpus.build { $0.measure = .dice }
        #expect(combined.edgeList.first == "Kim Jong Un–Wang Yi=2.727273")
        // A negative npmi edge survives no positive min-weight.
        #expect(
            TinyCorpus.build {
                $0.kind = .cooccurrence
                $0.measure = .npmi
                $0.minWeight = 0.1
            }.edgeList
                == ["Kim Jong Un–Wang Yi=0.313964", "China–Beijing=0.39794"])
    }

    @Test func canonicalizesMeetingParticipantsAndSkipsSelfPairs() {
        var c = TinyCorpus.corpus()
        c.entities = EntityIndex(entities: c.entities.entities, remap: ["kim-old": TinyCorpus.kim])
        c.meetings = [
            Meeting(
                id: "m9", participants: ["kim-old", TinyCorpus.kim, TinyCorpus.wang],
                date: PartialDate(year: 2025), place: nil, status: .held, sources: [TinyCorpus.evidence("a", 0)])
        ]
        var o = GraphOptions()
        o.kind = .meetings
        let g = GraphBuilder.build(c, options: o)
        #expect(g.edgeList == ["Kim Jong Un–Wang Yi=1"])
    }
}
