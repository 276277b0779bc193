import Testing

@testable import DiplographCore

/// The typed graph and its one codec: what `GraphCodec` lowers is what `EdgeFacts` reads back.
@Suite("Typed graph and attribute codec")
struct GraphCodecTests {
    @Test("edge kinds from counts; what each kind includes")
    func edgeKinds() {
        #expect(EdgeKind(meetings: 2, cooccurrences: 3) == .both)
        #expect(EdgeKind(meetings: 1, cooccurrences: 0) == .meeting)
        #expect(EdgeKind(meetings: 0, cooccurrences: 4) == .cooccurrence)
        #expect(EdgeKind(meetings: 0, cooccurrences: 0) == nil)
        #expect(EdgeKind.allCases.filter(\.includesMeeting) == [.meeting, .both])
        #expect(EdgeKind.allCases.filter(\.includesCooccurrence) == [.cooccurrence, .both])
        #expect(EdgeKind(rawValue: "both") == .both && EdgeKind(rawValue: "friend") == nil)
    }

    @Test("the typed graph: kinds, dates, places, sources and evidence of the tiny corpus")
    func typed() {
        let g = GraphBuilder.graph(TinyCorpus.corpus())
        func edge(_ a: String, _ b: String) -> GraphEdge? {
            g.edges.first { g.nodes[$0.source].id == a && g.nodes[$0.target].id == b }
        }
        let kw = edge(TinyCorpus.kim, TinyCorpus.wang)
        #expect(kw?.kind == .both)
        #expect(kw?.meetings == 2 && kw?.cooccurrences == 4)
        #expect(
            kw?.meetingDates == [PartialDate(year: 2024, month: 3, day: 1), PartialDate(year: 2025, month: 9, day: 28)])
        #expect(kw?.places == ["Beijing"])
        #expect(kw?.sources == ["art1", "art2", "art4", "art5"])
        #expect(kw?.evidence == TinyCorpus.evidence("art1", 10))
        #expect(edge(TinyCorpus.wang, TinyCorpus.xi)?.kind == .meeting)
        // m3 (2024-03-01) and m4 (undated): one distinct date.
        #expect(edge(TinyCorpus.wang, TinyCorpus.xi)?.meetings == 2)
        #expect(edge(TinyCorpus.wang, TinyCorpus.xi)?.meetingDates == [PartialDate(year: 2024, month: 3, day: 1)])
        #expect(edge(TinyCorpus.china, TinyCorpus.beijing)?.kind == .cooccurrence)
        #expect(g.nodes.map(\.type) == [.person, .person, .person, .country, .place])
        #expect(g.nodes[0].affiliation == "north-korea")
        #expect(g.nodes[1].affiliation == "China")
    }

    @Test("lowered and read back, every edge fact is the typed one")
    func roundTrip() {
        for kind in GraphKind.allCases {
            var o = GraphOptions()
            o.kind = kind
            let typed = GraphBuilder.graph(TinyCorpus.corpus(), options: o)
            let attributed = GraphCodec.attributed(typed)
            #expect(attributed == GraphBuilder.build(TinyCorpus.corpus(), options: o))
            let facts = GraphCodec.EdgeFacts(graph: attributed)
            #expect(facts.hasKinds && facts.hasKindColumn && facts.hasMeetingCounts)
            #expect(attributed.labels == typed.nodes.map(\.name))
            for (e, edge) in typed.edges.enumerated() {
                #expect(facts.kind(e) == edge.kind)
                #expect(facts.meetings(e) == Double(edge.meetings))
                #expect(facts.cooccurrences(e) == Double(edge.cooccurrences))
                #expect(facts.meetingDates(e) == edge.meetingDates)
                #expect(facts.places(e) == edge.places)
                #expect(facts.sources(e) == edge.sources)
                #expect(facts.evidence(e)?.article == edge.evidence?.article)
                #expect(facts.evidence(e)?.sentence == edge.evidence?.sentence)
                #expect(
                    attributed.edgeAttribute(GraphKeys.firstMeeting)?.values.string(e) == edge.meetingDates.first?.iso)
            }
        }
    }

    @Test("edges lowered one at a time give the columns mapped from all the edges")
    func edgeColumns() {
        for kind in GraphKind.allCases {
            var o = GraphOptions()
            o.kind = kind
            let edges = GraphBuilder.graph(TinyCorpus.corpus(), options: o).edges
            #expect(!edges.isEmpty)
            // The rule column by column.
            let plain = GraphKeys.edgeAttributes(
                kind: edges.map(\.kind.rawValue), cooccurrences: edges.map(\.cooccurrences),
                articles: edges.map(\.articles), meetings: edges.map(\.meetings),
                firstMeeting: edges.map { $0.meetingDates.first?.iso },
                lastMeeting: edges.map { $0.meetingDates.last?.iso },
                meetingDates: edges.map { GraphCodec.dates($0.meetingDates) },
                places: edges.map { GraphCodec.list($0.places) }, sources: edges.map { GraphCodec.list($0.sources) },
                evidence: edges.map { $0.evidence.map(GraphCodec.evidence) })
            var columns = GraphCodec.EdgeColumns()
            for e in edges { columns.append(e) }
            #expect(columns.sources == edges.map(\.source) && columns.targets == edges.map(\.target))
            #expect(columns.weights == edges.map(\.weight))
            #expect(columns.attributes() == plain)
        }
    }

    @Test("values: lists, evidence and dates in one place")
    func values() {
        #expect(GraphCodec.list([]) == nil)
        #expect(GraphCodec.list(["a", "b c"]) == "a; b c")
        #expect(GraphCodec.items("a; b c;d; ; ") == ["a", "b c;d"])
        #expect(GraphCodec.items(nil).isEmpty && GraphCodec.items("").isEmpty)
        let e = Evidence(article: "000_ab", sentence: "Li met Choe: they talked.", offset: 4)
        #expect(GraphCodec.evidence(e) == "000_ab: Li met Choe: they talked.")
        let back = GraphCodec.evidence(parsing: GraphCodec.evidence(e))
        #expect(back.article == "000_ab" && back.sentence == "Li met Choe: they talked.")
        let bare = GraphCodec.evidence(parsing: "no article")
        #expect(bare.article == "" && bare.sentence == "no article")
        let ds = [
            PartialDate(year: 2025), PartialDate(year: 2025, month: 9), PartialDate(year: 2025, month: 9, day: 28),
        ]
        #expect(GraphCodec.dates(ds) == "2025; 2025-09; 2025-09-28")
        #expect(GraphCodec.dates(parsing: "2025; 2025-09; not a date; 2025-09-28") == ds)
        #expect(GraphCodec.dates([]) == nil && GraphCodec.dates(parsing: nil).isEmpty)
        #expect(GraphCodec.dateItems("2025-09-28;2025-10 ; ") == ["2025-09-28", "2025-10"])
    }

    @Test("a graph without kinds or counts has no edge facts")
    func foreignGraph() {
        let g = AttributedGraph(labels: ["a", "b"], sources: [0], targets: [1], weights: [2])
        let facts = GraphCodec.EdgeFacts(graph: g)
        #expect(!facts.hasKinds)
        #expect(facts.kind(0) == nil && facts.meetings(0) == nil && facts.cooccurrences(0) == nil)
        #expect(facts.meetingDates(0).isEmpty && facts.evidence(0) == nil && facts.sources(0).isEmpty)
    }
}
