import Testing

@testable import DiplographCore

@Suite("Path endpoint names")
struct NameIndexTests {
    let graph = makeGraph(
        [
            "Choe Son Hui", "Sergei Lavrov", "Li Qiang", "Wang Yi", "Wang Yajun", "Kim Jong Un", "North Korea",
            "Beijing",
            "Vladimir Putin", "Sergueï Choïgou", "Seán O’Brien",
        ],
        aliases: [
            "Choe Son-hui; Choe Son Hui; Choe", "Lavrov; Sergey Lavrov", "Premier Li", "Wang", "Wang",
            "Kim Jong-un; Kim Jong Un", "DPRK; North Korean; Democratic People's Republic of Korea", nil, "Putin",
            nil, nil,
        ],
        types: [
            "person", "person", "person", "person", "person", "person", "country", "place", "person", "person",
            "person",
        ],
        ids: [
            "choe-son-hui", "sergei-lavrov", "li-qiang", "wang-yi", "wang-yajun", "kim-jong-un", "north-korea",
            "beijing", "vladimir-putin", "sergei-shoigu", "sean-obrien",
        ],
        edges: [])

    func name(_ q: String) -> String? {
        if case .found(let n) = NameIndex(graph: graph).match(q) { return graph.labels[n] }
        return nil
    }

    @Test("variants: case, hyphens, spacing, apostrophes, accents, aliases, entity ids")
    func variants() {
        #expect(name("choe son-hui") == "Choe Son Hui")
        #expect(name("CHOE  SON HUI") == "Choe Son Hui")
        #expect(name("Choe Sonhui") == "Choe Son Hui")
        #expect(name("kim jong-un") == "Kim Jong Un")
        #expect(name("Sergey Lavrov") == "Sergei Lavrov")
        #expect(name("democratic people's republic of korea") == "North Korea")
        // Like the resolver, a possessive is cut off: "People's" is "people", not "peoples".
        #expect(name("democratic people republic of korea") == "North Korea")
        #expect(name("dprk") == "North Korea")
        #expect(name("sergei-shoigu") == "Sergueï Choïgou")
        #expect(name("Sergue\u{0308}i Choigou") == "Sergueï Choïgou")
        #expect(name("sean o'brien") == "Seán O’Brien")
        #expect(name("Premier Li") == "Li Qiang")
    }

    @Test("a family name alone matches when exactly one person has it")
    func surnames() {
        #expect(name("Lavrov") == "Sergei Lavrov")
        #expect(name("choe") == "Choe Son Hui")
        #expect(name("Putin") == "Vladimir Putin")
        #expect(name("Kim") == "Kim Jong Un")
        #expect(name("Li") == "Li Qiang")
        #expect(name("Qiang") == "Li Qiang")
        // Not a country's word: "Korea" is no person's family name.
        #expect(name("Korea") == nil)
    }

    @Test("ambiguous names list the candidates")
    func ambiguous() throws {
        let index = NameIndex(graph: graph)
        guard case .ambiguous(let ns) = index.match("wang") else {
            Issue.record("'wang' should be ambiguous")
            return
        }
        #expect(ns.map { graph.labels[$0] } == ["Wang Yajun", "Wang Yi"])
        #expect(throws: PathQueryError.ambiguousName("wang", candidates: ["Wang Yajun", "Wang Yi"])) {
            try query(graph, "wang", "Lavrov")
        }
        // "Sergei" is the first word of Sergei Lavrov and of the entity id sergei-shoigu.
        if case .found = index.match("sergei") { Issue.record("'sergei' names two people") }
    }

    @Test("unknown names suggest the closest known names (at most 3)")
    func unknown() throws {
        let index = NameIndex(graph: graph)
        guard case .unknown(let s) = index.match("Lavrow") else {
            Issue.record("'Lavrow' should be unknown")
            return
        }
        #expect(s.count == 3)
        #expect(graph.labels[s[0]] == "Sergei Lavrov")
        do {
            _ = try query(graph, "Choe Son Hui", "Wang Yl")
            Issue.record("expected an error")
        } catch let e as PathQueryError {
            guard case .unknownName(let q, let sugg) = e else {
                Issue.record("\(e)")
                return
            }
            #expect(q == "Wang Yl")
            #expect(sugg.first == "Wang Yi")
            #expect(e.description.hasPrefix("unknown entity 'Wang Yl'; did you mean \"Wang Yi\""))
        }
    }

    @Test("names are normalised like the resolver: U.S., possessives, abbreviations")
    func resolverNormaliser() {
        let g = makeGraph(
            ["United States", "China", "U S Steel"], aliases: ["U.S.; US; United States of America", nil, nil],
            types: ["country", "country", "organization"], edges: [])
        func found(_ q: String) -> String? {
            if case .found(let n) = NameIndex(graph: g).match(q) { return g.labels[n] }
            return nil
        }
        // A possessive is cut off as in the text ("China's" was "chinas", unknown).
        #expect(found("China's") == "China")
        #expect(found("CHINA’S") == "China")
        // "U.S." is one word, "us" (it was "u s", the same as the company "U S Steel" minus a word).
        #expect(found("U.S.") == "United States")
        #expect(found("u.s.") == "United States")
        #expect(found("US") == "United States")
        #expect(found("U S Steel") == "U S Steel")
        #expect(found("United States of America") == "United States")
    }

    @Test("the index's normalised names are the resolver's, on the ASCII fast path and off it")
    func sameAsResolver() {
        for name in [
            "  Choe   Son-hui. ", "U.S.", "China's", "O'Brien", "O’Brien", "Seán O’Brien", "Sergueï  LAVROV",
            "ＷＡＮＧ", "金正恩", "Kim Jong-un", "ShortsWang", "the Philippines' envoy", "Ri Son-gwon",
        ] {
            #expect(NameIndex.normalized(name) == Array(NameTokenizer.normalizedPhrase(name).utf8), "\(name)")
        }
        #expect(NameIndex.normalized("  Choe   Son-hui. ") == Array("choe son hui".utf8))
        #expect(NameIndex.normalized("China's") == Array("china".utf8))
        #expect(NameIndex.normalized("U.S.") == Array("us".utf8))
    }

    @Test("aliases read as bytes: one repeating the label, accented ones, spaceless spellings")
    func aliasBytes() {
        let g = makeGraph(
            ["Choe Son Hui", "Zoë Akers", "...", "Lena Mikaka", "Mikaka Bank"],
            aliases: [
                "Choe Son Hui; Choe Son Hui; Sonhui Choe", "Zoë Akers; Zoe\u{0308} A.; Akers", "...",
                "Lena Mikaka; Mikaka", "Mikaka Bank",
            ],
            types: ["person", "person", "person", "person", "organization"],
            ids: ["choe-son-hui", "zoe-akers", "dots", "lena-mikaka", "mikaka-bank"], edges: [])
        let index = NameIndex(graph: g)
        func found(_ q: String) -> String? {
            if case .found(let n) = index.match(q) { return g.labels[n] }
            return nil
        }
        #expect(found("choe son hui") == "Choe Son Hui")
        #expect(found("choesonhui") == "Choe Son Hui")
        #expect(found("Sonhui  Choe") == "Choe Son Hui")
        #expect(found("sonhuichoe") == "Choe Son Hui")
        #expect(found("zoe a") == "Zoë Akers")
        #expect(found("ZOË AKERS") == "Zoë Akers")
        #expect(found("Akers") == "Zoë Akers")
        #expect(found("dots") == "...")
        #expect(found("lenamikaka") == "Lena Mikaka")
        // "Mikaka" is Lena Mikaka's alias (tier 2) before it is the bank's first word.
        #expect(found("mikaka") == "Lena Mikaka")
        #expect(index.match("...") == .unknown(suggestions: []))
        guard case .unknown(let suggestions) = index.match("Akerz") else {
            Issue.record("Akerz should be unknown")
            return
        }
        #expect(suggestions.first == 1)
    }

    @Test("edit distance")
    func editDistance() {
        #expect(NameIndex.editDistance("lavrov", "lavrow") == 1)
        #expect(NameIndex.editDistance("", "abc") == 3)
        #expect(NameIndex.editDistance("kitten", "sitting") == 3)
    }

    @Test("the viewer's search key is the page's JavaScript normalize()")
    func viewerKey() {
        #expect(ViewerSearchKey.normalize("  Choe   Son-hui. ") == "choe son hui")
        #expect(ViewerSearchKey.normalize("O’Brien") == "obrien")
        #expect(ViewerSearchKey.normalize("ＷＡＮＧ") == "wang")
        #expect(ViewerSearchKey.normalize("金正恩") == "金正恩")
        #expect(ViewerSearchKey.normalize("U.S.") == "u s")
    }
}
