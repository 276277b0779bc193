import DiplographCore
import DiplographXML
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The code the fuzzers run on one input, shared by the libFuzzer targets (`pipeline-fuzz`,
/// `graphml-fuzz`), their regression runners and `FuzzRegressionTests`, so that a crashing
/// input replays exactly the same work in-process.
///
/// Every function must return normally for every input: a crash, a trap (array bounds,
/// overflow, force unwrap) or a failed invariant (`check`) is a finding.
public enum FuzzEntry {
    /// The input modes of `pipeline`, chosen by `first byte % 5`; the rest of the input is the file.
    public enum Mode: Int, CaseIterable, Sendable {
        case plainText = 0, jsonLines, html, feed, aliasTable

        /// The file extension that makes the pipeline pick this mode's reader.
        public var fileExtension: String {
            switch self {
            case .plainText: "txt"
            case .jsonLines: "jsonl"
            case .html: "html"
            case .feed: "rss"
            case .aliasTable: "tsv"
            }
        }
    }

    /// Every target by name: `make fuzz` builds and runs `NAME-fuzz` for each name in the
    /// Makefile's FUZZ_TARGETS, and FuzzRegressionTests replays `fuzz/regressions/NAME` and
    /// `fuzz/corpus/NAME` through `run` (fuzz/README.md: adding a target).
    public static let targets: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("pipeline", { pipeline($0) }),
        ("graphml", { graphML($0) }),
    ]

    /// The default alias table, parsed once.
    static let options: PipelineOptions = {
        let table = (try? AliasTables.load(files: [], includeDefault: true)) ?? AliasTable()
        return PipelineOptions(aliasTable: table, readers: XMLReaders.all)
    }()

    /// The resolver of `options`, built once (building the alias index dominates a small run).
    static let resolver = Resolver(table: options.aliasTable)

    /// A scratch folder for the one file a pipeline run reads (in memory when /dev/shm exists).
    static let scratch: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = base + "/diplograph-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// A new empty folder inside `scratch`, for one run's files.
    static func privateFolder() -> String {
        let dir = scratch + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// bytes → reader (by the first byte) → sentences → resolver (default table) → meetings and
    /// co-occurrence → aggregation and merging → graph → DOT and JSON. Mode 4 parses the rest
    /// as an alias table instead and resolves a fixed sentence with it. Returns the pipeline's
    /// work count (tests check that it grows linearly with the input).
    @discardableResult
    public static func pipeline(_ data: [UInt8]) -> WorkCount {
        guard let first = data.first else { return WorkCount() }
        let mode = Mode(rawValue: Int(first) % Mode.allCases.count)!
        let body = Array(data.dropFirst())
        var options = options
        var resolver = resolver
        var file: [UInt8] = body
        if mode == .aliasTable {
            let text = String(decoding: body, as: UTF8.self)
            _ = AliasTables.lint(text: text, file: "fuzz.tsv")
            let parsed = AliasTables.parse(text, file: "fuzz.tsv")
            options.aliasTable = options.aliasTable.overridden(by: AliasTable(entries: parsed.table.entries))
            resolver = Resolver(table: options.aliasTable)
            file = Array(probeArticle.utf8)
        }
        let ext = mode == .aliasTable ? "txt" : mode.fileExtension
        // A folder of its own per run: tests call this concurrently, and the file name (the
        // article id) stays "input".
        let dir = privateFolder()
        let path = dir + "/input." + ext
        guard FileManager.default.createFile(atPath: path, contents: Data(file)) else { return WorkCount() }
        defer {
            unlink(path)
            rmdir(dir)
        }
        let corpus = Pipeline.run(inputs: [path], options: options, threads: 1, resolver: resolver)
        for kind in GraphKind.allCases {
            var graphOptions = GraphOptions()
            graphOptions.kind = kind
            let graph = GraphBuilder.build(corpus, options: graphOptions)
            check(graph)
            _ = DOTWriter().render(graph)
            _ = JSONGraphWriter().render(graph)
        }
        _ = ContractJSON.entities(corpus.entities.entities).rendered(pretty: true)
        _ = ContractJSON.meetings(corpus.meetings, entities: corpus.entities).rendered()
        return corpus.work
    }

    /// An article the alias-table mode resolves with the fuzzed table.
    static let probeArticle = """
        Talks in Seoul

        SEOUL, Jan 12 (Wire) - Foreign Minister Cho Hyun met U.S. Secretary of State Marco Rubio \
        in Seoul on Monday. Rubio later met Wang Yi and Sergei Lavrov in Beijing.
        """

    /// bytes → GraphMLReader → GraphMLWriter → GraphMLReader → GraphMLWriter: the second read
    /// must give the same counts and the two writes the same bytes.
    public static func graphML(_ data: [UInt8]) {
        guard let graph = try? GraphMLReader().read(bytes: data, name: "fuzz.graphml") else { return }
        check(graph)
        let first = write(graph)
        guard let again = try? GraphMLReader().read(bytes: first, name: "roundtrip.graphml") else {
            fatalError("GraphML written from a graph that was read does not read back")
        }
        precondition(
            again.nodeCount == graph.nodeCount && again.edgeCount == graph.edgeCount,
            "round trip changed the counts")
        let second = write(again)
        precondition(first == second, "GraphML round trip is not stable")
    }

    static func write(_ graph: AttributedGraph) -> [UInt8] {
        let dir = privateFolder()
        let path = dir + "/roundtrip.graphml"
        defer {
            unlink(path)
            rmdir(dir)
        }
        do {
            try GraphMLWriter().write(graph, toTemporaryFile: path)
        } catch {
            fatalError("GraphMLWriter failed on a graph that was read: \(error)")
        }
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    /// The invariants every graph keeps.
    static func check(_ g: AttributedGraph) {
        precondition(g.labels.count == g.nodeCount, "labels")
        precondition(g.sources.count == g.edgeCount && g.targets.count == g.edgeCount, "edge ends")
        for a in g.nodeAttributes { precondition(a.values.count == g.nodeCount, "node column \(a.name)") }
        for a in g.edgeAttributes { precondition(a.values.count == g.edgeCount, "edge column \(a.name)") }
        for i in 0..<g.edgeCount {
            precondition(
                g.sources[i] >= 0 && g.sources[i] < g.nodeCount && g.targets[i] >= 0 && g.targets[i] < g.nodeCount,
                "edge end out of range")
        }
    }

    /// Runs `body` over every file named, folders walked recursively (hidden files skipped);
    /// returns the number of inputs run. The regression runner of each fuzzer.
    public static func replay(_ paths: [String], _ body: ([UInt8]) -> Void) -> Int {
        var count = 0
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("\(path): no such file or folder\n".utf8))
                continue
            }
            if isDir.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
                    !$0.hasPrefix(".")
                }.sorted()
                count += replay(names.map { path + "/" + $0 }, body)
            } else if let data = FileManager.default.contents(atPath: path) {
                body([UInt8](data))
                count += 1
            }
        }
        return count
    }

    /// The entry point of a fuzz executable named `name`. Built with `-DFUZZING` (and
    /// `-sanitize=fuzzer`) it starts libFuzzer's driver with `testOneInput` (the executable's
    /// `LLVMFuzzerTestOneInput`); otherwise it is the regression runner: every file or folder
    /// named on the command line runs once through `target`.
    public static func main(
        name: String, testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt,
        target: ([UInt8]) -> Void
    ) -> Never {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
            let paths = Array(CommandLine.arguments.dropFirst())
            guard !paths.isEmpty else {
                print("usage: \(name) FILE|FOLDER...")
                exit(0)
            }
            let n = replay(paths, target)
            print("\(name): ran \(n) inputs without a crash")
            exit(0)
        #endif
    }
}

#if FUZZING
    /// libFuzzer's driver (linked by -sanitize=fuzzer). SwiftPM links an executable target with
    /// `main` defined as the module's entry point, so libFuzzer's own `main` is never linked.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt
#endif
