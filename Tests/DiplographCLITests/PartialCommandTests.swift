import Foundation
import Testing

/// `extract` and `merge` run as a user runs them: every output of a merge of shards is
/// byte-identical to `build` over the whole corpus; the daily-update workflow; refused partials.
@Suite("extract and merge", .serialized)
struct PartialCommandTests {
    static let aliases = ["--aliases", Repo.examples + "/aliases.tsv"]
    /// The example articles, in build's order, then (when present) the seeds.
    static var articles: [String] {
        var files = (try? FileManager.default.contentsOfDirectory(atPath: Repo.examples)) ?? []
        files = files.filter { $0.hasSuffix(".txt") }.sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        var paths = files.map { Repo.examples + "/" + $0 }
        if Repo.hasShared {
            let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: Repo.seeds)) ?? []).filter {
                $0.hasSuffix(".txt")
            }.sorted()
            paths += seeds.map { Repo.seeds + "/" + $0 }
        }
        return paths
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Every file `-o` writes for these outputs.
    static let outputs = ["g.graphml", "g.gexf", "g.dot", "g.json", "g.csv"]
    static let written = ["g.graphml", "g.gexf", "g.dot", "g.json", "g.nodes.csv", "g.edges.csv"]

    func outputArgs(_ dir: URL) -> [String] { Self.outputs.flatMap { ["-o", dir.appendingPathComponent($0).path] } }

    func expectSameOutputs(_ a: URL, _ b: URL, _ context: String) {
        for f in Self.written {
            let x = Self.bytes(a.appendingPathComponent(f).path)
            let y = Self.bytes(b.appendingPathComponent(f).path)
            #expect(x != nil && x == y, "\(f) differs from build's: \(context)")
        }
    }

    @Test("extract and merge have help with examples", arguments: ["extract", "merge"])
    func help(_ sub: String) {
        let r = diplograph(sub, "--help")
        #expect(r.status == 0 && r.stdout.contains("Examples:") && r.stdout.contains("USAGE"), "\(r.stdout)")
    }

    @Test("merging the partials of three shards writes build's bytes in every format and with build's options")
    func shardsGiveBuildsBytes() throws {
        let files = Self.articles
        let dir = Repo.temporaryFolder()
        let cuts = [0, files.count / 3, files.count * 2 / 3, files.count]
        var parts: [String] = []
        for i in 0..<3 {
            parts.append(dir.appendingPathComponent("p\(i).dgpart").path)
            let r = diplograph(
                ["extract"] + Array(files[cuts[i]..<cuts[i + 1]]) + Self.aliases + ["-o", parts[i], "--threads", "2"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for options in [
            [], ["--graph", "meetings"], ["--measure", "npmi", "--top", "25"],
            ["--types", "person,country", "--min-weight", "2"],
            ["--graph", "cooccurrence", "--measure", "dice", "--since", "2026-01-12", "--csv-flavor", "neo4j"],
        ] {
            let built = Repo.temporaryFolder()
            let merged = Repo.temporaryFolder()
            let b = diplograph(["build"] + files + Self.aliases + options + outputArgs(built))
            #expect(b.status == 0, "\(b.stderr)")
            let m = diplograph(["merge"] + parts + options + outputArgs(merged))
            #expect(m.status == 0, "\(m.stderr)")
            expectSameOutputs(built, merged, "merge \(options)")
            // The summary line is build's too.
            #expect(b.stderr.split(separator: "\n").last == m.stderr.split(separator: "\n").last)
        }
        // Without -o: the graph on standard output, as build writes it.
        let b = diplograph(["build"] + files + Self.aliases + ["--format", "dot"])
        let m = diplograph(["merge"] + parts + ["--format", "dot"])
        #expect(m.status == 0 && !m.stdout.isEmpty && m.stdout == b.stdout)
    }

    @Test("a window chosen at extract carries through merge; a different --window at merge is refused")
    func windowComesFromThePartials() throws {
        let files = Self.articles
        let dir = Repo.temporaryFolder()
        let p1 = dir.appendingPathComponent("a.dgpart").path
        let p2 = dir.appendingPathComponent("b.dgpart").path
        let half = files.count / 2
        for (part, shard) in [(p1, files[..<half]), (p2, files[half...])] {
            let r = diplograph(
                ["extract"] + Array(shard) + Self.aliases + [
                    "--window", "paragraph", "--cap-per-article", "2", "-o", part,
                ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let built = Repo.temporaryFolder()
        let merged = Repo.temporaryFolder()
        #expect(
            diplograph(
                ["build"] + files + Self.aliases + [
                    "--window", "paragraph", "--cap-per-article", "2", "--measure", "jaccard",
                ] + outputArgs(built)
            ).status == 0)
        #expect(diplograph(["merge", p1, p2, "--measure", "jaccard"] + outputArgs(merged)).status == 0)
        expectSameOutputs(built, merged, "window paragraph, cap 2")
        let out = dir.appendingPathComponent("w.graphml").path
        let r = diplograph("merge", p1, p2, "--window", "sentence", "-o", out)
        // --window sentence is the default, so only a window other than the partials' is refused.
        #expect(r.status == 0)
        let bad = diplograph("merge", p1, p2, "--window", "article", "-o", dir.appendingPathComponent("x.graphml").path)
        #expect(bad.status == 2 && bad.stderr.contains("extracted with --window paragraph"), "\(bad.stderr)")
        // Partials of different windows are not merged.
        let s = dir.appendingPathComponent("s.dgpart").path
        #expect(diplograph(["extract", files[0], "-o", s] + Self.aliases).status == 0)
        let mixed = diplograph("merge", p1, s, "-o", dir.appendingPathComponent("y.graphml").path)
        #expect(
            mixed.status == 2 && mixed.stderr.contains(s + ": error: extracted with --window sentence"),
            "\(mixed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.graphml").path))
        let table = diplograph("merge", p1, "--aliases", Repo.examples + "/aliases.tsv")
        #expect(table.status == 64 && table.stderr.contains("--aliases is an option of extract"), "\(table.stderr)")
    }

    @Test("daily updates: merge archive and today into the archive (in place) and the graph")
    func dailyUpdate() throws {
        let files = Self.articles
        let dir = Repo.temporaryFolder()
        let archive = dir.appendingPathComponent("archive.dgpart").path
        let graph = dir.appendingPathComponent("graph.graphml").path
        // Day 0: the archive is the first files; then one day of new files at a time.
        let days = [
            Array(files[..<(files.count / 2)]), Array(files[(files.count / 2)..<(files.count * 3 / 4)]),
            Array(files[(files.count * 3 / 4)...]),
        ]
        #expect(diplograph(["extract"] + days[0] + Self.aliases + ["-o", archive]).status == 0)
        var seen = days[0]
        for (n, day) in days.enumerated().dropFirst() {
            let today = dir.appendingPathComponent("day\(n).dgpart").path
            #expect(diplograph(["extract"] + day + Self.aliases + ["-o", today]).status == 0)
            let r = diplograph("merge", archive, today, "--partial-out", archive, "-o", graph)
            #expect(r.status == 0, "\(r.stderr)")
            seen += day
            let ref = dir.appendingPathComponent("ref.graphml").path
            let refPart = dir.appendingPathComponent("ref.dgpart").path
            #expect(diplograph(["build"] + seen + Self.aliases + ["-o", ref]).status == 0)
            #expect(diplograph(["extract"] + seen + Self.aliases + ["-o", refPart]).status == 0)
            #expect(
                Self.bytes(graph) != nil && Self.bytes(graph) == Self.bytes(ref),
                "day \(n): the graph differs from build's")
            #expect(
                Self.bytes(archive) == Self.bytes(refPart),
                "day \(n): the archive differs from extract over every file so far")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains(".tmp") || $0.hasPrefix(".")
        }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    @Test("extract --stdin-files reads files sent as JSON Lines like the files themselves")
    func stdinFiles() throws {
        let files = Array(Self.articles.prefix(5)) + [Repo.examples + "/README.md"]
        let dir = Repo.temporaryFolder()
        var lines: [String] = []
        for (i, f) in files.enumerated() {
            let data = try #require(Self.bytes(f))
            // Half as Base64, half as text; README.md as found in a folder (no reader: skipped).
            var record: [String: Any] = ["path": f]
            if i % 2 == 0 {
                record["base64"] = data.base64EncodedString()
            } else {
                record["text"] = String(decoding: data, as: UTF8.self)
            }
            if f.hasSuffix(".md") { record["folder"] = true }
            lines.append(
                String(
                    decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
            )
        }
        let fromStdin = dir.appendingPathComponent("stdin.dgpart").path
        let fromFiles = dir.appendingPathComponent("files.dgpart").path
        let r = diplograph(
            ["extract", "-", "--stdin-files", "-o", fromStdin] + Self.aliases,
            stdin: lines.joined(separator: "\n") + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(diplograph(["extract"] + files.dropLast() + Self.aliases + ["-o", fromFiles]).status == 0)
        #expect(Self.bytes(fromStdin) != nil && Self.bytes(fromStdin) == Self.bytes(fromFiles))
        // A bad record is an error naming standard input and the line; the others are read.
        let bad = diplograph(
            ["extract", "-", "--stdin-files", "-o", fromStdin] + Self.aliases,
            stdin: lines[0] + "\n{\"path\": 3}\nnot json\n")
        #expect(
            bad.status == 0 && bad.stderr.contains("-:2: error: skipped file record: no \"path\" string")
                && bad.stderr.contains("-:3: error: skipped file record: not a JSON object"), "\(bad.stderr)")
        // Nothing readable at all: exit 2 and no partial.
        let none = dir.appendingPathComponent("none.dgpart").path
        let empty = diplograph(["extract", "-", "--stdin-files", "-o", none], stdin: "garbage\n")
        #expect(empty.status == 2 && !FileManager.default.fileExists(atPath: none))
    }

    @Test("truncated, corrupt, foreign and missing partials are refused with exit 2, the file named, nothing written")
    func badPartials() throws {
        let dir = Repo.temporaryFolder()
        let good = dir.appendingPathComponent("good.dgpart").path
        #expect(diplograph(["extract", Self.articles[0], "-o", good]).status == 0)
        let data = try #require(Self.bytes(good))
        var flipped = data
        flipped[data.count - 10] ^= 0x40
        var version = data
        version[8] = 7
        let cases: [(String, Data, String)] = [
            ("cut.dgpart", data.prefix(data.count - 3), "truncated partial"),
            ("flipped.dgpart", flipped, "corrupt partial: checksum mismatch"),
            ("text.dgpart", Data("Seoul, Jan. 12 -- talks.\n".utf8), "not a Diplograph partial"),
            ("version.dgpart", version, "partial format version 7"),
        ]
        let out = dir.appendingPathComponent("out.graphml").path
        for (name, bytes, message) in cases {
            let path = dir.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: bytes))
            let r = diplograph(
                "merge", good, path, "-o", out, "--partial-out", dir.appendingPathComponent("m.dgpart").path)
            #expect(r.status == 2 && r.stderr.contains("\(path): error: \(message)"), "\(name): \(r.stderr)")
        }
        let missing = diplograph("merge", dir.appendingPathComponent("nope.dgpart").path, "-o", out)
        #expect(missing.status == 2 && missing.stderr.contains("nope.dgpart: error: cannot read file"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.dgpart").path))
    }
}
