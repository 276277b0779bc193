import ArgumentParser
import DiplographCore
import DiplographXML
import Foundation

/// Inputs and alias tables: shared by every subcommand that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Article files or folders (walked recursively), or - for standard input.",
            valueName: "input"))
    var inputs: [String] = []

    @Option(
        name: .customLong("aliases"),
        help: ArgumentHelp(
            "An alias table (TSV) to add; may be repeated. Its entries override the default table's.", valueName: "file"
        ))
    var aliasFiles: [String] = []

    @Flag(help: "Do not use the embedded default alias table.")
    var noDefaultAliases = false

    @Option(
        help: ArgumentHelp("Worker threads (default: one per core); the output does not depend on it.", valueName: "n"))
    var threads: Int?

    @Flag(
        help:
            "Print the work done on standard error (bytes scanned, sentences, tokens, comparisons): the same counts on any machine."
    )
    var workCounts = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file or folder (or - for standard input)") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// Loads the alias tables; table errors are printed compiler-style and exit 2.
    func aliasTable() throws -> AliasTable {
        try CorpusLoader.aliasTable(files: aliasFiles, includeDefault: !noDefaultAliases)
    }

    /// Runs the pipeline, prints warnings and the summary of skipped files on standard error.
    func run(window: CooccurrenceWindow = .sentence, cap: Int? = nil) throws -> CorpusResult {
        let result = try CorpusLoader.run(
            inputs: inputs, table: aliasTable(), window: window, cap: cap, threads: threads)
        if workCounts { Console.error("diplograph: \(result.work)") }
        return result
    }
}

/// Alias tables and articles to a corpus, with the CLI's error reporting: shared by every
/// subcommand that reads articles.
enum CorpusLoader {
    static func aliasTable(files: [String], includeDefault: Bool) throws -> AliasTable {
        do {
            return try AliasTables.load(files: files, includeDefault: includeDefault)
        } catch {
            for d in error.diagnostics { Console.error(d.description) }
            throw ExitStatus.badInput
        }
    }

    /// `extract` then `Pipeline.finish`: what `diplograph merge` does with the partial of `extract`.
    static func run(
        inputs: [String], table: AliasTable, window: CooccurrenceWindow = .sentence,
        cap: Int? = nil, threads: Int? = nil
    ) throws -> CorpusResult {
        let partial = try extract(inputs: inputs, table: table, window: window, cap: cap, threads: threads)
        return Pipeline.finish(partial, inputs: inputs)
    }

    /// Reads the articles into a partial; prints warnings and the summary of skipped files.
    static func extract(
        inputs: [String], table: AliasTable, window: CooccurrenceWindow = .sentence,
        cap: Int? = nil, threads: Int? = nil, stdinFiles: Bool = false
    ) throws -> PartialCorpus {
        let options = PipelineOptions(
            aliasTable: table, window: window, capPerArticle: cap, readers: XMLReaders.all,
            stdinFiles: stdinFiles)
        let partial = Pipeline.extract(
            inputs: inputs, options: options, progress: ProgressReporter(label: "reading"),
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        Console.report(partial)
        if partial.articleCount == 0 && partial.skipped > 0 { throw ExitStatus.badInput }
        return partial
    }
}

enum Console {
    static func error(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    static func out(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }

    static func report(_ partial: PartialCorpus) {
        for d in partial.diagnostics { error(d.description) }
        if partial.skipped > 0 {
            error("diplograph: read \(partial.articleCount) articles; skipped \(partial.skipped) file(s)")
        }
    }
}
