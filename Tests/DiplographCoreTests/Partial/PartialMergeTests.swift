import Foundation
import Testing

@testable import DiplographCore

/// The repository and `../shared` (absent in a user's clone: those corpora are skipped).
private let repo: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // file, Partial, DiplographCoreTests, Tests
    return url
}()
private let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
private let producer = "diplograph test"

/// A corpus to split: its article files in input order and its alias table.
struct LawCorpus: CustomStringConvertible {
    var name: String
    var files: [String]
    var table: AliasTable
    var description: String { "\(name) (\(files.count) files)" }

    static func folder(_ name: String, _ path: String, aliases: [String] = []) throws -> LawCorpus {
        let files = InputCollector.collect([path]).files.map(\.path).filter { $0.hasSuffix(".txt") }
        return LawCorpus(name: name, files: files, table: try AliasTables.load(files: aliases, includeDefault: true))
    }

    static let examples: LawCorpus? = try? folder(
        "examples", repo.appendingPathComponent("examples").path,
        aliases: [repo.appendingPathComponent("examples/aliases.tsv").path])
    static let seeds: LawCorpus? = {
        let p = shared.appendingPathComponent("seeds").path
        return FileManager.default.fileExists(atPath: p) ? try? folder("seeds", p) : nil
    }()
    /// 1 MB from ../shared/bench/gen_corpus.py (about 240 articles), made once per test run.
    static let generated: LawCorpus? = {
        let gen = shared.appendingPathComponent("bench/gen_corpus.py").path
        guard FileManager.default.fileExists(atPath: gen) else { return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-law-\(getpid())/gen").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", gen, "1", "11", dir]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return try? folder("generated", dir)
    }()
}

/// Extracting shards and merging their partials must give exactly what one run over the whole
/// corpus gives: the same partial (byte for byte) and the same corpus.
@Suite("Partials: the merge law")
struct PartialMergeTests {
    static func roundTrip(_ p: PartialCorpus) throws -> PartialCorpus {
        try PartialFile.decode(PartialFile.encode(p, producer: producer), path: "test.dgpart", producer: producer)
    }

    /// Merges `parts` along a random binary tree, each intermediate partial written and read back.
    static func mergeTree(_ parts: ArraySlice<PartialCorpus>, _ rng: inout SplitMix) throws -> PartialCorpus {
        if parts.count == 1 { return parts.first! }
        let cut = Int.random(in: (parts.startIndex + 1)..<parts.endIndex, using: &rng)
        let left = try mergeTree(parts[..<cut], &rng)
        let right = try mergeTree(parts[cut...], &rng)
        left.append(right)
        return try roundTrip(left)
    }

    static func expectSame(_ a: CorpusResult, _ b: CorpusResult, _ context: String) {
        #expect(a.entities.entities == b.entities.entities, "entities differ: \(context)")
        #expect(a.entities.remap == b.entities.remap, "acronym remap differs: \(context)")
        #expect(a.meetings == b.meetings, "meetings differ: \(context)")
        #expect(a.cooccurrence == b.cooccurrence, "co-occurrences differ: \(context)")
        #expect(a.entityWindows == b.entityWindows, "entity windows differ: \(context)")
        #expect(
            a.totalWindows == b.totalWindows && a.articleCount == b.articleCount && a.skippedFiles == b.skippedFiles,
            "counts differ: \(context)")
        #expect(a.diagnostics == b.diagnostics, "diagnostics differ: \(context)")
    }

    /// Random splits (contiguous shards; every other trial the shards are also shuffled, and the
    /// whole run reads the files in that order), random merge trees, random window and cap.
    static func checkLaw(_ c: LawCorpus, trials: Int, seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        let resolver = Resolver(table: c.table)
        for trial in 0..<trials {
            var options = PipelineOptions(aliasTable: c.table)
            options.window = CooccurrenceWindow.allCases.randomElement(using: &rng)!
            options.capPerArticle = Bool.random(using: &rng) ? nil : Int.random(in: 1...3, using: &rng)
            let k = Int.random(in: 1...min(7, c.files.count), using: &rng)
            var cuts = Array((1..<c.files.count).shuffled(using: &rng).prefix(k - 1)).sorted()
            cuts = [0] + cuts + [c.files.count]
            var shards = (0..<k).map { Array(c.files[cuts[$0]..<cuts[$0 + 1]]) }
            if trial % 2 == 1 { shards.shuffle(using: &rng) }
            let context =
                "\(c), trial \(trial): \(shards.map(\.count)) files per shard, window \(options.window), cap \(options.capPerArticle.map(String.init) ?? "none")"

            let whole = Pipeline.extract(
                inputs: shards.flatMap { $0 }, options: options, threads: 1, resolver: resolver)
            let wholeBytes = PartialFile.encode(whole, producer: producer)
            var parts: [PartialCorpus] = []
            for shard in shards {
                let threads = Int.random(in: 1...2, using: &rng)
                parts.append(
                    try roundTrip(
                        Pipeline.extract(inputs: shard, options: options, threads: threads, resolver: resolver)))
            }
            let merged = try mergeTree(parts[...], &rng)
            let mergedBytes = PartialFile.encode(merged, producer: producer)
            let samePartial = mergedBytes == wholeBytes
            #expect(samePartial, "the merged partial differs from the whole one: \(context)")
            expectSame(Pipeline.finish(merged, inputs: []), Pipeline.finish(whole, inputs: []), context)
        }
    }

    @Test("examples/: random splits and merge trees give the partial and corpus of one run")
    func examples() throws {
        let c = try #require(LawCorpus.examples)
        try Self.checkLaw(c, trials: 8, seed: 17)
    }

    @Test(
        "seeds: random splits and merge trees give the partial and corpus of one run",
        .enabled(if: LawCorpus.seeds != nil, "../shared/seeds is missing"))
    func seeds() throws {
        // The seeds with examples/ after them: articles of both kinds in one corpus.
        var c = try #require(LawCorpus.seeds)
        c.files += LawCorpus.examples?.files ?? []
        try Self.checkLaw(c, trials: 6, seed: 29)
    }

    @Test(
        "a generated corpus (1 MB): random splits and merge trees give the partial and corpus of one run",
        .enabled(if: LawCorpus.generated != nil, "../shared/bench/gen_corpus.py is missing or failed"))
    func generated() throws {
        try Self.checkLaw(try #require(LawCorpus.generated), trials: 3, seed: 41)
    }

    @Test("merging an empty partial changes nothing; a partial survives being written and read")
    func emptyAndRoundTrip() throws {
        let c = try #require(LawCorpus.examples)
        let options = PipelineOptions(aliasTable: c.table)
        let p = Pipeline.extract(inputs: c.files, options: options, threads: 1)
        let bytes = PartialFile.encode(p, producer: producer)
        let q = try Self.roundTrip(p)
        q.append(PartialCorpus(settings: p.settings))
        #expect(PartialFile.encode(q, producer: producer) == bytes)
        let e = PartialCorpus(settings: p.settings)
        e.append(try Self.roundTrip(p))
        #expect(PartialFile.encode(e, producer: producer) == bytes)
        #expect(p.articleCount == c.files.count)
    }

    @Test("a report's stated year survives a partial file")
    func statedYearRoundTrip() throws {
        let c = try #require(LawCorpus.examples)
        let p = Pipeline.extract(
            inputs: Array(c.files.prefix(1)), options: PipelineOptions(aliasTable: c.table), threads: 1)
        let r = MeetingReport(
            participants: ["ana-lind", "tomas-berg"], status: .held,
            evidence: [Evidence(article: "n1", sentence: "s", offset: 0)], statedYear: 2027)
        p.reports.append(r)
        let q = try Self.roundTrip(p)
        #expect(q.reports[q.reports.count - 1] == r)
        #expect(q.reports[q.reports.count - 1].statedYear == 2027)
    }
}

/// Partials that are not whole, not partials, or of another version are refused, never read.
@Suite("Partials: refused files")
struct PartialFileErrorTests {
    static let bytes: [UInt8] = {
        let c = LawCorpus.examples!
        let p = Pipeline.extract(
            inputs: Array(c.files.prefix(3)), options: PipelineOptions(aliasTable: c.table), threads: 1)
        return PartialFile.encode(p, producer: producer)
    }()

    func refusal(_ b: [UInt8], producer: String = producer) -> String? {
        do {
            _ = try PartialFile.decode(b, path: "x.dgpart", producer: producer)
            return nil
        } catch let e as PartialFileError {
            #expect(e.path == "x.dgpart")
            return e.message
        } catch {
            Issue.record("unexpected error \(error)")
            return "\(error)"
        }
    }

    /// Offset of the payload (after magic, version, producer, length and checksum).
    var payloadStart: Int { 8 + 4 + 2 + producer.utf8.count + 16 }

    @Test func truncatedAtEveryLengthIsRefused() throws {
        let b = Self.bytes
        #expect(refusal(b) == nil)
        for n in stride(from: 0, to: b.count, by: max(1, b.count / 300)) {
            let m = try #require(refusal(Array(b[..<n])), "a partial cut at \(n) bytes was read")
            #expect(m.contains("truncated") || m.contains("no partial header"), "\(m)")
        }
        #expect(refusal(Array(b.dropLast()))?.hasSuffix("payload bytes") == true)
    }

    @Test func flippedBytesAndTrailingBytesAreRefused() throws {
        var rng = SplitMix(seed: 5)
        for _ in 0..<200 {
            var b = Self.bytes
            let i = Int.random(in: payloadStart..<b.count, using: &rng)
            b[i] ^= UInt8.random(in: 1...255, using: &rng)
            #expect(refusal(b) == "corrupt partial: checksum mismatch")
        }
        #expect(refusal(Self.bytes + [0])?.contains("after the end of the payload") == true)
    }

    @Test func notAPartialOrAnotherVersionIsRefused() throws {
        #expect(
            refusal(Array("Tokyo, Jan. 12 -- The foreign ministers met.".utf8))?.contains("not a Diplograph partial")
                == true)
        #expect(refusal([])?.contains("not a Diplograph partial") == true)
        // The version before this one (1 had no article addresses) and one from the future.
        for other in [PartialFile.formatVersion - 1, PartialFile.formatVersion + 1] {
            var v = Self.bytes
            v[8] = UInt8(other)
            #expect(refusal(v)?.contains("partial format version \(other)") == true)
        }
        #expect(
            refusal(Self.bytes, producer: "diplograph 9.9")?.contains("written by \(producer); this is diplograph 9.9")
                == true)
    }

    /// A payload whose checksum was made to match after random changes (a crafted file) is
    /// refused or read, never a crash.
    @Test func craftedPayloadsNeverCrashTheReader() throws {
        var rng = SplitMix(seed: 9)
        var refused = 0
        for round in 0..<300 {
            var b = Self.bytes
            for _ in 0..<(1 + round % 4) {
                let i = Int.random(in: payloadStart..<b.count, using: &rng)
                b[i] = UInt8.random(in: 0...255, using: &rng)
            }
            var h = FNV1a()
            b.withUnsafeBytes { h.add(UnsafeRawBufferPointer(rebasing: $0[payloadStart...])) }
            for k in 0..<8 { b[payloadStart - 8 + k] = UInt8(truncatingIfNeeded: h.value >> (8 * k)) }
            if let m = refusal(b) {
                #expect(m.hasPrefix("corrupt partial: "), "\(m)")
                refused += 1
            }
        }
        #expect(refused > 0)
    }
}

@Suite("Partials: article addresses")
struct PartialAddressTests {
    @Test("the articles' addresses survive a partial file and a merge, and reach the graph")
    func addresses() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dg-urls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ id: String, url: String?) throws -> String {
            let path = dir.appendingPathComponent(name).path
            let address = url.map { #", "url": "\#($0)""# } ?? ""
            let line =
                #"{"id": "\#(id)", "title": "Talks", "text": "Minister Tomas Varga met Minister Hana Ortiz in Oslo on Monday."\#(address)}"#
            try (line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let a = try file("a.jsonl", "a1", url: "https://example.org/a1")
        let b = try file("b.jsonl", "b1", url: "https://example.org/b1")
        let c = try file("c.jsonl", "c1", url: nil)
        let options = PipelineOptions(aliasTable: AliasTable())
        func partial(_ inputs: [String]) throws -> PartialCorpus {
            let p = Pipeline.extract(inputs: inputs, options: options, threads: 1)
            return try PartialFile.decode(PartialFile.encode(p, producer: "test"), path: "t.dgpart", producer: "test")
        }
        let merged = try partial([a])
        merged.append(try partial([b, c]))
        let expected = ["a1": "https://example.org/a1", "b1": "https://example.org/b1"]
        #expect(merged.articleURLs == expected)
        #expect(Pipeline.extract(inputs: [a, b, c], options: options, threads: 1).articleURLs == expected)
        let g = GraphBuilder.build(Pipeline.finish(merged, inputs: [a, b, c]))
        #expect(g.articleURLs == expected)
    }
}
