import DiplographCore
import Testing

/// `ArticleResolver+Honorifics`: "H.E.", "HRH" and "Rt. Hon." title the name after them and
/// are no entities of their own.
@Suite struct HonorificsTests {
    private func resolve(_ sentence: String) -> ResolvedArticle {
        let (a, _) = TestArticles.make(
            """
            Headline
            The talks were held on Monday in the capital. \(sentence) The talks ended late.
            """)
        return RuleProbe.resolver.resolve(a, sentences: SentenceSplitter.split(a))
    }

    @Test func aDottedHonorificTitlesTheName() {
        let r = resolve("He thanked H.E. Tarvo Lindqvist, Minister of Culture, and H.E. Arvo Kask for the visit.")
        #expect(RuleProbe.ids(r, .person) == ["tarvo-lindqvist", "arvo-kask"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func rightHonourableAndRoyalHighnessNameNoBody() {
        let r = resolve("He met the Rt. Hon. Ivo Brandt in Oslo. HRH Crown Prince Arvo Kask spoke.")
        #expect(RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person).contains("ivo-brandt"), "\(RuleProbe.ids(r, .person))")
    }

    @Test func honorificsOfOtherLanguagesAreNoNameWords() {
        let r = resolve("He later met Alhaji Musa Tanko, Mzee Ivo Kamau and Tan Sri Lim Hoi Meng in the capital.")
        let persons = RuleProbe.ids(r, .person)
        #expect(persons == ["musa-tanko", "ivo-kamau", "lim-hoi-meng"], "\(persons)")
    }

    @Test func givenAndFamilyNamesThatLookLikeHonorificsStay() {
        // Counterexamples: "Sri" is a given name and "Tan" a family name unless "Tan Sri".
        let r = resolve("He later met Sri Wulan Indrawati and Tan Wei Ming in the capital.")
        let persons = RuleProbe.ids(r, .person)
        #expect(persons.contains("sri-wulan-indrawati") && persons.contains("tan-wei-ming"), "\(persons)")
    }

    @Test func anHonorificInsideARunOpensTheName() {
        let r = resolve("He received the Ambassador of Vexmoor H.E. Tarvo Lindqvist on Monday.")
        #expect(RuleProbe.ids(r, .person) == ["tarvo-lindqvist"], "\(RuleProbe.ids(r, .person))")
        // Counterexample: a world honorific inside a name is a word of it.
        let s = resolve("He later met Arvo Tun Kasimir in the capital.")
        #expect(RuleProbe.ids(s, .person) == ["arvo-tun-kasimir"], "\(RuleProbe.ids(s, .person))")
    }

    @Test func anAcronymWithNoHonourableAfterItStays() {
        // Counterexample: "RT" alone is the table's broadcaster, not an honorific.
        let r = resolve("The claim was first reported by RT on Monday.")
        #expect(!RuleProbe.ids(r, .organization).isEmpty, "\(RuleProbe.ids(r, .organization))")
    }
}
