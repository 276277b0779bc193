import Foundation

/// read(2), named so that `ReaderRegistry.read` does not hide it.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }

/// One input file (or standard input).
public struct InputFile: Sendable, Hashable {
    /// The path as given or found while walking a folder; `-` for standard input.
    public var path: String
    /// True when the file was found by walking a folder (rather than named by the user).
    /// Such files are read only when a reader knows their extension.
    public var fromFolder: Bool

    /// An input file; `fromFolder` is true when it was found by walking a folder.
    public init(path: String, fromFolder: Bool = false) {
        self.path = path
        self.fromFolder = fromFolder
    }

    /// The file name without its extension: the article id of a single-article file.
    public var id: String {
        if path == "-" { return "stdin" }
        let (bytes, name, dot) = nameAndDot
        return String(decoding: bytes[name.lowerBound..<(dot ?? name.upperBound)], as: UTF8.self)
    }

    /// The lowercased extension without the dot ("" when none): it picks the reader.
    public var fileExtension: String {
        let (bytes, name, dot) = nameAndDot
        guard let dot else { return "" }
        return String(decoding: bytes[(dot + 1)..<name.upperBound], as: UTF8.self).lowercased()
    }

    /// The path's bytes, the range of its file name (its last non-empty "/"-separated part, or
    /// the whole path when it has none) and the last "." of the name unless that is its first
    /// byte. On bytes: splitting the path into Characters cost some 35,000 instructions a file.
    private var nameAndDot: (bytes: [UInt8], name: Range<Int>, dot: Int?) {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x2F { start -= 1 }
        if start == end { (start, end) = (0, bytes.count) }
        guard let dot = bytes[start..<end].lastIndex(of: 0x2E), dot != start else { return (bytes, start..<end, nil) }
        return (bytes, start..<end, dot)
    }
}

/// Expands files and folders into input files: folders walked recursively in a stable
/// (byte-wise sorted) order, hidden files and folders skipped, symbolic links to folders
/// already visited (loops) not followed.
public enum InputCollector {
    /// The files of `inputs` in the order given, each folder walked recursively in byte-wise sorted
    /// order (hidden files skipped); a missing input is an error diagnostic.
    public static func collect(_ inputs: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" {
                files.append(InputFile(path: "-"))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(file: input, message: "no such file or folder"))
                continue
            }
            if !isDir.boolValue {
                files.append(InputFile(path: input))
                continue
            }
            var found: [String] = []
            var visited: Set<String> = []
            walk(input, into: &found, visited: &visited)
            files += found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                .map { InputFile(path: $0, fromFolder: true) }
        }
        return (files, diagnostics)
    }

    private static func walk(_ dir: String, into found: inout [String], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue { walk(path, into: &found, visited: &visited) } else { found.append(path) }
        }
    }
}

/// Chooses a reader by extension and reads a file, turning I/O failures into diagnostics.
public struct ReaderRegistry: Sendable {
    private var readers: [String: any ArticleFormatReader] = [:]

    /// The plain-text and JSON Lines readers plus `extra`, which may claim more extensions.
    public init(extra: [any ArticleFormatReader]) {
        for r in [PlainTextReader() as any ArticleFormatReader, JSONLinesReader()] + extra {
            for e in r.extensions { readers[e] = r }
        }
    }

    /// Whether a file found in a folder will be read (its extension has a reader; files
    /// without an extension are read only when named explicitly).
    public func accepts(_ file: InputFile) -> Bool {
        !file.fromFolder || (!file.fileExtension.isEmpty && readers[file.fileExtension] != nil)
    }

    /// Reads one file with the reader for its extension (plain text when none matches). A file
    /// found in a folder whose extension no reader knows is ignored silently (no articles, no
    /// diagnostics); an unreadable file gives a warning `path: warning: skipped: cannot read file`.
    public func read(_ file: InputFile) -> IngestResult {
        guard accepts(file) else { return IngestResult() }
        let bytes: [UInt8]
        if file.path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = Self.contents(of: file.path) else {
                return IngestResult(diagnostics: [
                    Diagnostic(file: file.path, severity: .warning, message: "skipped: cannot read file")
                ])
            }
            bytes = data
        }
        return read(bytes: bytes, file: file)
    }

    /// The bytes of a regular file (nil when it cannot be opened or read, or is a folder).
    /// POSIX reads straight into the array: `FileManager.contents(atPath:)` leaks a 4 KB buffer
    /// for every empty file on Linux (swift-foundation, found by the pipeline fuzzer).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & 0o170000 != 0o040000 else { return nil }  // not a folder
        var out = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var count = 0
        // Once the array is full, a small probe read tells the end of the file (the usual case)
        // from a file that grew, without doubling the array of a large file first.
        var probe = [UInt8](repeating: 0, count: 4096)
        while true {
            if count == out.count {
                let n = probe.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress!, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if n == 0 { break }
                out += probe[..<n]
                count += n
                out += [UInt8](repeating: 0, count: max(4096, out.count))
            }
            let n = out.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        out.removeSubrange(count...)
        return out
    }

    /// Reads bytes as if they were the content of `file` (the reader is chosen by its extension).
    public func read(bytes: [UInt8], file: InputFile) -> IngestResult {
        let reader = readers[file.fileExtension] ?? readers["txt"]!
        return reader.read(bytes: bytes, path: file.path, id: file.id)
    }
}
