import Foundation
import Testing

@testable import DiplographCore

@Suite struct InputCollectorTests {
    @Test func foldersAreWalkedInStableOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dg-ingest-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/b/sub", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/.hidden", withIntermediateDirectories: true)
        for p in ["b/sub/z.txt", "b/a.txt", "B.txt", "c.jsonl", ".hidden/x.txt", ".dot.txt", "notes.json", "README"] {
            try Data("Envoys agree on accord\nThe talks began.".utf8).write(to: URL(fileURLWithPath: root + "/" + p))
        }
        try fm.createSymbolicLink(atPath: root + "/b/sub/loop", withDestinationPath: root + "/b")
        let (files, diags) = InputCollector.collect([root, root + "/missing", root + "/README", "-"])
        let names = files.map { $0.path.hasPrefix(root) ? String($0.path.dropFirst(root.count)) : $0.path }
        #expect(names == ["/B.txt", "/README", "/b/a.txt", "/b/sub/z.txt", "/c.jsonl", "/notes.json", "/README", "-"])
        #expect(diags.map(\.message) == ["no such file or folder"])

        let registry = ReaderRegistry(extra: [])
        let read = files.map { registry.read($0) }
        // Files found in folders are read only with a known extension; named files always.
        #expect(read[0].articles.count == 1)
        #expect(read[1].articles.isEmpty && read[1].diagnostics.isEmpty)  // /README from the walk
        #expect(read[5].articles.isEmpty && read[5].diagnostics.isEmpty)  // notes.json
        #expect(read[6].articles.first?.id == "README")  // named explicitly
        #expect(files.last?.id == "stdin")
    }

    @Test func idAndExtensionComeFromTheLastPathPart() {
        let cases: [(path: String, id: String, ext: String)] = [
            ("news/2024/Report.TXT", "Report", "txt"), ("x.tar.gz", "x.tar", "gz"), ("dir/.hidden", ".hidden", ""),
            ("a.b/noext", "noext", ""), ("trail/name.md/", "name", "md"), ("/", "/", ""), ("", "", ""),
            ("dir/Ünïcode.JSONL", "Ünïcode", "jsonl"), ("-", "stdin", ""),
        ]
        for c in cases {
            #expect(InputFile(path: c.path).id == c.id, "\(c.path)")
            #expect(InputFile(path: c.path).fileExtension == c.ext, "\(c.path)")
        }
    }

    @Test func unreadableFileIsAWarning() {
        let r = ReaderRegistry(extra: []).read(InputFile(path: "/nonexistent/dir/x.txt"))
        #expect(r.articles.isEmpty)
        #expect(r.diagnostics.map(\.description) == ["/nonexistent/dir/x.txt: warning: skipped: cannot read file"])
    }
}
