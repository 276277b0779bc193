import Foundation
import Testing

/// The command-line contract: help, version, exit codes, error messages, atomic outputs.
@Suite("Command line")
struct CommandLineTests {
    @Test("--version prints the version")
    func version() {
        let r = diplograph("--version")
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(
        "every subcommand has help with examples", arguments: ["build", "entities", "meetings", "path", "aliases lint"])
    func helpHasExamples(_ sub: String) {
        let r = diplograph(sub.split(separator: " ").map(String.init) + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example"), "\(sub) --help shows no examples")
        #expect(r.stdout.contains("USAGE"))
    }

    @Test("shell completions are generated for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) {
        let r = diplograph("--generate-completion-script", shell)
        #expect(r.status == 0)
        #expect(r.stdout.contains("diplograph"))
        #expect(r.stdout.contains("entities"))
    }

    @Test("usage errors exit 64")
    func usageErrors() {
        #expect(diplograph("build", "--no-such-flag", "x").status == 64)
        #expect(diplograph("build").status == 64)
        #expect(diplograph("build", Repo.examples, "-o", "/tmp/graph.unknown").status == 64)
    }

    @Test("a missing input is reported with its name and exits 2")
    func missingInput() {
        let r = diplograph("entities", "/no/such/folder")
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/folder"))
    }

    @Test("an output folder that does not exist is reported before any work, and nothing is written")
    func unwritableOutput() {
        let r = diplograph("build", Repo.examples, "-o", "/no/such/folder/g.graphml")
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/folder"))
        #expect(!FileManager.default.fileExists(atPath: "/no/such/folder/g.graphml"))
    }

    @Test("bad files are skipped with a warning naming them; the others are processed")
    func badFilesSkipped() throws {
        let dir = Repo.temporaryFolder()
        try Data([0x00, 0x01, 0x02, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data("Talks in Seoul\nPublished: 3 Mar. 2026\nSouth Korea and Japan held talks in Seoul on Monday.\n".utf8)
            .write(to: dir.appendingPathComponent("good.txt"))
        let r = diplograph("entities", dir.path, "--json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("binary.txt"))
        #expect(r.stderr.contains("empty.txt"))
        #expect(r.stdout.contains("\"good\""))
        #expect(r.stdout.contains("south-korea"))
    }

    @Test("standard input is read with -")
    func standardInput() {
        let r = diplograph(["entities", "-", "--json"], stdin: "Talks\nJapan and China met in Tokyo.\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"japan\""))
        #expect(r.stdout.contains("\"stdin\""))
    }

    @Test("a malformed alias table gives file:line:column errors and exit 2")
    func badAliasTable() throws {
        let dir = Repo.temporaryFolder()
        let table = dir.appendingPathComponent("bad.tsv")
        try Data("id\ttype\tname\naa\tperson\tA A\naa\tcountry\tB\nbb\twizard\tC\n".utf8).write(to: table)
        let lint = diplograph("aliases", "lint", table.path)
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("bad.tsv:3:"), "\(lint.stderr)")
        #expect(lint.stderr.contains("bad.tsv:4:"), "\(lint.stderr)")
        let build = diplograph("entities", Repo.examples, "--aliases", table.path)
        #expect(build.status == 2)
        #expect(build.stderr.contains("bad.tsv:3:"))
    }

    @Test("the example alias table lints clean")
    func exampleTableLints() {
        let r = diplograph("aliases", "lint", Repo.examples + "/aliases.tsv")
        #expect(r.status == 0, "\(r.stderr)")
    }
}
