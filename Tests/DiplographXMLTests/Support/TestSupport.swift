import DiplographCore
import Foundation

/// Paths and subprocess helpers shared by the XML tests.
enum TestEnv {
    /// The repository root, found from this file's path.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<repo>/../shared` (schemas); absent in a user's clone.
    static let shared: URL = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let graphMLSchema = shared.appendingPathComponent("schemas/graphml/graphml.xsd").path
    static let gexfSchema = shared.appendingPathComponent("schemas/gexf/1.3/gexf.rng").path
    static var hasSchemas: Bool {
        FileManager.default.fileExists(atPath: graphMLSchema) && FileManager.default.fileExists(atPath: gexfSchema)
    }

    static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// The full path of an executable on PATH, or nil.
    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static var hasXmllint: Bool { which("xmllint") != nil }

    /// True when `python3 -c "import <module>"` succeeds.
    static func hasPython(_ module: String) -> Bool {
        guard which("python3") != nil else { return false }
        return (try? run("python3", ["-c", "import \(module)"]).status) == 0
    }

    static let hasNetworkX = hasPython("networkx")
    static let hasIGraph = hasPython("igraph")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a tool from PATH and waits for it.
    static func run(_ tool: String, _ args: [String], stdin: String? = nil) throws -> Result {
        guard let exe = which(tool) else { throw CocoaError(.fileNoSuchFile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        // Standard error goes to a file, so a chatty tool cannot block on a full pipe while we
        // read standard output.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diplograph-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = errHandle
        let inPipe = Pipe()
        p.standardInput = inPipe
        try p.run()
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try? errHandle.close()
        // Read through a FileHandle: Data(contentsOf:) leaks a 4 KB buffer on an empty file
        // (swift-foundation), which LeakSanitizer reports when the suite runs under ASan.
        let errData: Data = {
            guard let h = try? FileHandle(forReadingFrom: errURL) else { return Data() }
            defer { try? h.close() }
            return (try? h.readToEnd()) ?? Data()
        }()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func tempDir() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}

/// Small hand-made graphs with every awkward label the writers must survive.
enum SampleGraphs {
    static let awkwardLabels = [
        "Kim \"Jong\" Un & <Co>",  // quotes, ampersand, angle brackets
        "中国",  // CJK
        "Ctrl\u{1}Char\u{0B}X",  // control characters XML forbids
        "1st Division",  // leading digit
        "Node",  // a DOT keyword
        "Tab\tand\nnewline",
    ]

    static func small() -> AttributedGraph {
        var g = AttributedGraph()
        g.description = "Test graph: <quotes> & \"ampersands\" \u{2}"
        g.labels = awkwardLabels
        let n = awkwardLabels.count
        g.nodeAttributes = [
            Attribute(
                name: "type", type: .string,
                values: .string(["person", "country", "organization", "place", nil, "person"])),
            Attribute(name: "mentions", type: .int, values: .int([12, 7, nil, 1, 3, 0])),
            Attribute(name: "score", type: .double, values: .double([0.5, 2, 1e-3, nil, 3.25, -1])),
            Attribute(name: "official", type: .boolean, values: .bool([true, false, nil, true, false, true])),
        ]
        precondition(g.nodeAttributes.allSatisfy { $0.values.count == n })
        g.sources = [0, 0, 1, 2, 3, 4]
        g.targets = [1, 2, 3, 4, 5, 5]
        g.weights = [3, 1.5, 1, 0.125, 2, 7]
        g.edgeAttributes = [
            Attribute(
                name: "kind", type: .string,
                values: .string(["meeting", "cooccurrence", "both", nil, "meeting", "cooccurrence"])),
            Attribute(name: "meetings", type: .int, values: .int([2, 0, 1, nil, 1, 0])),
            Attribute(
                name: "meeting_dates", type: .string,
                values: .string(["2025-09-28; 2025-10-02", nil, "2024-06", nil, "2023", nil])),
            Attribute(name: "articles", type: .int, values: .int([3, 1, 1, 1, 2, 1])),
        ]
        return g
    }
}
