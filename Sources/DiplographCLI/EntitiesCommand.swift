import ArgumentParser
import DiplographCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities found in a set of articles.",
        discussion: """
            By default a table (name, type, mentions, articles, aliases); --json prints \
            {"entities": [{"id", "name", "type", "aliases", "mentions", "articles", "affiliation", "roles"}]}.

            Examples:
              diplograph entities examples/
              diplograph entities examples/ --json | jq '.entities[] | select(.type == "person")'
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let corpus = try input.run()
        let list = corpus.entities.entities
        if json {
            Console.out(ContractJSON.entities(list).rendered(pretty: true) + "\n")
            return
        }
        var rows = [["NAME", "TYPE", "MENTIONS", "ARTICLES", "ALIASES"]]
        for e in list.sorted(by: { ($0.type, -$0.mentions, $0.name) < ($1.type, -$1.mentions, $1.name) }) {
            rows.append([
                e.name, e.type.rawValue, String(e.mentions), String(e.articles.count),
                e.aliases.filter { $0 != e.name }.joined(separator: ", "),
            ])
        }
        Console.out(TextTable.render(rows))
    }
}
