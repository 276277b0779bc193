import Foundation

/// Writes a graph in one file format.
public protocol GraphFormatWriter: Sendable {
    /// Lower-case extensions without the dot that select this writer in `-o`.
    var extensions: [String] { get }
    /// Writes `graph` to the file at `path` (a temporary path: the caller renames it into place).
    func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws
    /// The files `writeAtomically(_:to:)` creates for the output path `path` (`[path]` for
    /// one-file formats; CSV writes `NAME.nodes.csv` and `NAME.edges.csv`).
    func outputPaths(for path: String) -> [String]
    /// Writes `graph` for the output path `path`: every file to a temporary path first, all of
    /// them renamed into place only once all are complete.
    func writeAtomically(_ graph: AttributedGraph, to path: String) throws
}

extension GraphFormatWriter {
    /// `[path]`: one file.
    public func outputPaths(for path: String) -> [String] { [path] }

    /// Writes `graph` to a temporary file beside `path`, then renames it over `path`.
    public func writeAtomically(_ graph: AttributedGraph, to path: String) throws {
        try AtomicOutput.write(to: path) { try write(graph, toTemporaryFile: $0) }
    }
}

/// An output that cannot be written; prints as `path: error: message`.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The output path.
    public var path: String
    /// What went wrong.
    public var message: String
    /// An error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}

/// Writes outputs atomically: to a temporary file beside the target, then renamed over it, so
/// that an interrupted or failed run never leaves a half-written file where a graph is expected.
public enum AtomicOutput {
    /// Checks, before any work is done, that `path`'s folder exists and is writable.
    public static func checkWritable(_ path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError(path: path, message: "the folder '\(folder)' does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw OutputError(path: path, message: "the folder '\(folder)' is not writable")
        }
        // Permission bits do not stop root, and some folders (/proc, read-only mounts) refuse
        // files whatever access(2) says: create and remove a probe file to be sure.
        let probe = folder + "/.diplograph-probe-\(getpid())"
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            throw OutputError(
                path: path,
                message: "cannot create files in the folder '\(folder)': " + String(cString: strerror(errno)))
        }
        close(fd)
        unlink(probe)
    }

    /// Calls `body` with a temporary path beside `path`, then renames it to `path`. The temporary
    /// file is removed when `body` throws.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let tmp = (dir.isEmpty ? "" : dir + "/") + ".\(name).tmp-\(getpid())"
        TemporaryFiles.shared.register(tmp)
        defer { TemporaryFiles.shared.unregister(tmp) }
        do {
            try body(tmp)
            guard rename(tmp, path) == 0 else {
                throw OutputError(path: path, message: String(cString: strerror(errno)))
            }
        } catch {
            unlink(tmp)
            throw error
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try write(to: path) { tmp in
            guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
                throw OutputError(path: path, message: "cannot write file")
            }
        }
    }
}

/// Temporary output files in flight, removed on Ctrl-C.
public final class TemporaryFiles: Sendable {
    /// The files of this process.
    public static let shared = TemporaryFiles()
    private let paths = Locked(Set<String>())

    /// Records a temporary file being written.
    public func register(_ p: String) { paths.withLock { _ = $0.insert(p) } }
    /// Forgets a temporary file (renamed or removed).
    public func unregister(_ p: String) { paths.withLock { _ = $0.remove(p) } }

    /// Removes every registered file (called from the interrupt handler).
    public func removeAll() {
        paths.withLock { paths in
            for p in paths { unlink(p) }
            paths.removeAll()
        }
    }
}

/// A writer that streams one file through a `ByteSink` (DOT, JSON): it gets the temporary-file
/// write and an in-memory `render` from its `write(_:to:)`.
public protocol StreamingGraphWriter: GraphFormatWriter {
    /// Streams `graph` into `out` (the caller closes it).
    func write(_ graph: AttributedGraph, to out: ByteSink)
}

extension StreamingGraphWriter {
    /// The text of `graph` (for tests and small graphs; `write` streams).
    public func render(_ graph: AttributedGraph) -> String {
        let out = ByteSink()
        write(graph, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Streams `graph` into the file at `path`.
    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        let out = try ByteSink(path: path)
        write(graph, to: out)
        try out.close()
    }
}
