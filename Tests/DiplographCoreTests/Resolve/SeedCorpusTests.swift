import DiplographCore
import Foundation
import Testing

/// Runs the resolver over the shared seed articles (when `../shared` exists) with a naive
/// ingest: the first line of five or more words is the headline, other lines of eight or more
/// words are paragraphs, obvious boilerplate lines are skipped.
///
/// `DIPLOGRAPH_WRITE_ENTITIES=path swift test --filter SeedCorpus` writes the `entities --json`
/// shape to `path` for `score.py`.
enum SeedCorpus {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seeds = shared.appendingPathComponent("seeds")
    static var available: Bool {
        FileManager.default.fileExists(atPath: seeds.appendingPathComponent("gold.json").path)
    }

    static let boilerplate = [
        "copyright", "all rights reserved", "originally written", "@", "published:", "updated:",
        "more shorts", "impact shorts", "most viewed", "license for",
    ]

    static func naiveArticle(path: String, id: String) -> (Article, [Sentence]) {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let bytes = Array(text.utf8)
        var blocks: [TextBlock] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            defer { start = i + 1 }
            guard i > start else { continue }
            let line = String(decoding: bytes[start..<i], as: UTF8.self)
            let lower = line.lowercased()
            let words = line.split(separator: " ").count
            if boilerplate.contains(where: { lower.contains($0) }) || line.hasPrefix("BY ") || line.hasPrefix("By ") {
                continue
            }
            if blocks.isEmpty {
                if words >= 5 { blocks.append(TextBlock(range: start..<i, kind: .headline)) }
            } else if words >= 8 {
                blocks.append(TextBlock(range: start..<i, kind: .body))
            }
        }
        let article = Article(id: id, source: path, text: bytes, blocks: blocks)
        return (article, TestArticles.sentences(article))
    }

    static func run(folder: URL, table: AliasTable) -> (EntityIndex, [Diagnostic]) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        let resolver = Resolver(table: table)
        var agg = EntityAggregator()
        var diags: [Diagnostic] = []
        for f in files {
            let (a, s) = naiveArticle(path: folder.appendingPathComponent(f).path, id: String(f.dropLast(4)))
            let r = resolver.resolve(a, sentences: s)
            diags += r.diagnostics
            agg.add(r)
        }
        return (agg.finish(), diags)
    }
}

@Suite struct SeedCorpusTests {
    @Test(.enabled(if: SeedCorpus.available))
    func seedsResolveToTheKeyEntities() throws {
        let table = try AliasTables.load(files: [], includeDefault: true)
        let (index, _) = SeedCorpus.run(folder: SeedCorpus.seeds, table: table)
        if let out = ProcessInfo.processInfo.environment["DIPLOGRAPH_WRITE_ENTITIES"] {
            try ContractJSON.entities(index.entities).rendered(pretty: true).write(
                toFile: out, atomically: true, encoding: .utf8)
        }
        let ids = Set(index.entities.map(\.id))
        for id in [
            "choe-son-hui", "wang-yi", "kim-jong-un", "xi-jinping", "sun-weidong", "pak-myong-ho", "yang-danzhi",
            "guo-jiakun", "wang-yajun", "chinese-academy-of-social-sciences", "general-administration-of-customs",
        ] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(index[id: "pak-myong-ho"]?.name == "Pak Myong Ho")
        #expect(index[id: "choe-son-hui"]?.articles.count == 5)
        #expect(!ids.contains("kim-eun-bin"))
        // Same input, same output.
        let (again, _) = SeedCorpus.run(folder: SeedCorpus.seeds, table: table)
        #expect(ContractJSON.entities(again.entities).rendered() == ContractJSON.entities(index.entities).rendered())
    }
}

/// The wire-style fixtures written for these tests (Reuters-like and TASS-like), with their own
/// gold file; `DIPLOGRAPH_WRITE_WIRE_ENTITIES=path` writes the entities for `score.py`.
@Suite struct WireFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/wire")

    @Test func wireFixturesResolve() throws {
        let table = try AliasTables.load(files: [], includeDefault: true)
        let (index, _) = SeedCorpus.run(folder: Self.folder, table: table)
        if let out = ProcessInfo.processInfo.environment["DIPLOGRAPH_WRITE_WIRE_ENTITIES"] {
            try ContractJSON.entities(index.entities).rendered(pretty: true).write(
                toFile: out, atomically: true, encoding: .utf8)
        }
        #expect(index[id: "sugiono"]?.type == .person)
        #expect(index[id: "penny-wong"]?.aliases == ["Penny Wong", "Wong"])
        #expect(index[id: "australian-strategic-policy-institute"]?.mentions == 3)
        #expect(index[id: "merdeka-palace"]?.type == .place)
        #expect(index[id: "darwin"]?.type == .place)
        // The default table's role comes first, then the one the text gives.
        #expect(index[id: "dmitry-peskov"]?.roles == ["Kremlin Spokesman", "Spokesman"])
        #expect(index[id: "bui-thanh-son"]?.mentions == 2)
        #expect(index[id: "sergei-lavrov"]?.articles == ["w002_moscow"])
    }
}
