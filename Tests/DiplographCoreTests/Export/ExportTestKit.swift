import Foundation

@testable import DiplographCore

/// Helpers for the export tests: external tools, temporary folders and a small tricky graph.
enum ExportTestKit {
    static func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static var hasDot: Bool { tool("dot") != nil }

    static func python(has modules: String...) -> Bool {
        guard tool("python3") != nil else { return false }
        return run("python3", ["-c", "import " + modules.joined(separator: ", ")]).status == 0
    }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs a program found on PATH and collects its output.
    static func run(_ program: String, _ args: [String]) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool(program) ?? program)
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return Result(status: -1, stdout: Data(), stderr: "\(error)") }
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() -> String {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-export-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u.path
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Labels that break naive DOT, JSON and CSV writers.
    static let trickyLabels = [
        "Choe Son Hui",
        "say \"hi\"",
        "C:\\path\\",
        "Node",
        "node",
        "GRAPH",
        "1st Army",
        "line one\nline two",
        "中国 외교부",
        "bell\u{07}tab\tend",
        "comma, and \"quote\"",
    ]

    /// A graph with the GraphBuilder attribute names, tricky labels and every attribute type.
    static func trickyGraph() -> AttributedGraph {
        var g = AttributedGraph()
        g.description = "Test graph \"tricky\" with a backslash \\ and\na newline"
        g.labels = trickyLabels
        let n = g.labels.count
        let types = ["person", "country", "organization", "place"]
        g.nodeAttributes = [
            Attribute(name: GraphKeys.entityID, type: .string, values: .string((0..<n).map { "entity-\($0)" })),
            Attribute(
                name: GraphKeys.type, type: .string, values: .string((0..<n).map { i in i == 4 ? nil : types[i % 4] })),
            Attribute(name: GraphKeys.mentions, type: .int, values: .int((0..<n).map { $0 == 3 ? nil : $0 * 3 + 1 })),
            Attribute(
                name: GraphKeys.affiliation, type: .string,
                values: .string(
                    (0..<n).map { i in
                        i % 3 == 0 ? "North Korea" : (i % 3 == 1 ? "China \"PRC\"" : nil)
                    })),
            Attribute(name: "score", type: .double, values: .double((0..<n).map { Double($0) / 4 })),
            Attribute(name: "verified", type: .boolean, values: .bool((0..<n).map { $0 % 2 == 0 })),
            Attribute(name: "color", type: .string, values: .string((0..<n).map { _ in "blue" })),
        ]
        g.sources = [0, 0, 1, 2, 7, 8]
        g.targets = [1, 8, 2, 10, 9, 10]
        g.weights = [5, 1, 2.5, 12, 1, 3]
        g.edgeAttributes = [
            Attribute(
                name: GraphKeys.kind, type: .string,
                values: .string(["both", "cooccurrence", "meeting", "cooccurrence", "cooccurrence", "meeting"])),
            Attribute(name: GraphKeys.cooccurrences, type: .int, values: .int([3, 1, 0, 12, 1, 0])),
            Attribute(name: GraphKeys.meetings, type: .int, values: .int([2, 0, 1, 0, 0, 5])),
            Attribute(
                name: GraphKeys.firstMeeting, type: .string,
                values: .string(["2025-09-02", nil, "2024-05", nil, nil, "2023-01-01"])),
            Attribute(
                name: GraphKeys.lastMeeting, type: .string,
                values: .string(["2025-09-28", nil, "2024-05", nil, nil, "2025-02-01"])),
            Attribute(
                name: GraphKeys.meetingDates, type: .string,
                values: .string([
                    "2025-09-02; 2025-09-28", nil, "2024-05", nil, nil,
                    "2023-01-01; 2023-06-01; 2024-01-01; 2025-02-01",
                ])),
            Attribute(
                name: GraphKeys.evidence, type: .string,
                values: .string([
                    "a1: They met, \"warmly\",\nin Beijing.", nil, nil, "a2: Text with \\ backslash", nil, nil,
                ])),
        ]
        return g
    }
}
