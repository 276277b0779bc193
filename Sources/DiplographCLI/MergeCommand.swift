import ArgumentParser
import DiplographCore
import Foundation

/// `diplograph merge`: partials to graphs (every output option of `build`) or to one partial.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial graphs (.dgpart) and write graphs or a merged partial.",
        usage: """
            diplograph merge <part> ... [-o <file> ...] [--partial-out <file.dgpart>] [<output options of build>]
            """,
        discussion: """
            The arguments are partials written by extract (or by merge --partial-out), merged in \
            the order given, as build reads its inputs: merging the partials of a split of a corpus \
            writes the same bytes as build over the corpus. Every output option of build applies \
            (-o, --format, --graph, --measure, --min-weight, --top, --types, --since, --until, …); \
            the window, cap and alias tables are those the partials were extracted with. \
            --partial-out writes the merged partial (atomically: it may be one of the inputs).

            Examples:
              diplograph merge day1.dgpart day2.dgpart -o graph.graphml -o graph.dot
              diplograph merge archive.dgpart today.dgpart --partial-out archive.dgpart -o graph.graphml
            """
    )

    /// What partials record as their writer: partials of other versions are refused.
    static let producer = "diplograph \(DiplographCommand.version)"

    /// The positional arguments (`build.input.inputs`) are the partials.
    @OptionGroup var build: BuildCommand

    @Option(help: ArgumentHelp("Also write the merged partial here.", valueName: "file.dgpart"))
    var partialOut: String?

    func validate() throws {
        let input = build.input
        for (set, option) in [
            (!input.aliasFiles.isEmpty, "--aliases"), (input.noDefaultAliases, "--no-default-aliases"),
            (build.capPerArticle != nil, "--cap-per-article"),
        ] where set {
            throw ValidationError("\(option) is an option of extract: partials keep the one they were extracted with")
        }
        if input.inputs.contains("-") { throw ValidationError("merge reads partials from files, not standard input") }
    }

    func run() throws {
        InterruptCleanup.install()
        try build.checkOutputs(extra: partialOut.map { [$0] } ?? [])
        let parts = build.input.inputs
        let threads = build.input.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let merged = try Self.merge(parts, threads: threads)
        if let out = partialOut {
            do {
                try PartialFile.write(merged, to: out, producer: Self.producer)
            } catch {
                Console.error("\(error)")
                throw ExitStatus.badInput
            }
            Console.error("diplograph: merged \(parts.count) partials, \(merged.articleCount) articles into \(out)")
        }
        guard !build.outputs.isEmpty || partialOut == nil else { return }
        let window = merged.settings.window
        if build.window != .sentence && build.window != window {
            Console.error(
                "diplograph: error: --window \(build.window.rawValue): the partials were extracted with --window \(window.rawValue)"
            )
            throw ExitStatus.badInput
        }
        try build.emit(window: window) { Pipeline.finish(merged, inputs: parts) }
    }

    /// Reads the partials (a few at a time, in parallel) and appends them in order. A partial
    /// that cannot be read, or was extracted with other settings than the first, is an error
    /// naming the file (exit 2).
    static func merge(_ paths: [String], threads: Int) throws -> PartialCorpus {
        var merged: PartialCorpus?
        for start in stride(from: 0, to: paths.count, by: max(threads, 1)) {
            let chunk = Array(paths[start..<min(start + max(threads, 1), paths.count)])
            let read = ParallelMap.map(chunk, threads: threads) { path -> Result<PartialCorpus, PartialFileError> in
                do {
                    return .success(try PartialFile.read(path: path, producer: producer))
                } catch let e as PartialFileError {
                    return .failure(e)
                } catch {
                    return .failure(PartialFileError(path: path, message: "\(error)"))
                }
            }
            for (path, result) in zip(chunk, read) {
                let part: PartialCorpus
                switch result {
                case .success(let p): part = p
                case .failure(let e):
                    Console.error(e.description)
                    throw ExitStatus.badInput
                }
                guard let m = merged else {
                    merged = part
                    continue
                }
                guard m.settings == part.settings else {
                    Console.error(
                        PartialFileError(
                            path: path,
                            message:
                                "extracted with \(part.settings), but \(paths[0]) with \(m.settings): partials to merge must be extracted with the same window, cap and alias tables"
                        ).description)
                    throw ExitStatus.badInput
                }
                m.append(part)
            }
        }
        return merged!
    }
}
