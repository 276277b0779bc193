import Foundation
import Testing

/// Paths and helpers for tests that run the real `diplograph` executable and real consumers.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds/gold.json").path)
    }
    static var seeds: String { shared.appendingPathComponent("seeds").path }
    static var examples: String { root.appendingPathComponent("examples").path }

    /// The `diplograph` of the build these tests belong to: the one beside the test bundle, in
    /// the same build folder and configuration (`swift test` builds it with the tests; `make
    /// sanitize`'s own scratch path gives the sanitized one). Never a binary of another build
    /// (`.build/release`, an older debug build): a stale binary would test old code.
    static let executable: String = {
        var folders: [URL] = []
        if let main = Bundle.main.executableURL { folders.append(main.deletingLastPathComponent()) }
        // Where a helper runs the tests (macOS), the test bundle is loaded beside the build's products.
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }
            .map { $0.bundleURL.deletingLastPathComponent() }
        for folder in folders {
            let p = folder.appendingPathComponent("diplograph").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        let expected = folders.first?.appendingPathComponent("diplograph").path ?? "diplograph"
        FileHandle.standardError.write(
            Data(
                """
                error: no diplograph executable beside the test bundle (\(expected)); \
                build it with the tests: swift build --build-tests, or swift test\n
                """.utf8))
        return expected
    }()

    static func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func python(has modules: String...) -> Bool {
        guard tool("python3") != nil else { return false }
        let r = run("python3", ["-c", "import " + modules.joined(separator: ", ")])
        return r.status == 0
    }

    static func temporaryFolder() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program (a path, or a name looked up on PATH) and collects its output.
func run(_ program: String, _ args: [String], stdin: String? = nil, cwd: String? = nil) -> RunResult {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program.contains("/") ? program : (Repo.tool(program) ?? program))
    p.arguments = args
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let input = Pipe()
    p.standardInput = input
    do { try p.run() } catch { return RunResult(status: -1, stdout: "", stderr: "\(error)") }
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    // Read both pipes concurrently so that a full stderr pipe cannot block the child.
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
    return RunResult(
        status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs the diplograph executable.
func diplograph(_ args: String..., stdin: String? = nil) -> RunResult {
    run(Repo.executable, args, stdin: stdin)
}

func diplograph(_ args: [String], stdin: String? = nil) -> RunResult {
    run(Repo.executable, args, stdin: stdin)
}
