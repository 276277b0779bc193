import ArgumentParser
import DiplographCore

/// The `diplograph` command: turns news articles into entity relationship graphs.
public struct DiplographCommand: ParsableCommand {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    /// The command tree: build, extract, merge, entities, meetings, path, aliases.
    public static let configuration = CommandConfiguration(
        commandName: "diplograph",
        abstract: "Turn news articles into entity relationship graphs.",
        discussion: """
            Reads plain-text, JSON Lines, HTML and RSS/Atom articles, resolves people, countries, \
            organisations and places, and builds a co-occurrence graph and a meeting graph.

            Examples:
              diplograph build examples/ -o graphs/diplomacy.graphml -o graphs/diplomacy.dot
              diplograph entities examples/ --json
              diplograph meetings examples/
              diplograph path "Li Qiang" "Sergei Lavrov" examples/
              diplograph aliases lint my-aliases.tsv
            """,
        version: version,
        subcommands: [
            BuildCommand.self, EntitiesCommand.self, MeetingsCommand.self, PathCommand.self,
            AliasesCommand.self, ExtractCommand.self, MergeCommand.self,
        ]
    )

    /// Creates the root command (ArgumentParser fills it in).
    public init() {}
}

/// The exit codes of the command-line contract (docs/cli-contract.md).
public enum ExitStatus {
    /// `path` found no path between its two entities.
    public static let noPath = ExitCode(1)
    /// An input could not be read or used: the message names the file (and line).
    public static let badInput = ExitCode(2)
    /// The command line itself is wrong (an unknown option, a bad value).
    public static let usage = ExitCode(64)
}
