import Foundation

/// One input file (or standard input).
public struct InputFile: Sendable, Hashable {
    /// The path as given or found while walking a folder; `-` for standard input.
    public var path: String

    public init(path: String) { self.path = path }

    /// The file name without its extension: the article id of a single-article file.
    public var id: String {
        let name = path == "-" ? "stdin" : (path.split(separator: "/").last.map(String.init) ?? path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// Expands files and folders into input files: folders walked recursively in a stable
/// (byte-wise sorted) order, hidden files skipped.
public enum InputCollector {
    public static func collect(_ inputs: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { files.append(InputFile(path: "-")); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(file: input, message: "no such file or folder"))
                continue
            }
            if !isDir.boolValue { files.append(InputFile(path: input)); continue }
            var found: [String] = []
            walk(input, into: &found)
            files += found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map(InputFile.init)
        }
        return (files, diagnostics)
    }

    private static func walk(_ dir: String, into found: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue { walk(path, into: &found) } else { found.append(path) }
        }
    }
}

/// Chooses a reader by extension and reads a file, turning I/O failures into diagnostics.
public struct ReaderRegistry: Sendable {
    private var readers: [String: any ArticleFormatReader] = [:]

    public init(extra: [any ArticleFormatReader]) {
        for r in [PlainTextReader() as any ArticleFormatReader, JSONLinesReader()] + extra {
            for e in r.extensions { readers[e] = r }
        }
    }

    public func read(_ file: InputFile) -> IngestResult {
        let bytes: [UInt8]
        if file.path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return IngestResult(diagnostics: [Diagnostic(file: file.path, message: "cannot read file")])
            }
            bytes = [UInt8](data)
        }
        let reader = readers[file.fileExtension] ?? readers["txt"]!
        return reader.read(bytes: bytes, path: file.path, id: file.id)
    }
}
