import DiplographCore
import Testing

/// `ArticleResolver+NativeBodyNames`: a body called by a word of its own language, read from
/// the presiding title that names it.
@Suite struct NativeBodyNamesTests {
    @Test func aBodyAfterAPresidingTitleAndOf() {
        let r = RuleProbe.resolve(
            """
            Headline
            Brandt met the Speaker of the Varsadag Per Holm in the capital. The Varsadag voted later.
            """)
        #expect(RuleProbe.ids(r, .organization) == ["varsadag"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person).contains("per-holm"))
    }

    @Test func aChamberOfABodyNamesBoth() {
        let r = RuleProbe.resolve(
            """
            Headline
            On June 29, the Chairman of the Halk Varslahaty of the Milli Gangesh of Chile, Ivo Brandt, met Lina Varga.
            """)
        #expect(
            RuleProbe.ids(r, .organization) == ["halk-varslahaty", "milli-gangesh"],
            "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aBodyBeforeThePresidingTitle() {
        let r = RuleProbe.resolve("Headline\nShe will meet Varsema Speaker Ina Holm and others on Monday.")
        #expect(RuleProbe.ids(r, .organization) == ["varsema"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person) == ["ina-holm"])
    }

    @Test func englishWordsCountriesPlacesAndModifiedTitlesMakeNoBody() {
        // Counterexample: "House", "Republic" are English; Chile is a table country; Karagandy a
        // gazetteer place; "Deputy Speaker" is a title, not a body before one.
        let r = RuleProbe.resolve(
            """
            Headline
            Brandt met the Speaker of the House and the President of the Republic, then the President of Chile.
            Deputy Speaker Ivo Holm came, and so did the Chairman of Karagandy Lena Varga.
            """)
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
