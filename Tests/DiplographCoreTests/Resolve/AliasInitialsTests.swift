import DiplographCore
import Testing

/// An alias written as initials with periods ("L.A.") matches only a word in capitals.
@Suite struct AliasInitialsTests {
    static let resolver = Resolver(
        table: AliasTables.parse(
            """
            id\ttype\tname\taliases
            port-vesta\tplace\tPort Vesta\tP.V.
            """, file: "invented.tsv"
        ).table)

    func placeNames(_ text: String) -> [String] {
        let (a, s) = TestArticles.make("Headline here\n" + text)
        return AliasInitialsTests.resolver.resolve(a, sentences: s).entities.filter { $0.type == .place }.map(\.name)
    }

    @Test func initialsMatchWordsInCapitals() {
        #expect(placeNames("The minister flew to P.V. on Monday.") == ["Port Vesta"])
        #expect(placeNames("The minister flew to PV on Monday.") == ["Port Vesta"])
    }

    @Test func aWordSpellingTheSameLettersIsNotTheAlias() {
        // "Pv" has the letters of "P.V." but is not written as initials.
        #expect(placeNames("The minister met Pv Andersen on Monday.").isEmpty)
    }
}
