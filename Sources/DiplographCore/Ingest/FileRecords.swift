import Foundation

/// Files sent as JSON Lines (standard input of `extract --stdin-files`, fed by the Spark job):
/// one object per file,
///
///     {"path": "news/2026-01-10.txt", "base64": "…"}     the file's bytes, Base64
///     {"path": "day.jsonl", "text": "…", "folder": true}  or its text (UTF-8)
///
/// Each is read as if it were the file at `path` (its extension picks the reader, its name
/// gives article ids); `"folder": true` reads it as a file found by walking a folder (skipped
/// silently when no reader knows its extension). A line that is not such an object is an
/// error naming `source` and the line; the other lines are still read.
public enum FileRecords {
    /// Splits a stream of file records (see the type's documentation) into files and their bytes; a
    /// malformed record gives an error diagnostic naming `source` and its line.
    public static func read(_ data: Data, source: String) -> (
        files: [(file: InputFile, bytes: [UInt8])], diagnostics: [Diagnostic]
    ) {
        var files: [(file: InputFile, bytes: [UInt8])] = []
        var diagnostics: [Diagnostic] = []
        let bytes = [UInt8](data)
        var lineNo = 0
        for raw in ByteClass.lines(bytes, 0..<bytes.count) {
            lineNo += 1
            let r = ByteClass.trim(bytes, raw)
            if r.isEmpty { continue }
            func skip(_ message: String) {
                diagnostics.append(
                    Diagnostic(file: source, line: lineNo, severity: .error, message: "skipped file record: " + message)
                )
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes[r]), options: []),
                let fields = object as? [String: Any]
            else {
                skip("not a JSON object")
                continue
            }
            guard let path = fields["path"] as? String, !path.isEmpty, path != "-" else {
                skip("no \"path\" string")
                continue
            }
            let content: [UInt8]
            if let text = fields["text"] as? String {
                content = Array(text.utf8)
            } else if let b64 = fields["base64"] as? String {
                guard let d = Data(base64Encoded: b64) else {
                    skip("\"base64\" of \(path) is not Base64")
                    continue
                }
                content = [UInt8](d)
            } else {
                skip("no \"text\" or \"base64\" string for \(path)")
                continue
            }
            let folder = (fields["folder"] as? Bool) ?? (fields["folder"] as? NSNumber)?.boolValue ?? false
            files.append((InputFile(path: path, fromFolder: folder), content))
        }
        return (files, diagnostics)
    }
}
