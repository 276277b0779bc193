import ArgumentParser
import DiplographCore

/// The `diplograph` command: turns news articles into entity relationship graphs.
public struct DiplographCommand: ParsableCommand {
    public static let version = "0.1.0"

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

    public init() {}
}

/// The exit codes of the command-line contract (docs/cli-contract.md).
public enum ExitStatus {
    public static let noPath = ExitCode(1)
    public static let badInput = ExitCode(2)
    public static let usage = ExitCode(64)
}
