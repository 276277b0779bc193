import ArgumentParser
import DiplographCore
import Foundation

/// `diplograph extract`: articles to a partial graph (`.dgpart`) that `merge` combines.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles into a partial graph (.dgpart) for merge.",
        discussion: """
            A partial holds what the graph needs from these articles; what depends on the whole \
            corpus (canonical names, acronyms learnt elsewhere, meetings reported by several \
            articles, association measures, filters) is decided by merge. Merging the partials of \
            any split of a corpus, in input order, writes the same bytes as build over the corpus. \
            The window, the cap and the alias tables are fixed here; merge refuses partials \
            extracted with different ones.

            With --stdin-files, standard input (-) is a stream of files as JSON Lines, one \
            {"path": …, "base64": …} or {"path": …, "text": …} object per file (optionally \
            "folder": true), each read as if it were the file at path.

            Examples:
              diplograph extract archive/ --aliases my.tsv -o archive.dgpart
              diplograph extract today/ --aliases my.tsv -o today.dgpart
              diplograph merge archive.dgpart today.dgpart --partial-out archive.dgpart -o graph.graphml
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        name: [.short, .customLong("output")], help: ArgumentHelp("The partial to write.", valueName: "file.dgpart"))
    var output: String

    @Option(help: "Co-occurrence window: sentence, paragraph or article.")
    var window: CooccurrenceWindow = .sentence

    @Option(help: ArgumentHelp("The most windows one article may add to one pair.", valueName: "n"))
    var capPerArticle: Int?

    @Flag(help: "Standard input (-) is a stream of files as JSON Lines (see below).")
    var stdinFiles = false

    func validate() throws {
        if let c = capPerArticle, c < 1 { throw ValidationError("--cap-per-article must be at least 1") }
    }

    func run() throws {
        InterruptCleanup.install()
        do {
            try AtomicOutput.checkWritable(output)
        } catch let e as OutputError {
            Console.error(e.description)
            throw ExitStatus.badInput
        }
        let partial = try CorpusLoader.extract(
            inputs: input.inputs, table: input.aliasTable(), window: window,
            cap: capPerArticle, threads: input.threads, stdinFiles: stdinFiles)
        let bytes = PartialFile.encode(partial, producer: MergeCommand.producer)
        do {
            try AtomicOutput.write(bytes, to: output)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.badInput
        }
        Console.error("diplograph: \(partial.articleCount) articles, partial of \(bytes.count) bytes")
    }
}
