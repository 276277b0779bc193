import DiplographCore
import Foundation
import Testing

/// The fault battery: the built `diplograph` on hostile or broken inputs and environments. Every
/// case must end with a clear diagnostic and the documented exit status, never a crash.
@Suite("Fault tolerance", .serialized)
struct FaultToleranceTests {
    /// An article of our own that resolves two ministers meeting.
    static let article =
        "Talks in Oslo\nPublished: 4 May 2025\n\nOSLO - Foreign Minister Cho Hyun met Sergei Lavrov in Oslo on Sunday.\n"

    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("Latin-1 / Windows-1252 text is converted with a warning and its names resolve")
    func latin1() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "Café talks" with é as 0xE9 and a Windows-1252 right quote (0x92) and euro sign (0x80).
        var bytes =
            Array("Caf".utf8) + [0xE9] + Array(" talks\nPublished: 4 May 2025\n\nOSLO - Foreign Minister Cho Hyun".utf8)
        bytes +=
            [0x92] + Array("s team met Sergei Lavrov in Oslo on Sunday over a ".utf8) + [0x80] + Array("5 deal.\n".utf8)
        let path = try write(bytes, "latin1.txt", in: dir)
        let r = diplograph("entities", path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("latin1.txt"), "\(r.stderr)")
        #expect(r.stderr.contains("Windows-1252"), "\(r.stderr)")
        #expect(r.stdout.contains("sergei-lavrov"), "\(r.stdout)")
    }

    @Test(
        "Bytes invalid in a declared encoding: libxml2's messages become our file-named diagnostics, never raw stderr lines"
    )
    func badBytesForDeclaredEncoding() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A page declaring Shift_JIS whose body holds byte sequences that are not Shift_JIS.
        let page =
            Array(
                "<html><head><meta charset=\"shift_jis\"><title>Talks</title></head><body><article><p>Foreign Minister Cho Hyun met Sergei Lavrov in Oslo. "
                    .utf8)
            + [0x81, 0x7F, 0xFF, 0xFC] + Array(" More text.</p></article></body></html>".utf8)
        _ = try write(page, "page.html", in: dir)
        // A feed declaring ISO-2022-JP with bytes that cannot be converted.
        let feed =
            Array(
                "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n<rss version=\"2.0\"><channel><item><title>A ".utf8)
            + [0xFF, 0xFE, 0x1B, 0x24, 0x42, 0xFF]
            + Array(" test</title><description>Talks.</description></item></channel></rss>\n".utf8)
        _ = try write(feed, "feed.rss", in: dir)
        let r = diplograph("entities", dir.path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("cho-hyun"), "the page's text before the bad bytes was lost: \(r.stdout)")
        for raw in ["encoding error :", "I/O error :", "encoder error"] {
            #expect(!r.stderr.contains(raw), "libxml2 printed straight to stderr: \(r.stderr)")
        }
        let lines = r.stderr.split(separator: "\n")
        #expect(
            lines.contains { $0.contains("page.html") && $0.contains("warning") && $0.contains("declared encoding") },
            "\(r.stderr)")
        #expect(
            lines.contains {
                $0.contains("feed.rss") && $0.contains("error") && $0.contains("input conversion failed")
            }, "\(r.stderr)")
    }

    @Test(
        "NUL bytes, binary data and empty files are skipped with a warning in every input format",
        arguments: ["txt", "jsonl", "html", "rss"])
    func badBytes(_ ext: String) throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var nul = Array(Self.article.utf8)
        nul.insert(0, at: 20)
        _ = try write(nul, "nul.\(ext)", in: dir)
        var random = SystemRandomNumberGenerator()
        _ = try write((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &random) }, "binary.\(ext)", in: dir)
        _ = try write([], "empty.\(ext)", in: dir)
        _ = try write(Array(Self.article.utf8), "good.txt", in: dir)
        let r = diplograph("entities", dir.path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["nul", "binary", "empty"] {
            #expect(r.stderr.contains("\(name).\(ext)"), "\(name).\(ext) not reported: \(r.stderr)")
        }
        #expect(r.stdout.contains("cho-hyun"), "the good file was not processed")
        #expect(!r.stderr.contains("Fatal error"))
    }

    /// `size` bytes on one line, without sentence punctuation.
    func oneLine(_ size: Int) -> [UInt8] {
        let sentence = Array("Foreign Minister Cho Hyun met Sergei Lavrov in Oslo on Sunday and ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + sentence.count)
        while bytes.count < size { bytes += sentence }
        return bytes
    }

    @Test("a 20 MB file on one line is read with ten times the work of a 2 MB one")
    func hugeSingleLine() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let small = try write(oneLine(2_000_000), "two-mb.txt", in: dir)
        let path = try write(oneLine(20_000_000), "one-line.txt", in: dir)
        let s = diplograph("build", small, "-o", dir.appendingPathComponent("small.json").path, "--work-counts")
        #expect(s.status == 0, "\(s.stderr)")
        let r = diplograph("build", path, "-o", dir.appendingPathComponent("g.json").path, "--work-counts")
        #expect(r.status == 0, "\(r.stderr)")
        // Linear: ten times the input, ten times the work (a quadratic step would give a hundred).
        let (w2, w20) = (WorkCounts(stderr: s.stderr), WorkCounts(stderr: r.stderr))
        expectLinear(w2, w20, factor: 10, in: ["sentences", "tokens", "meeting tokens", "comparisons"])
        // The bytes scanned are not a multiple of the size: to cut the file into parts the
        // chunker splits a window of at most one part per cut (1 cut for 2 MB, 19 for 20 MB).
        // Linear still: each byte once, plus one window per cut.
        for (w, size, run) in [(w2, 2_000_000, s), (w20, 20_000_000, r)] {
            let parts = run.stderr.firstMatch(of: /processed in (\d+) parts/).flatMap { Int($0.1) } ?? 0
            #expect(parts == (size + ArticleChunker.maxPartBytes - 1) / ArticleChunker.maxPartBytes, "\(run.stderr)")
            let most = size + (parts - 1) * ArticleChunker.maxPartBytes + 65_536
            #expect(w["bytes scanned"] >= size && w["bytes scanned"] <= most, "\(w), at most \(most)")
        }
        let json = try String(contentsOf: dir.appendingPathComponent("g.json"), encoding: .utf8)
        #expect(json.contains("sergei-lavrov"))
        // Processed in parts of at most 1 MiB, with one warning naming the file; still one article.
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("processed in") }
        #expect(warnings.count == 1, "\(r.stderr)")
        #expect(warnings.first?.hasPrefix(path + ": warning: long article (") ?? false, "\(r.stderr)")
        #expect(warnings.first?.hasSuffix(" parts") ?? false, "\(r.stderr)")
        #expect(json.contains("graph of 1 articles"))
        #expect(r.stderr.contains("diplograph: 1 articles,"), "\(r.stderr)")
    }

    @Test("a resolver warning repeated in every part of a long article is printed once")
    func partWarningsOnce() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "Foreign Minister Wang Yi met Wang Yajun, the ambassador. Wang said the talks were useful. "
        let text = "Talks in Oslo\n\n" + String(repeating: sentence, count: 40_000)  // 3.6 MB: 4 parts
        let path = try write(Array(text.utf8), "ambiguous.txt", in: dir)
        let r = diplograph("entities", path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("processed in 4 parts"), "\(r.stderr)")
        let ambiguous = r.stderr.split(separator: "\n").filter { $0.contains("\"Wang\" is ambiguous") }
        #expect(ambiguous.count == 1, "\(r.stderr)")
    }

    @Test("a 3 MB line without any white space is cut into parts at character starts, with a warning")
    func hugeLineWithoutSpaces() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Array("Talks in Oslo end with a statement\n".utf8)
        let run = Array("Oslo–Moscow·talks·中文".utf8)
        while bytes.count < 3_000_000 { bytes += run }
        bytes += Array("\nForeign Minister Cho Hyun met Sergei Lavrov in Oslo on Sunday.\n".utf8)
        let path = try write(bytes, "no-spaces.txt", in: dir)
        let r = diplograph("meetings", path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(path + ": warning: long article ("), "\(r.stderr)")
        #expect(r.stderr.contains(" processed in 3 parts"), "\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
        // The meeting after the giant line is found, its offset counted in the whole file.
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let meetings = try #require(doc["meetings"] as? [[String: Any]])
        let sources = meetings.flatMap { ($0["sources"] as? [[String: Any]]) ?? [] }
        let offsets = sources.compactMap { $0["offset"] as? Int }
        #expect(offsets.contains(bytes.count - 63), "\(offsets)")
    }

    @Test("20,000 tiny files in one folder are all read")
    func manyTinyFiles() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = ["Cho Hyun", "Sergei Lavrov", "Wang Yi", "Marco Rubio"]
        for i in 0..<20_000 {
            let text = "Note \(i)\n\n\(names[i % 4]) met \(names[(i + 1) % 4]) in Oslo.\n"
            try Data(text.utf8).write(to: dir.appendingPathComponent(String(format: "%05d.txt", i)))
        }
        let r = diplograph("entities", dir.path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        // Each name is in half of the notes: every file was read.
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let entities = json?["entities"] as? [[String: Any]] ?? []
        for id in ["cho-hyun", "sergei-lavrov", "wang-yi", "marco-rubio"] {
            let articles = entities.first { $0["id"] as? String == id }?["articles"] as? [String]
            #expect(articles?.count == 10_000, "\(id): \(articles?.count ?? -1) articles")
        }
    }

    @Test("malformed JSON Lines: each bad line is skipped with file:line:column, the others are read")
    func malformedJSONLines() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = String(repeating: "[", count: 100_000)
        let lines = [
            #"{"id": "a", "title": "Oslo talks", "text": "Cho Hyun met Sergei Lavrov in Oslo on Sunday."}"#,
            #"{"id": "b", "title": "broken", "text": "unterminated}"#,
            #"  [1, 2, 3]"#,
            deep,
            #"{"id": "c", "title": "Beijing talks", "text": "Marco Rubio met Wang Yi in Beijing on Monday."}"#,
        ]
        let path = try write(Array(lines.joined(separator: "\n").utf8), "batch.jsonl", in: dir)
        let r = diplograph("entities", path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.range(of: #"batch\.jsonl:2:\d+: warning"#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(r.stderr.contains("batch.jsonl:3:3: warning"), "\(r.stderr)")
        #expect(r.stderr.range(of: #"batch\.jsonl:4:\d+: warning"#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(r.stdout.contains("sergei-lavrov") && r.stdout.contains("wang-yi"), "\(r.stdout)")
    }

    @Test("an alias table that is binary or not UTF-8 gives file:line:column and exit 2")
    func garbageAliasTable() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = Array("id\ttype\tname\n".utf8)
        let table = try write(
            header + Array("x1\tperson\tJos".utf8) + [0xE9, 0xFF] + Array("\tzz\n\u{0}\u{1}\n".utf8), "garbage.tsv",
            in: dir)
        let lint = diplograph("aliases", "lint", table)
        #expect(lint.status == 2, "\(lint.stderr)")
        #expect(
            lint.stderr.range(of: #"garbage\.tsv:\d+:\d+: error"#, options: .regularExpression) != nil, "\(lint.stderr)"
        )
        let build = diplograph("entities", Repo.examples, "--aliases", table)
        #expect(build.status == 2)
        #expect(build.stdout.isEmpty)
    }

    @Test(
        "an output path that cannot be written is reported before any work, exit 2",
        arguments: ["/proc/diplograph-test.graphml", "FILE/g.dot"])
    func unwritableOutput(_ target: String) throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Tests run as root, so a read-only folder would still be writable: use /proc, or a
        // path whose "folder" is a regular file.
        let file = try write(Array("not a folder".utf8), "FILE", in: dir)
        let out = target.replacingOccurrences(of: "FILE", with: file)
        let r = diplograph("build", Repo.examples, "-o", dir.appendingPathComponent("ok.json").path, "-o", out)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains(out), "\(r.stderr)")
        #expect(!r.stderr.contains("articles"), "work was done before the check: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ok.json").path))
    }

    @Test("Ctrl-C during a long build exits 130 and leaves no output and no temporary file")
    func interrupt() throws {
        let dir = Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let people = ["Cho Hyun", "Sergei Lavrov", "Wang Yi", "Marco Rubio", "Choe Son Hui", "Penny Wong"]
        var paragraph = ""
        for i in 0..<400 { paragraph += "\(people[i % 6]) met \(people[(i * 5 + 1) % 6]) in Oslo on Sunday. " }
        let text = Data(("Talks\nPublished: 4 May 2025\n\n" + paragraph + "\n").utf8)
        for i in 0..<3_000 {
            try text.write(to: corpus.appendingPathComponent("a\(i).txt"))
        }
        let graphml = dir.appendingPathComponent("out.graphml").path
        let dot = dir.appendingPathComponent("out.dot").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Repo.executable)
        p.arguments = ["build", corpus.path, "-o", graphml, "-o", dot]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 1)
        try #require(p.isRunning, "the build finished in under a second: make the corpus bigger")
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 130)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "big" }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test(
        "an attack GraphML given to `path --graph` exits 2 with file:line",
        arguments: ["billion-laughs.graphml", "truncated.graphml", "not-wellformed.graphml"])
    func attackGraph(_ name: String) {
        let file = Repo.root.appendingPathComponent("Tests/DiplographXMLTests/Fixtures/\(name)").path
        let r = diplograph("path", "Cho", "Lavrov", "--graph", file)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(
            r.stderr.range(of: NSRegularExpression.escapedPattern(for: name) + #":\d+"#, options: .regularExpression)
                != nil,
            "\(r.stderr)")
        // The work libxml2 does on these files is bounded in GraphMLAttackTests.
    }

    @Test("an external entity in a GraphML given to `path --graph` is never read")
    func xxeGraph() {
        let file = Repo.root.appendingPathComponent("Tests/DiplographXMLTests/Fixtures/xxe.graphml").path
        let r = diplograph("path", "before after", "plain", "--graph", file)
        #expect(!r.stdout.contains("root:") && !r.stderr.contains("root:"))
        #expect([0, 1, 2].contains(r.status), "\(r.stderr)")
    }
}
