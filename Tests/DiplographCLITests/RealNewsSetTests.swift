import Foundation
import Testing

/// The real-news development set (eval/realnews) and `make quality` (scripts/quality.py).
/// The set's texts live in a git-ignored cache; these tests need only the committed files, and
/// check that everything which reads the texts skips cleanly without them.
@Suite("Real-news set")
struct RealNewsSetTests {
    static let folder = Repo.root.appendingPathComponent("eval/realnews")
    static var hasSet: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("sources.json").path)
            && Repo.tool("python3") != nil
    }

    struct Source: Decodable {
        var id: String
        var url: String
        var outlet: String
        var split: String
        var batch: String?
    }

    struct Sources: Decodable { var articles: [Source] }

    static func sources() throws -> [Source] {
        try JSONDecoder().decode(Sources.self, from: Data(contentsOf: folder.appendingPathComponent("sources.json")))
            .articles
    }

    @Test(
        "the set has 150+ articles from 50+ outlets, split once by outlet into dev and a third for test",
        .enabled(if: hasSet))
    func shape() throws {
        let s = try Self.sources()
        #expect(s.count >= 150)
        #expect(Set(s.map(\.outlet)).count >= 50)
        let test = s.filter { $0.split == "test" }
        let dev = s.filter { $0.split == "dev" }
        #expect(test.count + dev.count == s.count, "every article is in dev or test")
        let testShare: Double = Double(test.count) / Double(s.count)
        #expect(testShare > 0.28 && testShare < 0.38, "\(test.count) of \(s.count) in test")
        #expect(Set(test.map(\.outlet)).isDisjoint(with: dev.map(\.outlet)), "an outlet in both parts")
    }

    @Test(
        "verify.py: sources and gold agree, no reserved page, cached texts match their checksums",
        .enabled(if: hasSet))
    func verify() {
        let r = run("python3", [Self.folder.appendingPathComponent("verify.py").path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("realnews: "), "\(r.stdout)")
    }

    @Test("verify.py fails on a cached text that no longer matches its checksum", .enabled(if: hasSet))
    func verifyCatchesChangedText() throws {
        // A copy of the set whose cache holds one altered text (the others absent).
        let dir = Repo.temporaryFolder().appendingPathComponent("realnews")
        let cache = dir.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        for name in ["verify.py", "sources.json", "gold.json", "checksums.sha256"] {
            try FileManager.default.copyItem(
                at: Self.folder.appendingPathComponent(name),
                to: dir.appendingPathComponent(name))
        }
        let first = try #require(try Self.sources().first)
        try Data("not the text that was annotated\n".utf8).write(to: cache.appendingPathComponent(first.id + ".txt"))
        let r = run("python3", [dir.appendingPathComponent("verify.py").path])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("cache/\(first.id).txt does not match its checksum"), "\(r.stdout)")
    }

    @Test(
        "quality.py prints the table and skips the real-news rows when the cache is absent",
        .enabled(if: hasSet && QualityTests.canScore))
    func qualityWithoutCache() {
        let empty = Repo.temporaryFolder().path
        let r = run(
            "python3",
            [
                Repo.root.appendingPathComponent("scripts/quality.py").path,
                "--bin", Repo.executable, "--cache", empty,
            ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("real news (dev): skipped"), "\(r.stdout)")
        for row in ["seeds (5)", "examples", "wire fixtures"] {
            #expect(r.stdout.contains(row), "\(row) missing\n\(r.stdout)")
        }
    }

    @Test(
        "quality.py --batch scores only that batch and says so when it has no article",
        .enabled(if: hasSet && QualityTests.canScore))
    func qualityBatch() {
        let r = run(
            "python3",
            [
                Repo.root.appendingPathComponent("scripts/quality.py").path,
                "--bin", Repo.executable, "--batch", "no-such-batch",
            ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("real news (dev): no article of batch 'no-such-batch'"), "\(r.stdout)")
        #expect(!r.stdout.contains("real news (dev,"), "no real-news row without articles\n\(r.stdout)")
        #expect(r.stdout.contains("examples"), "\(r.stdout)")
    }

    @Test(
        "quality.py --batch A,B keeps the articles of both batches",
        .enabled(if: hasSet && QualityTests.canScore))
    func qualityBatches() throws {
        let dev = try Self.sources().filter { $0.split == "dev" }
        let both = dev.filter { $0.batch == "initial" || $0.batch == "fresh-2026-12" }.count
        let one = dev.filter { $0.batch == "initial" }.count
        #expect(both > one && one > 0)
        let empty = Repo.temporaryFolder().path
        let r = run(
            "python3",
            [
                Repo.root.appendingPathComponent("scripts/quality.py").path,
                "--bin", Repo.executable, "--cache", empty, "--batch", "initial,fresh-2026-12",
            ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("skipped, none of its \(both) texts"), "\(r.stdout)")
    }

    @Test(
        "quality.py scores the texts a partial cache holds and names the missing ones",
        .enabled(if: hasSet && QualityTests.canScore))
    func qualityPartialCache() throws {
        let batch = try Self.sources().filter { $0.split == "dev" && $0.batch == "initial" }
        let kept = try #require(batch.first)
        #expect(batch.count > 1)
        let cache = Repo.temporaryFolder()
        // An invented text: the scorer needs a text, not the annotated one.
        let text = "Ruritanian Foreign Minister Ivo Brandt met Norvian President Tomas Varga in Kestria.\n"
        try text.write(to: cache.appendingPathComponent(kept.id + ".txt"), atomically: true, encoding: .utf8)
        let r = run(
            "python3",
            [
                Repo.root.appendingPathComponent("scripts/quality.py").path,
                "--bin", Repo.executable, "--cache", cache.path, "--batch", "initial",
            ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("real news (dev initial, 1)"), "\(r.stdout)")
        #expect(r.stdout.contains("\(batch.count - 1) of \(batch.count) texts are not in"), "\(r.stdout)")
        #expect(r.stdout.contains("scored the other 1"), "\(r.stdout)")
        #expect(!r.stdout.contains(kept.id), "the kept text is not listed as missing\n\(r.stdout)")
    }

    @Test(
        "quality.py --peer spacy scores a spaCy script's entities under each corpus, or says why not",
        .enabled(if: hasSet && QualityTests.canScore))
    func qualityPeer() {
        let empty = Repo.temporaryFolder().path
        let r = run(
            "python3",
            [
                Repo.root.appendingPathComponent("scripts/quality.py").path,
                "--bin", Repo.executable, "--cache", empty, "--peer", "spacy",
            ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        if r.stdout.contains("spaCy peer: skipped") {
            #expect(r.stdout.contains("is not installed"), "\(r.stdout)")
            #expect(!r.stdout.contains("  spaCy peer  "), "\(r.stdout)")
        } else {
            // one peer row under seeds and one under examples in each table; none under the wire
            // fixtures (JSON Lines) and none for the real news (no cache here)
            let rows = r.stdout.split(separator: "\n").filter { $0.hasPrefix("  spaCy peer") }
            #expect(rows.count == 4, "\(r.stdout)")
            #expect(r.stdout.contains("(finds no meetings)"), "\(r.stdout)")
        }
    }
}
