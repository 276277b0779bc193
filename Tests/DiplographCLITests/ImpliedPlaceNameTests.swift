import Foundation
import Testing

/// A meeting placed in a town the text does not name (the dateline's city, a venue's town from
/// the alias table), and an entity affiliated with a country the text does not name, show that
/// town or country by its name, not its id, in every output: as `build` writes them and after
/// `extract` + `merge`.
@Suite("implied places and affiliations by name")
struct ImpliedPlaceNameTests {
    static let text = """
        Norvian envoy visits
        MOSCOW, May 3 (Wire) - Norvian President Ivo Brandt held talks with Vladimir Putin on Monday.
        """

    @Test func aDatelineCityIsShownByItsName() throws {
        let dir = Repo.temporaryFolder()
        let file = dir.appendingPathComponent("a.txt")
        try Self.text.write(to: file, atomically: true, encoding: .utf8)
        let m = run(Repo.executable, ["meetings", "--json", file.path])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.contains("\"place\": \"Moscow\""), "\(m.stdout)")
        #expect(m.stdout.contains("\"place_id\": \"moscow\""), "\(m.stdout)")
        // The town is no node of its own: the text never names it.
        let e = run(Repo.executable, ["entities", "--json", file.path])
        #expect(!e.stdout.contains("\"moscow\""), "\(e.stdout)")

        let built = dir.appendingPathComponent("built.json")
        let b = run(Repo.executable, ["build", file.path, "-o", built.path])
        #expect(b.status == 0, "\(b.stderr)")
        let graph = try String(contentsOf: built, encoding: .utf8)
        #expect(graph.contains("\"places\": \"Moscow\""), "\(graph)")

        let part = dir.appendingPathComponent("a.dgpart")
        let merged = dir.appendingPathComponent("merged.json")
        #expect(run(Repo.executable, ["extract", file.path, "-o", part.path]).status == 0)
        let r = run(Repo.executable, ["merge", part.path, "-o", merged.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: merged.path) == FileManager.default.contents(atPath: built.path))
    }

    @Test func anAffiliationTheTextDoesNotNameIsShownByItsName() throws {
        let dir = Repo.temporaryFolder()
        let file = dir.appendingPathComponent("b.txt")
        try "Headline\nThe mayor of Nara, Ivo Brandt, met Ana Varga in Osaka on Monday.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let built = dir.appendingPathComponent("built.json")
        let b = run(Repo.executable, ["build", file.path, "-o", built.path])
        #expect(b.status == 0, "\(b.stderr)")
        let graph = try String(contentsOf: built, encoding: .utf8)
        #expect(graph.contains("\"label\": \"Osaka\""), "\(graph)")
        #expect(graph.contains("\"affiliation\": \"Japan\""), "\(graph)")
        #expect(!graph.contains("\"affiliation\": \"japan\""), "\(graph)")
    }
}
