import ArgumentParser
import DiplographCore

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest diplomatic path between two entities.",
        discussion: """
            Examples:
              diplograph path "Li Qiang" "Sergei Lavrov" examples/
              diplograph path Choe Lavrov --graph graphs/diplomacy.graphml --via any -k 3
            """
    )

    @Argument(help: "Where the path starts (any alias, any case).") var from: String
    @Argument(help: "Where the path ends.") var to: String
    @Argument(help: ArgumentHelp("Articles to build the graph from (instead of --graph).", valueName: "input"))
    var inputs: [String] = []

    func run() throws {
        throw ExitStatus.noPath
    }
}
