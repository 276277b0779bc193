import ArgumentParser
import DiplographCore

struct AliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "Work with alias tables.",
        subcommands: [LintCommand.self]
    )

    struct LintCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check an alias table and report problems compiler-style (file:line:column).",
            discussion: """
                Exit status 0 when the table has no errors, 2 when it has.

                Example:
                  diplograph aliases lint examples/aliases.tsv
                """
        )

        @Argument(help: "The alias table (TSV) to check.") var file: String

        func run() throws {
            let diagnostics = AliasTables.lint(file: file)
            for d in diagnostics { Console.error(d.description) }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.badInput }
        }
    }
}
