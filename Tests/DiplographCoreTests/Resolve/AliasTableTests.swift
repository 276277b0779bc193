import DiplographCore
import Foundation
import Testing

@Suite struct AliasTableTests {
    static let header = "id\ttype\tname\taliases\tdemonyms\taffiliation\troles\texternal_id"

    func tempFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aliases-\(UUID().uuidString).tsv")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func parsesEntriesRolesAndDemonyms() {
        let text = """
            # comment
            \(Self.header)

            narnia\tcountry\tNarnia\tKingdom of Narnia|NA\tNarnian\t\t\tQ1
            aslan\tperson\tAslan Lion\t\t\tnarnia\tKing 1950-10-|Premier 2023-03-2025-12|Founder\t
            """
        let (table, diags) = AliasTables.parse(text, file: "t.tsv")
        #expect(diags.isEmpty, "\(diags)")
        #expect(table.entries.count == 2)
        #expect(table.entries[0].aliases == ["Kingdom of Narnia", "NA"])
        #expect(table.entries[0].demonyms == ["Narnian"])
        #expect(table.entries[0].line == 4)
        let roles = table.entries[1].roles
        #expect(roles[0] == Role(title: "King", from: PartialDate(year: 1950, month: 10)))
        #expect(
            roles[1]
                == Role(
                    title: "Premier", from: PartialDate(year: 2023, month: 3), to: PartialDate(year: 2025, month: 12)))
        #expect(roles[2] == Role(title: "Founder"))
    }

    @Test func columnsAreFoundByHeaderName() {
        let text = "name\tid\ttype\nNarnia\tnarnia\tcountry\n"
        let (table, diags) = AliasTables.parse(text, file: "t.tsv")
        #expect(diags.isEmpty)
        #expect(table.entries.first?.id == "narnia")
    }

    @Test func lintReportsErrorsWithLineAndColumn() throws {
        let path = try tempFile(
            """
            \(Self.header)
            narnia\tcountry\tNarnia\tNA\t\t\t\t
            narnia\tcountry\tNarnia Again\t\t\t\t\t
            archenland\tcountry\tArchenland\tNA\t\t\t\t
            tash\tdeity\tTash\t\t\t\t\t
            rilian\tperson\tRilian\t\t\tcalormen\tPrince 2020-13-\t
            \tperson\t\t\t\t\t\t
            """)
        let diags = AliasTables.lint(file: path)
        let text = diags.map { $0.description.replacingOccurrences(of: path, with: "F") }
        #expect(text.contains("F:3:1: error: duplicate id 'narnia' (first defined on line 2)"))
        #expect(text.contains("F:4:31: error: alias 'NA' is already claimed by country 'narnia' (line 2)"))
        #expect(text.contains("F:5:6: error: unknown type 'deity' (expected person, country, organization or place)"))
        #expect(
            text.contains("F:6:40: error: malformed date range '2020-13-' (expected YYYY[-MM[-DD]]-[YYYY[-MM[-DD]]])"))
        #expect(text.contains("F:6:24: error: unknown affiliation id 'calormen'"))
        #expect(text.contains("F:7:1: error: missing id"))
        #expect(text.contains("F:7:9: error: missing name"))
    }

    @Test func missingRequiredColumn() {
        let (_, diags) = AliasTables.parse("id\tname\nx\tX\n", file: "t.tsv")
        #expect(diags.map(\.description) == ["t.tsv:1:1: error: missing required column 'type'"])
    }

    @Test func loadThrowsEveryError() throws {
        let path = try tempFile("\(Self.header)\nx\tbogus\tX\t\t\t\t\t\ny\tperson\t\t\t\t\t\t\n")
        do {
            _ = try AliasTables.load(files: [path], includeDefault: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.filter { $0.severity == .error }.count == 2)
        }
    }

    @Test func affiliationResolvesAgainstDefaultTable() throws {
        let path = try tempFile("\(Self.header)\nnew-envoy\tperson\tTala Envoy\t\t\tchina\tEnvoy 2024-\t\n")
        #expect(AliasTables.lint(file: path).filter { $0.severity == .error }.isEmpty)
        let table = try AliasTables.load(files: [path], includeDefault: false)
        #expect(table.entries.map(\.id) == ["new-envoy"])
    }

    @Test func userTableOverridesDefaultEntryByID() throws {
        let path = try tempFile(
            "\(Self.header)\nwang-yi\tperson\tWang Yi\tMinister Wang\t\tchina\tTop Diplomat 2023-\t\n")
        let table = try AliasTables.load(files: [path], includeDefault: true)
        let wang = table.entries.filter { $0.id == "wang-yi" }
        #expect(wang.count == 1)
        #expect(wang.first?.roles.map(\.title) == ["Top Diplomat"])
        #expect(wang.first?.aliases == ["Minister Wang"])
        #expect(table.entries.contains { $0.id == "china" })
        let without = try AliasTables.load(files: [], includeDefault: false)
        #expect(without.entries.isEmpty)
    }

    /// The compiled-in table is data/default-aliases.tsv verbatim
    /// (regenerate with scripts/embed-default-aliases.sh).
    @Test func embeddedTableMatchesTheDataFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try String(contentsOf: root.appendingPathComponent("data/default-aliases.tsv"), encoding: .utf8)
        #expect(data == defaultAliasTableTSV, "run scripts/embed-default-aliases.sh")
    }

    @Test func defaultTableIsClean() {
        #expect(
            AliasTables.lint(text: defaultAliasTableTSV, file: AliasTables.defaultTableName)
                .filter { $0.severity == .error }.isEmpty)
    }
}
