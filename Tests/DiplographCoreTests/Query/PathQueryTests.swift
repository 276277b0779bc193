import Testing

@testable import DiplographCore

@Suite("Path answers")
struct PathQueryTests {
    /// A small corpus written for this test (invented sentences).
    static func corpus() -> CorpusResult {
        func person(_ id: String, _ name: String, _ aliases: [String] = []) -> EntitySummary {
            EntitySummary(id: id, name: name, type: .person, aliases: aliases, mentions: 3, articles: ["a1"])
        }
        let entities = EntityIndex(
            entities: [
                EntitySummary(id: "beijing", name: "Beijing", type: .place),
                person("choe-son-hui", "Choe Son Hui", ["Choe", "Choe Son-hui"]),
                person("li-qiang", "Li Qiang", ["Premier Li"]),
                EntitySummary(id: "moscow", name: "Moscow", type: .place),
                person("sergei-lavrov", "Sergei Lavrov", ["Lavrov"]),
                person("xi-jinping", "Xi Jinping", ["Xi"]),
            ], remap: [:])
        let meetings = [
            Meeting(
                id: "m1", participants: ["choe-son-hui", "li-qiang"], date: PartialDate(year: 2025, month: 9, day: 28),
                place: "beijing", status: .held,
                sources: [
                    Evidence(
                        article: "a1", sentence: "The premier welcomed the visiting minister on Sunday.", offset: 40),
                    Evidence(article: "a2", sentence: "Their talks in the capital lasted two hours.", offset: 12),
                ]),
            Meeting(
                id: "m2", participants: ["choe-son-hui", "sergei-lavrov"], date: nil, place: nil, status: .held,
                sources: [Evidence(article: "a3", sentence: "The two ministers also spoke at some point.", offset: 7)]),
            Meeting(
                id: "m3", participants: ["choe-son-hui", "sergei-lavrov"],
                date: PartialDate(year: 2025, month: 10, day: 2),
                place: "moscow", status: .held,
                sources: [
                    Evidence(article: "a2", sentence: "She then flew on for talks with her counterpart.", offset: 90)
                ]),
            Meeting(
                id: "m4", participants: ["li-qiang", "sergei-lavrov"], date: nil, place: nil, status: .planned,
                sources: [Evidence(article: "a3", sentence: "A visit is expected next year.", offset: 80)]),
        ]
        let co: [EntityPair: CooccurrenceStats] = [
            EntityPair("li-qiang", "xi-jinping"): CooccurrenceStats(
                windows: 3, articles: ["a1", "a4"],
                evidence: Evidence(article: "a1", sentence: "Both leaders were named in the statement.", offset: 3)),
            EntityPair("choe-son-hui", "li-qiang"): CooccurrenceStats(
                windows: 2, articles: ["a1"],
                evidence: Evidence(
                    article: "a1", sentence: "The premier welcomed the visiting minister on Sunday.", offset: 40)),
        ]
        return CorpusResult(
            entities: entities, meetings: meetings, cooccurrence: co, entityWindows: [:], totalWindows: 10,
            articleCount: 4, inputs: [], diagnostics: [], skippedFiles: 0)
    }

    func both(_ from: String, _ to: String, configure: (inout PathOptions) -> Void = { _ in }) throws -> (
        PathAnswer, PathAnswer
    ) {
        let c = Self.corpus()
        var o = PathOptions()
        configure(&o)
        let g = GraphBuilder.build(c, options: GraphOptions())
        let fromGraph = try PathQuery.run(
            graph: g, from: from, to: to, options: o, evidence: GraphHopEvidence(graph: g))
        let fromArticles = try PathQuery.run(
            graph: g, from: from, to: to, options: o,
            evidence: CorpusHopEvidence(corpus: c, graph: g))
        return (fromGraph, fromArticles)
    }

    @Test("readable answer: chain, relation per hop, sources, strongest evidence")
    func text() throws {
        let (g, a) = try both("premier li", "lavrov")
        let expected = """
            Li Qiang → Choe Son Hui → Sergei Lavrov
              Li Qiang – Choe Son Hui: met on 2025-09-28 in Beijing; 2 sources
                "The premier welcomed the visiting minister on Sunday." (a1)
              Choe Son Hui – Sergei Lavrov: met 2 times (2025-10-02) in Moscow; 2 sources
                "She then flew on for talks with her counterpart." (a2)

            """
        #expect(a.text() == expected)
        #expect(g.text() == expected)
    }

    @Test("JSON answer has the contract's shape; articles give every meeting and sentence")
    func json() throws {
        let (g, a) = try both("Choe", "Xi", configure: { $0.via = .any })
        let j = a.json().rendered()
        #expect(
            j.hasPrefix(
                #"{"from": "Choe Son Hui", "to": "Xi Jinping", "via": "any", "weighted": false, "paths": [{"nodes": ["Choe Son Hui", "Li Qiang", "Xi Jinping"], "cost": 2, "length": 2, "hops": [{"from": "Choe Son Hui", "to": "Li Qiang", "kind": "both", "weight": 3, "relation": "met on 2025-09-28 in Beijing; co-mentioned in 2 sentences", "sources": 2, "meetings": [{"date": "2025-09-28", "place": "Beijing"}], "evidence": [{"article": "a1", "sentence": "The premier welcomed the visiting minister on Sunday."}, {"article": "a2", "sentence": "Their talks in the capital lasted two hours."}]}"#
            ))
        #expect(
            j.contains(
                #""kind": "cooccurrence", "weight": 3, "relation": "co-mentioned in 3 sentences", "sources": 2, "meetings": [], "evidence": [{"article": "a1", "sentence": "Both leaders were named in the statement."}]"#
            ))
        // The graph file keeps one sentence per pair: the articles' strongest one.
        #expect(g.paths.map(\.nodes) == a.paths.map(\.nodes))
        for (x, y) in zip(g.paths[0].hops, a.paths[0].hops) {
            #expect(
                x.relation == y.relation && x.kind == y.kind && x.weight == y.weight
                    && x.detail.sources == y.detail.sources)
            #expect(x.detail.evidence.first == y.detail.evidence.first)
        }
    }

    @Test(
        "graph attributes and articles give the same answers",
        arguments: [
            ("Li Qiang", "Sergei Lavrov"), ("Xi", "Lavrov"), ("choe son-hui", "Xi Jinping"), ("Lavrov", "Li"),
        ])
    func sameAnswers(from: String, to: String) throws {
        for via in PathRelation.allCases {
            for weighted in [false, true] {
                for time in [false, true] {
                    let (g, a) = try both(from, to) {
                        $0.via = via
                        $0.weighted = weighted
                        $0.timeRespecting = time
                        $0.k = 3
                    }
                    #expect(g.text() == a.text(), "via \(via) weighted \(weighted) time \(time)")
                    #expect(g.paths.map(\.cost) == a.paths.map(\.cost))
                }
            }
        }
        // Xi is linked only by co-occurrence: no chain of meetings.
        let (g, a) = try both("Xi", "Lavrov")
        #expect(g.paths.isEmpty && a.paths.isEmpty)
        #expect(a.noPathMessage == "no path from Xi Jinping to Sergei Lavrov via meetings; try --via any")
    }

    @Test("planned meetings are not hops; date windows filter the articles' meetings too")
    func plannedAndWindow() throws {
        let (_, a) = try both("Li Qiang", "Lavrov") { $0.k = 5 }
        #expect(a.paths.map(\.nodes) == [["Li Qiang", "Choe Son Hui", "Sergei Lavrov"]])
        let (g2, a2) = try both("Choe", "Lavrov") { $0.after = PartialDate(iso: "2025-10") }
        #expect(
            a2.paths.first?.hops.first?.detail.meetings == [
                HopMeeting(date: PartialDate(year: 2025, month: 10, day: 2), place: "Moscow")
            ])
        #expect(a2.paths.first?.hops.first?.relation == "met on 2025-10-02 in Moscow")
        #expect(g2.paths.first?.hops.first?.relation == "met on 2025-10-02 in Moscow")
    }
}
