import DiplographCore
import Foundation

/// Loading a large user alias table: `count` aliases, four per entity (a quarter of them
/// people with an affiliation and a role), deterministic, in the format of
/// data/default-aliases.tsv. The file is written once to OUT and reused.
enum AliasBench {
    static func run(count: Int, out: String, repeats: Int) throws {
        let entities = max(1, count / 4)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let path = (out as NSString).appendingPathComponent("aliases-\(count).tsv")
        if !FileManager.default.fileExists(atPath: path) {
            try write(entities: entities, to: path)
        }
        note("alias table: \(entities) entities, \(entities * 4) aliases, \(fileSize(path) / 1_000_000) MB")
        let t = try medianTime(repeats) {
            let table = try AliasTables.load(files: [path], includeDefault: false)
            withExtendedLifetime(table) {}
        }
        result("aliases.entities", Double(entities), "count")
        result("aliases.aliases", Double(entities * 4), "count")
        result("aliases.load", t, "s")
    }

    static func write(entities: Int, to path: String) throws {
        var r = SplitMix64(seed: 7)
        var text = "id\ttype\tname\taliases\tdemonyms\taffiliation\troles\texternal_id\n"
        text.reserveCapacity(entities * 110)
        let types = ["person", "organization", "country", "place"]
        for i in 0..<entities {
            let type = types[i % 4]
            let last = GraphBench.surname(i)
            let first = GraphBench.firstNames[r.below(GraphBench.firstNames.count)]
            let name: String
            let aliases: [String]
            switch type {
            case "person":
                name = "\(first) \(last)"
                aliases = [
                    "\(first.prefix(1)). \(last)", "\(last) \(first)", "\(first) \(last)ov", "\(first) al-\(last)",
                ]
            case "organization":
                name = "\(last) Council"
                aliases = ["\(last) Cncl", "Council of \(last)", "\(last.uppercased())C", "the \(last) Council"]
            case "country":
                name = "Republic of \(last)"
                aliases = [last, "\(last)ia", "the \(last) Republic", "R. \(last)"]
            default:
                name = "\(last) City"
                aliases = ["\(last)", "\(last)-shi", "\(last)grad", "Old \(last)"]
            }
            let id = GraphBench.slug(name)
            // Persons belong to a country of the table (entities 2, 6, 10, ... are countries).
            let countries = max(1, (entities + 1) / 4)
            let country = min(entities - 1, 4 * r.below(countries) + 2)
            let affiliation =
                type == "person" && entities > 2 ? "republic-of-" + GraphBench.slug(GraphBench.surname(country)) : ""
            let role = type == "person" && i % 3 == 0 ? "Foreign Minister" : ""
            let demonym = type == "country" ? "\(last)ian" : ""
            text +=
                "\(id)\t\(type)\t\(name)\t\(aliases.joined(separator: "|"))\t\(demonym)\t\(affiliation)\t\(role)\tQ\(i + 1000)\n"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw OutputError(path: path, message: "cannot write the alias table")
        }
    }
}
