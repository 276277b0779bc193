import ArgumentParser
import DiplographCore

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings reported in a set of articles.",
        discussion: """
            One meeting reported by several articles is one record with several sources. By default a \
            list (date, participants, place, status, sources); --json prints the shape of docs/cli-contract.md.

            Examples:
              diplograph meetings examples/
              diplograph meetings examples/ --json
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print JSON instead of a list.")
    var json = false

    func run() throws {
        let corpus = try input.run()
        if json {
            Console.out(ContractJSON.meetings(corpus.meetings, entities: corpus.entities).rendered(pretty: true) + "\n")
            return
        }
        var rows = [["DATE", "PARTICIPANTS", "PLACE", "STATUS", "SOURCES"]]
        for m in corpus.meetings {
            rows.append([
                m.date?.iso ?? "-",
                m.participants.map { corpus.entities[id: $0]?.name ?? $0 }.joined(separator: " + "),
                m.place.map(corpus.entities.name(of:)) ?? "-",
                m.status.rawValue, String(m.articles.count),
            ])
        }
        Console.out(TextTable.render(rows))
    }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                line += i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2)
            }
            out += line + "\n"
        }
        return out
    }
}
